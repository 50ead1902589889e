import { notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { listCounties } from '../counties/index.server.ts';
import { overviewInitiatives } from '../initiatives/index.server.ts';
import { HEADING_LABELS } from './domain/headings.ts';
import { matchesThemes, themesOf } from './domain/themes.ts';
import type { RegionAccount, RegionQuery, RegionSummary } from './schema.ts';
import overview from './seed/overview.json';
import { OVERVIEW_SOURCE, OVERVIEW_YEAR, type OverviewRegion } from './seed/types.ts';

/**
 * The knowledge bank's national overview: the 21 regions' accounts of 2020
 * (002) as the seed data holds them (they are a published text, not edited
 * in Nära), with the initiatives of the inventory taken from each.
 */

const regions = overview as OverviewRegion[];

async function context(db: Db) {
	const [counties, initiatives] = await Promise.all([
		listCounties(db),
		overviewInitiatives(db, OVERVIEW_SOURCE)
	]);
	const slug = new Map(counties.map((c) => [c.code, c.slug]));
	const byCounty = (code: string) => initiatives.filter((i) => i.countyCode === code);
	return { slug, byCounty };
}

function summary(r: OverviewRegion, ctx: Awaited<ReturnType<typeof context>>): RegionSummary {
	return {
		countyCode: r.countyCode,
		countySlug: ctx.slug.get(r.countyCode) ?? r.countyCode,
		region: r.region,
		describes: OVERVIEW_YEAR,
		source: OVERVIEW_SOURCE,
		strategy: r.facts.strategy,
		jointVision: r.facts.jointVision,
		bodies: r.facts.bodies,
		themes: themesOf(ctx.byCounty(r.countyCode)),
		caseStudy: r.caseStudy?.title ?? null,
		examples: {
			prioritised: r.sections.find((s) => s.heading === 'prioritised')?.items.length ?? 0,
			joint: r.sections.find((s) => s.heading === 'joint')?.items.length ?? 0
		}
	};
}

/** Every region (or those the query names), filtered by theme, in the overview's order. */
export async function listRegions(db: Db, query: RegionQuery): Promise<RegionSummary[]> {
	const ctx = await context(db);
	const filter = {
		developmentArea: query.utvecklingsomrade,
		goalArea: query.malomrade,
		focusShift: query.fokus
	};
	return regions
		.filter((r) => query.lan.length === 0 || query.lan.includes(r.countyCode))
		.map((r) => summary(r, ctx))
		.filter((s) => matchesThemes(s.themes, filter));
}

function account(r: OverviewRegion, ctx: Awaited<ReturnType<typeof context>>): RegionAccount {
	const initiatives = ctx.byCounty(r.countyCode);
	const under = (heading: string) =>
		initiatives
			.filter((i) => i.sourceLocator.startsWith(`${r.region} – ${heading}`))
			.map((i) => ({ id: i.id, title: i.title }));
	return {
		...summary(r, ctx),
		sections: r.sections.map((s) => ({
			...s,
			label: HEADING_LABELS[s.heading],
			initiatives: under(HEADING_LABELS[s.heading])
		})),
		case: r.caseStudy
			? { ...r.caseStudy, initiatives: under(`Fallstudie: ${r.caseStudy.title}`) }
			: null
	};
}

/** One region's account under the five headings, by county code or slug. */
export async function regionAccount(db: Db, codeOrSlug: string): Promise<Outcome<RegionAccount>> {
	const ctx = await context(db);
	const code =
		[...ctx.slug].find(([c, s]) => c === codeOrSlug || s === codeOrSlug)?.[0] ?? codeOrSlug;
	const r = regions.find((x) => x.countyCode === code);
	return r ? ok(account(r, ctx)) : notFound('Regionen finns inte i den nationella översikten.');
}

/** Several regions' accounts side by side, in the order asked for. */
export async function compareRegions(db: Db, codes: readonly string[]): Promise<RegionAccount[]> {
	const ctx = await context(db);
	return codes.flatMap((code) => {
		const r = regions.find((x) => x.countyCode === code);
		return r ? [account(r, ctx)] : [];
	});
}

/** The four case studies of Socialstyrelsen in the overview. */
export async function caseStudies(db: Db): Promise<RegionAccount[]> {
	const ctx = await context(db);
	return regions.filter((r) => r.caseStudy).map((r) => account(r, ctx));
}
