import * as q from './queries.server.ts';
import { roadmapRows as roadmapOf } from '../roadmap/index.server.ts';
import { withCounty } from '../counties/index.server.ts';
import { type County } from '../counties/index.ts';
import { type Roadmap } from '../roadmap/index.ts';
import { type Vision, type VisionVersion } from './schema.ts';
import type { Actor } from '../../core/actor.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound, ok, type Outcome } from '../../core/outcome.ts';

export function vision(db: Db, actor: Actor, codeOrSlug: string): Promise<Outcome<Vision>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const v = await q.currentVision(db, c.code, visibleTo(actor, c.code));
		return v ? ok(v) : notFound(`${c.name} har ingen målbild i Nära ännu.`);
	});
}
/** Every published version of the county's vision that the reader may see, newest first. */
export function visionVersions(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ county: County; versions: VisionVersion[] }>> {
	return withCounty(db, codeOrSlug, async (c) =>
		ok({ county: c, versions: await q.visionVersions(db, c.code, visibleTo(actor, c.code)) })
	);
}
/** One version of the county's vision, old or current, if the reader may see it. */
export function visionVersion(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	version: number
): Promise<Outcome<Vision>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const v =
			Number.isSafeInteger(version) && version > 0 && version <= 2147483647
				? await q.visionVersion(db, c.code, version, visibleTo(actor, c.code))
				: undefined;
		return v ? ok(v) : notFound(`Den versionen av målbilden för ${c.name} finns inte.`);
	});
}
/** What the start page of a county shows: the vision (if any) and the roadmap's areas to link to. */
export function visionPage(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ county: County; vision: Vision | null; roadmap: Roadmap | null }>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const visible = visibleTo(actor, c.code);
		const [v, r] = await Promise.all([
			q.currentVision(db, c.code, visible),
			roadmapOf(db, c.code, visible)
		]);
		return ok({ county: c, vision: v ?? null, roadmap: r ?? null });
	});
}
