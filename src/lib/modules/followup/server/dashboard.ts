import { POPULATION_KPI } from '../domain/catalogue.ts';
import type { Ranked } from '../domain/dashboard.ts';
import { filterState, type FilterState } from '../domain/filter.ts';
import {
	exportRows,
	indicatorView,
	namedAreas,
	type AreaSeries,
	type DashboardTarget
} from '../domain/indicator-view.ts';
import { AGE_GROUPS, needsFigures, type NeedsFigures } from '../domain/needs.ts';
import { projectionRatio, type ProjectionRatio } from '../domain/projection.ts';
import type { IndicatorDetail } from '../domain/types.ts';
import type { Actor } from '../../../core/actor.ts';
import * as content from '../../counties/index.server.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound, ok, type Outcome } from '../../../core/outcome.ts';
import { countyWithAreas } from './county-areas.ts';
import { getIndicator } from './indicators.ts';
import { countyAggregateOf, NOT_AGGREGATABLE, type CountyAggregateResult } from './measurements.ts';
import * as q from './queries.ts';
import { KOLADA_SOURCE, SCB_DIRECT_SOURCE, SCB_SOURCE } from './sources.ts';
import { listTargets } from './targets.ts';

/**
 * The follow-up dashboards: "Följ omställningen" (SKR's indicators by focus
 * shift, with the county's latest value and its change), one indicator for
 * the county's municipalities against the region and Riket, and the
 * "Behovsbild" (population by age group). Reads only; every figure carries
 * its source and period. The pure parts are in domain/ (dashboard.ts,
 * indicator-view.ts, needs.ts) with their tests.
 */

export { FOCUS_SHIFTS } from '../domain/dashboard.ts';
export type { Ranked } from '../domain/dashboard.ts';
export { followUpOverview, type FollowUpOverview } from './overview.ts';
export { EXPORT_HEADERS, type AreaSeries, type DashboardTarget } from '../domain/indicator-view.ts';
const ALL_YEARS = { from: 1900, to: 2100 };

// ——— One indicator ————————————————————————————————————————————————————————

export interface IndicatorDashboard {
	county: { slug: string; code: string; name: string; regionId: string };
	indicator: IndicatorDetail;
	years: number[];
	/** the county's municipalities, then the region and Riket (total, T), each with its source */
	series: (AreaSeries & { source: string | null })[];
	latestPeriod: number | null;
	ranking: Ranked[];
	/** the source of the ranking's values */
	rankingSource: string | null;
	/** region and Riket in the latest year */
	references: { areaId: string; name: string; value: number | null; source: string | null }[];
	/**
	 * the county's figure made in Nära from its municipalities' values
	 * (domain/followup/aggregate.ts); null for an indicator that cannot be
	 * aggregated (an index, a mean), with the reason in `aggregateNote`
	 */
	aggregate: Omit<CountyAggregateResult, 'indicator' | 'county'> | null;
	aggregateNote: string | null;
	/** K and M per area in the latest year with both; null when the indicator has none */
	gender: {
		period: number;
		rows: { areaId: string; name: string; K: number | null; M: number | null }[];
		source: string | null;
	} | null;
	targets: DashboardTarget[];
	/** every value of the page, for the exports */
	rows: (q.MeasurementRead & { name: string; kind: AreaSeries['kind'] })[];
	/** empty when read without the map */
	boundaries: content.BoundaryFeature[];
	credit: string;
	/** the municipalities, gender and years shown (domain/filter.ts) */
	filter: FilterState;
}

/** Shown instead of the county as a whole when some municipalities are chosen. */
export const COUNTY_WHOLE_ONLY =
	'Länet som helhet räknas bara när alla kommuner är valda; nu visas de valda kommunerna.';

/**
 * One indicator for a county: every municipality, the region and Riket over
 * the years, the latest ranking, the county figure made from the
 * municipalities, women and men, and the county's targets against the
 * values. The indicator page, its exports and the API all read this.
 */
export async function indicatorDashboard(
	db: Db,
	actor: Actor,
	countyRef: string,
	kpi: string,
	/**
	 * map: whether to read the municipalities' boundaries (the page's map needs
	 * them); query: the filters (municipalities, gender, years), as in the address
	 */
	options: { map?: boolean; query?: URLSearchParams } = {}
): Promise<Outcome<IndicatorDashboard>> {
	const found = await countyWithAreas(db, countyRef);
	if (found.kind !== 'ok') return found;
	const { county, areas } = found.value;
	const detail = await getIndicator(db, actor, kpi);
	if (detail.kind !== 'ok') return detail;
	const indicator = detail.value;
	if (indicator.countyCode !== null && indicator.countyCode !== county.code)
		return notFound(`Nyckeltalet ${kpi} finns inte.`);
	const filter = filterState(options.query ?? new URLSearchParams(), areas.municipalities);
	const { municipalities: chosen, gender, from, to } = filter.filter;
	const named = namedAreas(
		chosen === null
			? areas
			: { ...areas, municipalities: areas.municipalities.filter((m) => chosen.includes(m.id)) }
	);
	const [values, boundaries, targets] = await Promise.all([
		q.measurements(
			db,
			indicator.id,
			named.map((a) => a.areaId),
			from ?? ALL_YEARS.from,
			to ?? ALL_YEARS.to,
			['T', 'K', 'M']
		),
		options.map === false ? [] : content.municipalityBoundaries(db, county.code),
		listTargets(db, actor, county.code, indicator.id)
	]);
	const view = indicatorView({
		named,
		values,
		direction: indicator.direction,
		targets: targets.kind === 'ok' ? targets.value : [],
		targetSource: `Mål: satt av ${county.name} i Nära`,
		gender
	});
	const aggregated =
		indicator.aggregation === 'none' || chosen !== null
			? null
			: await countyAggregateOf(
					db,
					indicator,
					areas,
					{
						from: from ?? ALL_YEARS.from,
						to: to ?? ALL_YEARS.to,
						genders: view.gender === null ? ['T'] : ['T', 'K', 'M']
					},
					{ values }
				);
	const aggregate =
		aggregated?.kind === 'ok'
			? (({ indicator: _i, county: _c, ...rest }) => rest)(aggregated.value)
			: null;
	const sources = [...new Set(view.rows.map((r) => r.source))];
	return ok({
		county: { ...county, regionId: areas.regionId },
		indicator,
		years: view.years,
		series: view.series,
		latestPeriod: view.latestPeriod,
		ranking: view.ranking,
		rankingSource: view.rankingSource,
		references: view.references,
		aggregate,
		aggregateNote: aggregate
			? null
			: indicator.aggregation !== 'none' && chosen !== null
				? COUNTY_WHOLE_ONLY
				: NOT_AGGREGATABLE,
		gender: view.gender,
		targets: view.targets,
		rows: view.rows,
		// the map draws the municipalities shown, not the others as unknown
		boundaries:
			chosen === null ? boundaries : boundaries.filter((b) => chosen.includes(b.areaCode)),
		credit: `Källa: ${sources.length ? sources.join(', ') : KOLADA_SOURCE}`,
		filter
	});
}

/**
 * An indicator page's values for the exports (CSV, XLSX): one row per area ×
 * year × gender under `EXPORT_HEADERS`, for the filters in `query` (the
 * areas and years chosen; with women or men chosen, their values only), and
 * the file's name without its extension ("N20402-varmland").
 */
export async function indicatorExport(
	db: Db,
	actor: Actor,
	countyRef: string,
	kpi: string,
	query?: URLSearchParams
): Promise<Outcome<{ rows: (string | number | null)[][]; fileName: string }>> {
	const d = await indicatorDashboard(db, actor, countyRef, kpi, { map: false, query });
	if (d.kind !== 'ok') return d;
	const { indicator, county, filter } = d.value;
	const gender = filter.filter.gender;
	// the total takes every value (women and men too, as the page shows them); women or men only theirs
	const rows = gender === 'T' ? d.value.rows : d.value.rows.filter((r) => r.gender === gender);
	return ok({
		rows: exportRows({ indicator, rows }),
		fileName: `${indicator.koladaId ?? indicator.id}-${county.slug}`
	});
}

// ——— Behovsbild ———————————————————————————————————————————————————————————

export interface NeedsPicture extends NeedsFigures {
	county: { slug: string; code: string; name: string };
	boundaries: content.BoundaryFeature[];
	credit: string;
	/** working age per person 80+ in the region as projected: SCB's own projection where fetched, else Kolada's */
	projection: ProjectionRatio | null;
}

/** Population change by age group per municipality (10 years) and the support ratio over time, recorded and projected. */
export async function needsPicture(db: Db, countyRef: string): Promise<Outcome<NeedsPicture>> {
	const found = await countyWithAreas(db, countyRef);
	if (found.kind !== 'ok') return found;
	const { county, areas } = found.value;
	const ids = areas.municipalities.map((m) => m.id);
	const [boundaries, projections, ...byGroup] = await Promise.all([
		content.municipalityBoundaries(db, county.code),
		q.projectionsOf(db, areas.regionId),
		...AGE_GROUPS.map((g) =>
			q.measurementsByKoladaId(db, POPULATION_KPI[g.key], ids, ALL_YEARS.from, ALL_YEARS.to, ['T'])
		)
	]);
	const { groups, ratio } = needsFigures(areas.municipalities, byGroup);
	return ok({
		county: { slug: county.slug, code: county.code, name: county.name },
		groups,
		ratio,
		boundaries,
		credit: `Källa: ${SCB_SOURCE}`,
		projection: projectionRatio(projections, [SCB_DIRECT_SOURCE, SCB_SOURCE])
	});
}
