import { adoptionOverview, type AdoptionOverview } from '../decisions/domain/adoption.ts';
import {
	TimelineQuery,
	type County,
	type Decision,
	type Group,
	type Organisation,
	type Roadmap,
	type Timeline,
	type Vision,
	type VisionVersion
} from './schema.ts';
import { adoptionMap } from '../decisions/adoption-map.server.ts';
import type { Actor } from '../../core/actor.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { Db } from '../../platform/db/client.ts';
import { invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import * as q from './queries.server.ts';

/**
 * Use cases for a county's shared content: vision, roadmap, organisations and
 * bodies, decisions and timeline. Pages, the API and the CLI call these.
 * All of it is public content; accounts and roles come with editing.
 */

const noCounty = (code: string) => notFound<never>(`Länet ${code} finns inte.`);

export async function listCounties(db: Db): Promise<County[]> {
	return q.listCounties(db);
}

/** A county by its 2-digit code or its slug ("17" or "varmland"). */
export async function county(db: Db, codeOrSlug: string): Promise<Outcome<County>> {
	const found = /^\d{2}$/.test(codeOrSlug)
		? await q.findCounty(db, { code: codeOrSlug })
		: await q.findCounty(db, { slug: codeOrSlug });
	return found ? ok(found) : noCounty(codeOrSlug);
}

async function withCounty<T>(
	db: Db,
	codeOrSlug: string,
	read: (c: County) => Promise<Outcome<T>>
): Promise<Outcome<T>> {
	const c = await county(db, codeOrSlug);
	return c.kind === 'ok' ? read(c.value) : c;
}

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

export function roadmap(db: Db, actor: Actor, codeOrSlug: string): Promise<Outcome<Roadmap>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const r = await q.roadmap(db, c.code, visibleTo(actor, c.code));
		return r ? ok(r) : notFound(`${c.name} har ingen färdplan i Nära ännu.`);
	});
}

export function organisations(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ organisations: Organisation[]; groups: Group[] }>> {
	return withCounty(db, codeOrSlug, async (c) =>
		ok({
			organisations: await q.organisations(db, c.code),
			groups: await q.groups(db, c.code, visibleTo(actor, c.code))
		})
	);
}

export function decisions(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ decisions: Decision[] }>> {
	return withCounty(db, codeOrSlug, async (c) =>
		ok({ decisions: await q.decisions(db, c.code, visibleTo(actor, c.code)) })
	);
}

/** The adoption of the vision: every organisation of the county, when it adopted, and a map. */
export function adoption(
	db: Db,
	actor: Actor,
	codeOrSlug: string
): Promise<Outcome<{ overview: AdoptionOverview; mapSvg: string; decisions: Decision[] }>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const [orgs, all, features] = await Promise.all([
			q.organisations(db, c.code),
			q.decisions(db, c.code, visibleTo(actor, c.code)),
			q.municipalityBoundaries(db, c.code)
		]);
		const overview = adoptionOverview(
			orgs.filter((o) => o.kind === 'region' || o.kind === 'municipality'),
			all
				.filter((d) => d.subject === 'vision_adoption')
				.map((d) => ({
					organisationId: d.organisation.id,
					decidedOn: d.decidedOn,
					datePrecision: d.datePrecision,
					source: d.source
				}))
		);
		return ok({ overview, mapSvg: adoptionMap(c.shortName, overview, features), decisions: all });
	});
}

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

export function sourceDocuments(db: Db) {
	return q.sourceDocuments(db);
}

export function ping(db: Db) {
	return q.ping(db);
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
			q.roadmap(db, c.code, visible)
		]);
		return ok({ county: c, vision: v ?? null, roadmap: r ?? null });
	});
}
