import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { canModerateStories } from './domain/permissions.ts';
import * as q from './queries.server.ts';
import { StoryQuery, type PublicStory, type QueuedStory } from './schema.ts';

/** Reading stories: the public list and page, and the moderation queue. */

const cleaned = (query: Record<string, string | undefined>) =>
	Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''));

/** The county's published stories, searched and filtered. */
export async function publishedStories(
	db: Db,
	countyCode: string,
	query: Record<string, string | undefined>
): Promise<Outcome<{ stories: PublicStory[]; total: number; filter: StoryQuery }>> {
	const parsed = StoryQuery.safeParse(cleaned(query));
	if (!parsed.success)
		return invalid('Filtret för berättelserna är ogiltigt.', fieldErrors(parsed.error.issues));
	return ok({ ...(await q.publishedStories(db, countyCode, parsed.data)), filter: parsed.data });
}

/** One published story, with its tags and answers. */
export async function publishedStory(
	db: Db,
	countyCode: string,
	id: number
): Promise<Outcome<PublicStory>> {
	const row = await q.storyIn(db, countyCode, id);
	if (!row || row.story.status !== 'published') return notFound('Berättelsen finns inte.');
	return ok(await q.asPublic(db, row));
}

/** The moderation queue: waiting and hidden stories, then published ones (for tags). */
export async function moderationQueue(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<{ waiting: QueuedStory[]; published: QueuedStory[] }>> {
	if (!canModerateStories(actor, countyCode)) return forbidden();
	const [waiting, published] = await Promise.all([
		q.queue(db, countyCode, ['pending', 'hidden']),
		q.queue(db, countyCode, ['published'])
	]);
	return ok({ waiting, published: published.reverse() });
}

/** One story as a moderator sees it (original included, while it is kept). */
export async function storyForModeration(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<QueuedStory>> {
	if (!canModerateStories(actor, countyCode)) return forbidden();
	const row = await q.storyIn(db, countyCode, id);
	return row ? ok(await q.queuedStory(db, row)) : notFound('Berättelsen finns inte.');
}

export const tagOptions = q.tagOptions;
export const municipalities = q.municipalitiesOf;
export const organisations = q.organisationsOf;

/** Published stories that speak to each statement of the vision (for the vision page). */
export const storiesByStatement = q.storiesByStatement;
/** Published stories linked to an initiative or a process (for their pages). */
export const storiesLinkedTo = q.storiesLinkedTo;
