import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { users } from '../accounts/tables.ts';
import { organisations } from '../counties/tables.ts';
import { roundColumns, type Conn } from './queries.server.ts';
import * as t from './tables.ts';

/** The Dialogguide's SQL for history: a workplace's rounds over time, a template's statements over its versions. */

/** The rounds of one workplace: its organisation, its name however written, one template; oldest first. */
export async function workplaceRounds(
	db: Conn,
	countyCode: string,
	r: { organisationId: number; workplace: string; templateId: number }
) {
	const w = t.assessmentRounds;
	return db
		.select(roundColumns)
		.from(w)
		.innerJoin(organisations, eq(organisations.id, w.organisationId))
		.innerJoin(users, eq(users.id, w.managerId))
		.where(
			and(
				eq(w.countyCode, countyCode),
				eq(w.organisationId, r.organisationId),
				eq(w.templateId, r.templateId),
				isNull(w.archivedAt),
				sql`lower(trim(${w.workplace})) = lower(trim(${r.workplace}))`
			)
		)
		.orderBy(asc(w.closesOn), asc(w.id));
}

/** Every statement a template has had, in order, with the versions it belongs to. */
export async function statementHistory(db: Conn, templateId: number) {
	const s = t.assessmentStatements;
	return db
		.select({
			id: s.id,
			text: s.text,
			dimensionKey: t.assessmentDimensions.key,
			addedInVersion: s.addedInVersion,
			retiredInVersion: s.retiredInVersion
		})
		.from(s)
		.innerJoin(t.assessmentDimensions, eq(t.assessmentDimensions.id, s.dimensionId))
		.where(eq(s.templateId, templateId))
		.orderBy(asc(t.assessmentDimensions.position), asc(s.position), asc(s.id));
}
