import * as q from './queries.server.ts';
import { withCounty } from '../counties/index.server.ts';
import { TimelineQuery, type Timeline } from './schema.ts';
import type { Actor } from '../../core/actor.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { Db } from '../../platform/db/client.ts';
import { invalid, ok, type Outcome } from '../../core/outcome.ts';

/** Parses the timeline filters from a query string and reads the events. */
export function timeline(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	query: Record<string, string | undefined>
): Promise<Outcome<Timeline & { filter: TimelineQuery }>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const cleaned = Object.fromEntries(
			Object.entries(query).filter(([, v]) => v !== undefined && v !== '')
		);
		const parsed = TimelineQuery.safeParse(cleaned);
		if (!parsed.success) {
			const fields: Record<string, string[]> = {};
			for (const issue of parsed.error.issues) {
				const name = String(issue.path[0] ?? 'query');
				(fields[name] ??= []).push(issue.message);
			}
			return invalid('Filtret för tidslinjen är ogiltigt.', fields);
		}
		return ok({
			...(await q.timeline(db, c.code, parsed.data, visibleTo(actor, c.code))),
			filter: parsed.data
		});
	});
}
