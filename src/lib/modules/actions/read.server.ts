import type { Actor } from '../../core/actor.ts';
import { canReadInternal, visibleTo } from '../../core/permissions.ts';
import { forbidden, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { withCounty } from '../counties/index.server.ts';
import { dueState, swedishDay, type Due } from './domain/due.ts';
import { isOpen } from './domain/vocabulary.ts';
import * as q from './queries.server.ts';
import { ActionFilter, type Action } from './schema.ts';

export type BoardAction = Action & { due: Due };

/**
 * The county's board of actions, filtered by status, owner organisation and
 * overdue; each action says whether it is overdue on `now`'s Swedish day.
 */
export function board(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	query: Record<string, string>,
	now = new Date()
): Promise<
	Outcome<{
		actions: BoardAction[];
		filter: ActionFilter;
		organisations: { id: number; name: string }[];
		today: string;
		counts: { open: number; overdue: number };
	}>
> {
	return withCounty(db, codeOrSlug, async (c) => {
		if (!canReadInternal(actor, c.code))
			return forbidden('Åtgärderna visas för inloggade med en roll i länet.');
		const filter = ActionFilter.parse(query);
		const today = swedishDay(now);
		const all = (await q.countyActions(db, c.code, visibleTo(actor, c.code))).map((a) => ({
			...a,
			due: dueState(a, today)
		}));
		const organisations = [
			...new Map(all.map((a) => [a.owner.organisation.id, a.owner.organisation])).values()
		].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
		const actions = all.filter(
			(a) =>
				(filter.status === '' ||
					(filter.status === 'open_any' ? isOpen(a.status) : a.status === filter.status)) &&
				(filter.organisation === undefined || a.owner.organisation.id === filter.organisation) &&
				(!filter.overdue || a.due === 'overdue')
		);
		return ok({
			actions,
			filter,
			organisations,
			today,
			counts: {
				open: all.filter((a) => isOpen(a.status)).length,
				overdue: all.filter((a) => a.due === 'overdue').length
			}
		});
	});
}

/** The signed-in person's open actions in every county, for their start page. */
export async function ownActions(
	db: Db,
	actor: Actor,
	now = new Date()
): Promise<(BoardAction & { countyCode: string })[]> {
	if (actor.kind !== 'user') return [];
	const today = swedishDay(now);
	return (await q.ownActions(db, actor.userId)).map((a) => ({ ...a, due: dueState(a, today) }));
}
