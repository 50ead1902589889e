import type { Actor } from '../../core/actor.ts';
import { visibleTo } from '../../core/permissions.ts';
import { notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { withCounty } from '../counties/index.server.ts';
import type { EvidenceKind } from './domain/evidence.ts';
import { countyReflections } from './queries.server.ts';
import type { Reflection } from './schema.ts';

/**
 * The county's reflections: the public ones for everyone, the internal ones
 * too for people with a role in the county.
 */
export function reflectionList(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ reflections: Reflection[] }>> {
	return withCounty(db, codeOrSlug, async (c) =>
		ok({ reflections: await countyReflections(db, c.code, visibleTo(actor, c.code)) })
	);
}

/** One reflection of the county, as its page shows it. */
export function reflection(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	id: number
): Promise<Outcome<Reflection>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const [found] = await countyReflections(db, c.code, visibleTo(actor, c.code), { id });
		return found ? ok(found) : notFound('Reflektionen finns inte.');
	});
}

/** The reflections (the viewer may see) that link this indicator, story, initiative or barrier. */
export async function reflectionsCiting(
	db: Db,
	actor: Actor,
	countyCode: string,
	kind: EvidenceKind,
	id: number
): Promise<{ id: number; title: string; writtenOn: string }[]> {
	const list = await countyReflections(db, countyCode, visibleTo(actor, countyCode), {
		evidence: { kind, id }
	});
	return list.map((r) => ({ id: r.id, title: r.title, writtenOn: r.writtenOn }));
}
