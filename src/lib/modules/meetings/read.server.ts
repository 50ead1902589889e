import type { Actor } from '../../core/actor.ts';
import { visibleTo } from '../../core/permissions.ts';
import { notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { withCounty } from '../counties/index.server.ts';
import { countyMeetings } from './queries.server.ts';
import type { Meeting } from './schema.ts';

/** The county's meetings the viewer may see (public minutes for everyone), newest first. */
export function meetingList(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ meetings: Meeting[] }>> {
	return withCounty(db, codeOrSlug, async (c) =>
		ok({ meetings: await countyMeetings(db, c.code, visibleTo(actor, c.code)) })
	);
}

/** One meeting with its agenda and outcomes: the minutes. */
export function minutes(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	id: number
): Promise<Outcome<Meeting>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const [found] = await countyMeetings(db, c.code, visibleTo(actor, c.code), id);
		return found ? ok(found) : notFound('Mötet finns inte.');
	});
}
