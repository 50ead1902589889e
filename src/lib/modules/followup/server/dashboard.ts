import type { Point } from '../domain/aggregate.ts';
import { POPULATION_KPI } from '../domain/catalogue.ts';
import { countyFigure, FOCUS_SHIFTS, type CountyFigure, type Ranked } from '../domain/dashboard.ts';
import {
	exportRows,
	indicatorView,
	namedAreas,
	type AreaSeries,
	type DashboardTarget
} from '../domain/indicator-view.ts';
import { AGE_GROUPS, needsFigures, type NeedsFigures } from '../domain/needs.ts';
import { projectionRatio, type ProjectionRatio } from '../domain/projection.ts';
import type { Indicator, IndicatorDetail } from '../domain/types.ts';
import type { FocusShift } from '../../../core/vocabulary.ts';
import type { Actor } from '../../../core/actor.ts';
import * as content from '../../counties/index.server.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound, ok, type Outcome } from '../../../core/outcome.ts';
import { followUpSet, getIndicator, toIndicator } from './indicators.ts';
import { visibleTo } from '../../../core/permissions.ts';
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
export type { CountyFigure, Ranked } from '../domain/dashboard.ts';
export { EXPORT_HEADERS, type AreaSeries, type DashboardTarget } from '../domain/indicator-view.ts';
const ALL_YEARS = { from: 1900, to: 2100 };

/** The county and its areas, or not found. */
async function countyWithAreas(db: Db, countyRef: string) {
	const county = await content.county(db, countyRef);
	if (county.kind !== 'ok') return county;
	const areas = await q.countyAreas(db, county.value.code);
	if (!areas) return notFound<never>(`Länet ${countyRef} finns inte.`);
	return ok({ county: county.value, areas });
}

// ——— Följ omställningen ——————————————————————————————————————————————————————

export interface OverviewItem {
	title: string;
	note: string;
	itemSource: string;
	indicator: Pick<Indicator, 'id' | 'koladaId' | 'title' | 'unit' | 'direction' | 'credit'> | null;
	figure: CountyFigure | null;
	/** what the latest value rests on, in words, for a computed value ("42 svar i 5 omgångar") */
	restsOn: string | null;
}

export interface FollowUpOverview {
	county: { slug: string; code: string; name: string };
	/** per focus shift: SKR's indicators, and the county's own indicators that follow the shift */
	groups: { key: FocusShift; title: string; items: OverviewItem[]; own: OverviewItem[] }[];
	/** the county's own indicators that follow no focus shift */
	ownUnlinked: OverviewItem[];
}

/**
 * The region's own values where Kolada has them (`region`: its totals, read
 * for all the overview's indicators at once), else the aggregate made in Nära.
 */
async function figureOf(
	db: Db,
	indicator: Indicator,
	county: q.CountyAreas,
	region: q.MeasurementRead[]
): Promise<(CountyFigure & { restsOn: string | null }) | null> {
	if (region.some((r) => r.value !== null)) {
		const points: Point[] = region.map((r) => ({ period: r.period, value: r.value }));
		const credit = `Källa: ${[...new Set(region.map((r) => r.source))].join(', ')}`;
		const figure = countyFigure(points, indicator.direction, 'region', credit);
		const latestRow = figure && region.find((r) => r.period === figure.latest.period);
		return figure && { ...figure, restsOn: latestRow?.basis ?? null };
	}
	if (indicator.aggregation === 'none') return null;
	const agg = await countyAggregateOf(db, indicator, county, { ...ALL_YEARS, genders: ['T'] });
	if (agg.kind !== 'ok') return null;
	const points = agg.value.series
		.filter((p) => p.gender === 'T')
		.map((p) => ({ period: p.period, value: p.value }));
	const figure = countyFigure(points, indicator.direction, 'aggregate', agg.value.credit);
	return figure && { ...figure, restsOn: null };
}

/** An indicator as a row of the overview, with the county's figure. */
async function overviewItem(
	db: Db,
	indicator: Indicator,
	areas: q.CountyAreas,
	item: { title: string; note: string; source: string },
	region: Map<number, q.MeasurementRead[]>
): Promise<OverviewItem> {
	const found = await figureOf(db, indicator, areas, region.get(indicator.id) ?? []);
	const { restsOn = null, ...figure } = found ?? {};
	return {
		title: item.title,
		note: item.note,
		itemSource: item.source,
		indicator: {
			id: indicator.id,
			koladaId: indicator.koladaId,
			title: indicator.title,
			unit: indicator.unit,
			direction: indicator.direction,
			credit: indicator.credit
		},
		figure: found ? (figure as CountyFigure) : null,
		restsOn
	};
}

/** SKR's follow-up set for a county: each focus shift with its indicators and the county's figures. */
export async function followUpOverview(
	db: Db,
	actor: Actor,
	countyRef: string
): Promise<Outcome<FollowUpOverview>> {
	const found = await countyWithAreas(db, countyRef);
	if (found.kind !== 'ok') return found;
	const { county, areas } = found.value;
	const set = await followUpSet(db);
	if (set.kind !== 'ok') return set;
	const own = (await q.ownIndicatorsOf(db, county.code, visibleTo(actor, county.code))).map(
		(o) => ({ indicator: toIndicator(o.row), shifts: o.shifts })
	);
	const region = await q.measurementsOfMany(
		db,
		[
			...set.value.groups.flatMap((g) =>
				g.items.flatMap((i) => (i.indicator ? [i.indicator.id] : []))
			),
			...own.map((o) => o.indicator.id)
		],
		[areas.regionId],
		ALL_YEARS.from,
		ALL_YEARS.to,
		['T']
	);
	const ownItem = (i: Indicator) =>
		overviewItem(db, i, areas, { title: i.title, note: '', source: i.credit }, region);
	const groups = await Promise.all(
		FOCUS_SHIFTS.map(async (shift) => {
			const items = set.value.groups.find((g) => g.focusShiftKey === shift.key)?.items ?? [];
			return {
				key: shift.key,
				title: shift.title,
				items: await Promise.all(
					items.map(async (item) =>
						item.indicator
							? overviewItem(db, item.indicator, areas, item, region)
							: {
									title: item.title,
									note: item.note,
									itemSource: item.source,
									indicator: null,
									figure: null,
									restsOn: null
								}
					)
				),
				own: await Promise.all(
					own.filter((o) => o.shifts.includes(shift.key)).map((o) => ownItem(o.indicator))
				)
			};
		})
	);
	const ownUnlinked = await Promise.all(
		own.filter((o) => o.shifts.length === 0).map((o) => ownItem(o.indicator))
	);
	return ok({
		county: { slug: county.slug, code: county.code, name: county.name },
		groups,
		ownUnlinked
	});
}

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
}

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
	/** map: whether to read the municipalities' boundaries (the page's map needs them) */
	options: { map?: boolean } = {}
): Promise<Outcome<IndicatorDashboard>> {
	const found = await countyWithAreas(db, countyRef);
	if (found.kind !== 'ok') return found;
	const { county, areas } = found.value;
	const detail = await getIndicator(db, actor, kpi);
	if (detail.kind !== 'ok') return detail;
	const indicator = detail.value;
	if (indicator.countyCode !== null && indicator.countyCode !== county.code)
		return notFound(`Nyckeltalet ${kpi} finns inte.`);
	const named = namedAreas(areas);
	const [values, boundaries, targets] = await Promise.all([
		q.measurements(
			db,
			indicator.id,
			named.map((a) => a.areaId),
			ALL_YEARS.from,
			ALL_YEARS.to,
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
		targetSource: `Mål: satt av ${county.name} i Nära`
	});
	const aggregated =
		indicator.aggregation === 'none'
			? null
			: await countyAggregateOf(
					db,
					indicator,
					areas,
					{
						from: ALL_YEARS.from,
						to: ALL_YEARS.to,
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
		aggregateNote: aggregate ? null : NOT_AGGREGATABLE,
		gender: view.gender,
		targets: view.targets,
		rows: view.rows,
		boundaries,
		credit: `Källa: ${sources.length ? sources.join(', ') : KOLADA_SOURCE}`
	});
}

/**
 * An indicator page's values for the exports (CSV, XLSX): one row per area ×
 * year × gender under `EXPORT_HEADERS`, and the file's name without its
 * extension ("N20402-varmland").
 */
export async function indicatorExport(
	db: Db,
	actor: Actor,
	countyRef: string,
	kpi: string
): Promise<Outcome<{ rows: (string | number | null)[][]; fileName: string }>> {
	const d = await indicatorDashboard(db, actor, countyRef, kpi, { map: false });
	if (d.kind !== 'ok') return d;
	const { indicator, county } = d.value;
	return ok({
		rows: exportRows(d.value),
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
