import type { Actor } from '../../core/actor.ts';
import { notFound, ok, type Outcome } from '../../core/outcome.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { Db } from '../../platform/db/client.ts';
import { isRowId } from '../../platform/ids.ts';
import { withCounty } from '../counties/index.server.ts';
import * as q from './queries.server.ts';
import type { Milestone, MilestoneList } from './schema.ts';
import { readMilestones } from './service.server.ts';

/** The county's milestones in order of time, as the reader may see them (anyone: the public ones). */
export function listMilestones(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<MilestoneList>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const visible = visibleTo(actor, c.code);
		const rows = await q.countyMilestones(db, c.code, visible);
		return ok({ milestones: await readMilestones(db, c.code, rows, visible) });
	});
}

/** One of the county's milestones, if the reader may see it. */
export function milestone(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	id: number
): Promise<Outcome<Milestone>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const visible = visibleTo(actor, c.code);
		const row = isRowId(id) ? await q.milestoneIn(db, c.code, id) : undefined;
		if (!row || row.archivedAt || !visible.includes(row.visibility))
			return notFound('Milstolpen finns inte.');
		return ok((await readMilestones(db, c.code, [row], visible))[0]!);
	});
}
