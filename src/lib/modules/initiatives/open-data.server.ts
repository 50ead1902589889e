import { OPEN_DATA_LICENSE } from './domain/columns.ts';
import { VOCABULARIES } from './domain/vocabularies.ts';
import type { County } from '../counties/index.ts';
import type { OpenDataInitiative, OpenDataInitiatives } from './io-schema.ts';
import { county as findCounty, listCounties } from '../counties/index.server.ts';
import type { Db } from '../../platform/db/client.ts';
import { ok, type Outcome } from '../../core/outcome.ts';
import type { CatalogueCounty } from './dcat.server.ts';
import { publicInitiativeDates, publicInitiatives } from './queries.server.ts';
import { details } from './export.server.ts';

/**
 * The open data: the public, not archived initiatives of every county (or
 * one) for machines, with English identifiers (its CSV's columns are in
 * domain/open-data-columns.ts), and the counties the data catalogue lists.
 */

/** The counties with public initiatives, how many and when written, for the data catalogue. */
export async function catalogueCounties(db: Db): Promise<CatalogueCounty[]> {
	const counties = new Map((await listCounties(db)).map((c) => [c.code, c]));
	return (await publicInitiativeDates(db)).map((d) => {
		const c = counties.get(d.countyCode)!;
		return { ...d, code: c.code, name: c.name, slug: c.slug };
	});
}

/** The public initiatives of every county (or one), for machines: English identifiers. */
export async function openData(
	db: Db,
	origin: string,
	codeOrSlug: string | null,
	publisher: string
): Promise<Outcome<OpenDataInitiatives>> {
	let only: County | null = null;
	if (codeOrSlug) {
		const c = await findCounty(db, codeOrSlug);
		if (c.kind !== 'ok') return c;
		only = c.value;
	}
	const counties = new Map((await listCounties(db)).map((c) => [c.code, c]));
	const rows = await publicInitiatives(db, only?.code ?? null);
	const items: OpenDataInitiative[] = (await details(db, rows)).map((i) => {
		const c = counties.get(i.countyCode)!;
		return {
			id: i.id,
			county_code: i.countyCode,
			county: c.name,
			title: i.title,
			description: i.description,
			lead_organisation: i.lead?.name ?? null,
			lead_organisation_id: i.lead?.id ?? null,
			partners: i.partners.map((p) => p.name),
			other_partners: i.otherPartners,
			municipalities: i.municipalities.map((m) => m.name),
			municipality_codes: i.municipalities.flatMap((m) => (m.code ? [m.code] : [])),
			level: i.level,
			phase: i.phase,
			starts_on: i.startsOn,
			ends_on: i.endsOn,
			goal_areas: i.goalAreas,
			development_areas: i.developmentAreas,
			focus_shifts: i.focusShifts,
			funding: i.funding.map((f) => ({
				year: f.year,
				source: f.fundingSource,
				amount_sek: f.amountSek
			})),
			contact_function: i.contactFunction,
			contact_email: i.contactEmail,
			contact_phone: i.contactPhone,
			results: i.results,
			lessons: i.lessons,
			links: i.links.map((l) => l.url),
			good_example: i.goodExample,
			source: i.source,
			source_locator: i.sourceLocator,
			created_at: i.createdAt,
			updated_at: i.updatedAt,
			url: `${origin}/lan/${c.slug}/insatser/${i.id}`
		};
	});
	const modified = items.reduce<string | null>(
		(m, i) => (m === null || i.updated_at > m ? i.updated_at : m),
		null
	);
	return ok({
		title: only
			? `Insatser för god och nära vård i ${only.name}`
			: 'Insatser för god och nära vård i Sveriges län',
		license: OPEN_DATA_LICENSE,
		publisher,
		documentation: `${origin}/oppna-data`,
		county_code: only?.code ?? null,
		count: items.length,
		modified,
		vocabulary: VOCABULARIES,
		items
	});
}

/** Who publishes the open data: the operator (NARA_OPERATOR_NAME), or Nära when none is set. */
export function publisherName(operatorName: string | undefined): string {
	return operatorName ?? 'Nära (ingen driftsorganisation angiven)';
}
