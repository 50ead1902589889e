import type { Actor } from '../../core/actor.ts';
import { forbidden, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { isRowId } from '../../platform/ids.ts';
import { canEditTemplates } from './domain/permissions.ts';
import * as h from './history-queries.server.ts';
import * as q from './queries.server.ts';

/**
 * A template as its coordinators edit it: the current version's statements
 * per dimension (with their source and quote), and every earlier wording
 * with the versions it was in – the answers given to it stay tied to it.
 */

export interface TemplateForEditing {
	id: number;
	title: string;
	version: number;
	dimensions: { key: string; title: string }[];
	statements: {
		id: number;
		text: string;
		dimensionKey: string;
		source: string | null;
		quote: string;
		addedInVersion: number;
	}[];
	retired: {
		id: number;
		text: string;
		dimensionKey: string;
		addedInVersion: number;
		retiredInVersion: number;
	}[];
}

export async function templateForEditing(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<TemplateForEditing>> {
	if (!canEditTemplates(actor, countyCode))
		return forbidden('Bara länets samordnare och administratörer ändrar Dialogguidens mallar.');
	const row = isRowId(id) ? await q.template(db, countyCode, id) : undefined;
	if (!row || row.archivedAt) return notFound('Mallen finns inte.');
	const [dimensions, statements, history] = await Promise.all([
		q.dimensions(db, id),
		q.statements(db, id, row.version),
		h.statementHistory(db, id)
	]);
	return ok({
		id: row.id,
		title: row.title,
		version: row.version,
		dimensions: dimensions.map((d) => ({ key: d.key, title: d.title })),
		statements,
		retired: history.flatMap((s) =>
			s.retiredInVersion === null ? [] : [{ ...s, retiredInVersion: s.retiredInVersion }]
		)
	});
}
