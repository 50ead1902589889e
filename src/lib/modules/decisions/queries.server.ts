import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import * as countiesTables from '../counties/tables.ts';
import * as groupsTables from '../groups/tables.ts';
import * as decisionsTables from './tables.ts';
import { shownInCounty, swedishOrder, type Visible } from '../counties/index.server.ts';
import type { Decision } from './schema.ts';

const t = { ...decisionsTables, ...countiesTables, ...groupsTables };

export async function decisions(db: Db, countyCode: string, visible: Visible): Promise<Decision[]> {
	const rows = await db
		.select({
			id: t.decisions.id,
			organisationId: t.organisations.id,
			organisationKind: t.organisations.kind,
			organisationName: t.organisations.name,
			organisationScbCode: t.organisations.scbCode,
			groupId: t.groups.id,
			groupName: t.groups.name,
			subject: t.decisions.subject,
			title: t.decisions.title,
			decidedOn: t.decisions.decidedOn,
			datePrecision: t.decisions.datePrecision,
			description: t.decisions.description,
			source: t.decisions.source,
			visibility: t.decisions.visibility
		})
		.from(t.decisions)
		.innerJoin(t.organisations, eq(t.organisations.id, t.decisions.organisationId))
		.leftJoin(t.groups, eq(t.groups.id, t.decisions.groupId))
		.where(shownInCounty(t.decisions, countyCode, visible))
		.orderBy(asc(t.decisions.decidedOn), swedishOrder);
	return rows.map((r) => ({
		id: r.id,
		organisation: {
			id: r.organisationId,
			kind: r.organisationKind,
			name: r.organisationName,
			scbCode: r.organisationScbCode
		},
		group: r.groupId !== null && r.groupName !== null ? { id: r.groupId, name: r.groupName } : null,
		subject: r.subject,
		title: r.title,
		decidedOn: r.decidedOn,
		datePrecision: r.datePrecision,
		description: r.description,
		source: r.source,
		visibility: r.visibility
	}));
}
