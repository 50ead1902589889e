import {
	changeOver,
	judgeChange,
	trendSeries,
	type Change,
	type Direction,
	type Point,
	type Verdict
} from '../domain/aggregate.ts';
import { POPULATION_KPI } from '../domain/catalogue.ts';
import type { FocusShift } from '../../../core/vocabulary.ts';
import type { Actor } from '../../../core/actor.ts';
import * as contentQ from '../../counties/index.server.ts';
import * as content from '../../counties/index.server.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound, ok, type Outcome } from '../../../core/outcome.ts';
import * as q from './queries.ts';
import * as followup from './service.ts';
import { KOLADA_SOURCE, SCB_SOURCE } from './sources.ts';

/**
 * The follow-up dashboards: "Följ omställningen" (SKR's indicators by focus
 * shift, with the county's latest value and its change), one indicator for
 * the county's municipalities against the region and Riket, and the
 * "Behovsbild" (population by age group). Reads only; every figure carries
 * its source and period. The pure parts are exported and unit-tested.
 */

/** The four focus shifts, in the wording of the national vision (SKR/Nära vård). */
export const FOCUS_SHIFTS: { key: FocusShift; title: string }[] = [
	{ key: 'person', title: 'Från organisation till person och relation' },
	{ key: 'co_creator', title: 'Från passiva mottagare till aktiva medskapare' },
	{ key: 'proactive', title: 'Från reaktiva insatser till proaktivt och hälsofrämjande arbete' },
	{ key: 'coordination', title: 'Från isolerade insatser till samordning' }
];

export const COUNTRY_ID = '0000';
const ALL_YEARS = { from: 1900, to: 2100 };

// ——— Pure helpers ——————————————————————————————————————————————————————————

/** The latest period that has a value, with that value; null when none has. */
export function latest(points: readonly Point[]): { period: number; value: number } | null {
	let best: { period: number; value: number } | null = null;
	for (const p of points) {
		if (p.value === null || !Number.isFinite(p.value)) continue;
		if (!best || p.period > best.period) best = { period: p.period, value: p.value };
	}
	return best;
}

export interface Ranked {
	rank: number;
	areaId: string;
	name: string;
	value: number;
}

/**
 * Areas ranked best first by the indicator's direction (highest first when it
 * has none). Areas without a value are left out; equal values share a rank.
 */
export function rankAreas(
	rows: readonly { areaId: string; name: string; value: number | null }[],
	direction: Direction
): Ranked[] {
	const sign = direction === 'lower_is_better' ? 1 : -1;
	const withValue = rows
		.filter((r): r is { areaId: string; name: string; value: number } => r.value !== null)
		.sort((a, b) => sign * (a.value - b.value) || a.name.localeCompare(b.name, 'sv'));
	const out: Ranked[] = [];
	withValue.forEach((r, i) => {
		const prev = out[i - 1];
		const rank = prev && prev.value === r.value ? prev.rank : i + 1;
		out.push({ rank, areaId: r.areaId, name: r.name, value: r.value });
	});
	return out;
}

/**
 * People of working age (20–64) per person aged 80 or over, for each year
 * both are known: "fewer will care for more".
 */
export function supportRatio(working: readonly Point[], oldest: readonly Point[]): Point[] {
	const old = new Map(oldest.map((p) => [p.period, p.value]));
	return working
		.flatMap((p) => {
			const o = old.get(p.period);
			return p.value === null || o === undefined || o === null || o === 0
				? []
				: [{ period: p.period, value: p.value / o }];
		})
		.sort((a, b) => a.period - b.period);
}

export type TargetStatus = 'reached' | 'not_reached' | 'no_actual' | 'no_direction';

/**
 * Whether the actual value reached the target, by the indicator's direction:
 * at or above it when higher is better, at or below it when lower is better.
 * Without a direction a target is a level to compare with, not to pass.
 */
export function targetStatus(
	target: number,
	actual: number | null,
	direction: Direction
): TargetStatus {
	if (actual === null || !Number.isFinite(actual)) return 'no_actual';
	if (direction === 'neither') return 'no_direction';
	return (direction === 'higher_is_better' ? actual >= target : actual <= target)
		? 'reached'
		: 'not_reached';
}

export interface PopulationChange {
	fromPeriod: number;
	toPeriod: number;
	fromValue: number;
	toValue: number;
	change: number;
	/** per cent of the first year's population; null when it was 0 */
	percent: number | null;
}

/** The change of a population from `years` years before its latest year. */
export function populationChange(points: readonly Point[], years = 10): PopulationChange | null {
	const c: Change | null = changeOver(points, years);
	if (!c) return null;
	return {
		fromPeriod: c.fromPeriod,
		toPeriod: c.toPeriod,
		fromValue: c.fromValue,
		toValue: c.toValue,
		change: c.change,
		percent: c.relativeChange === null ? null : c.relativeChange * 100
	};
}

// ——— Följ omställningen ——————————————————————————————————————————————————————

export interface CountyFigure {
	/** region: Kolada's value for the region; aggregate: made in Nära from the municipalities */
	basis: 'region' | 'aggregate';
	latest: { period: number; value: number };
	change: Change | null;
	verdict: Verdict;
	/** the last ten years, one point a year */
	trend: Point[];
	credit: string;
}

export interface OverviewItem {
	title: string;
	note: string;
	itemSource: string;
	indicator: Pick<
		followup.Indicator,
		'id' | 'koladaId' | 'title' | 'unit' | 'direction' | 'credit'
	> | null;
	figure: CountyFigure | null;
}

export interface FollowUpOverview {
	county: { slug: string; code: string; name: string };
	groups: { key: FocusShift; title: string; items: OverviewItem[] }[];
}

async function countyFigure(
	db: Db,
	indicator: followup.Indicator,
	county: q.CountyAreas
): Promise<CountyFigure | null> {
	const region = await q.measurements(
		db,
		indicator.id,
		[county.regionId],
		ALL_YEARS.from,
		ALL_YEARS.to,
		['T']
	);
	let points: Point[];
	let basis: CountyFigure['basis'];
	let credit: string;
	if (region.some((r) => r.value !== null)) {
		points = region.map((r) => ({ period: r.period, value: r.value }));
		basis = 'region';
		credit = `Källa: ${[...new Set(region.map((r) => r.source))].join(', ')}`;
	} else if (indicator.aggregation !== 'none') {
		const agg = await followup.countyAggregateOf(db, indicator, county, {
			...ALL_YEARS,
			genders: ['T']
		});
		if (agg.kind !== 'ok') return null;
		points = agg.value.series
			.filter((p) => p.gender === 'T')
			.map((p) => ({ period: p.period, value: p.value }));
		basis = 'aggregate';
		credit = agg.value.credit;
	} else {
		return null;
	}
	const last = latest(points);
	if (!last) return null;
	const change = changeOver(points, 5);
	return {
		basis,
		latest: last,
		change,
		verdict: judgeChange(change, indicator.direction),
		trend: trendSeries(points, last.period - 9, last.period),
		credit
	};
}

/** SKR's follow-up set for a county: each focus shift with its indicators and the county's figures. */
export async function followUpOverview(
	db: Db,
	actor: Actor,
	countyRef: string
): Promise<Outcome<FollowUpOverview>> {
	const county = await content.county(db, countyRef);
	if (county.kind !== 'ok') return county;
	const areas = await q.countyAreas(db, county.value.code);
	if (!areas) return notFound(`Länet ${countyRef} finns inte.`);
	const set = await followup.followUpSet(db);
	if (set.kind !== 'ok') return set;
	const groups = await Promise.all(
		FOCUS_SHIFTS.map(async (shift) => {
			const items = set.value.groups.find((g) => g.focusShiftKey === shift.key)?.items ?? [];
			return {
				key: shift.key,
				title: shift.title,
				items: await Promise.all(
					items.map(async (item) => ({
						title: item.title,
						note: item.note,
						itemSource: item.source,
						indicator: item.indicator && {
							id: item.indicator.id,
							koladaId: item.indicator.koladaId,
							title: item.indicator.title,
							unit: item.indicator.unit,
							direction: item.indicator.direction,
							credit: item.indicator.credit
						},
						figure: item.indicator ? await countyFigure(db, item.indicator, areas) : null
					}))
				)
			};
		})
	);
	return ok({
		county: { slug: county.value.slug, code: county.value.code, name: county.value.name },
		groups
	});
}

// ——— One indicator ————————————————————————————————————————————————————————

export interface AreaSeries {
	areaId: string;
	name: string;
	kind: 'municipality' | 'region' | 'country';
	/** one per year of `years`, null where there is no value */
	values: (number | null)[];
}

/** "Källa: Kolada, SCB via Kolada" for the sources of some values; null when there are none. */
export function sourceOf(rows: readonly { source: string; value: number | null }[]): string | null {
	const sources = [...new Set(rows.filter((r) => r.value !== null).map((r) => r.source))];
	return sources.length ? `Källa: ${sources.join(', ')}` : null;
}

export interface DashboardTarget {
	id: number;
	areaId: string;
	name: string;
	period: number;
	gender: 'T' | 'K' | 'M';
	target: number;
	/** the value for the same area, year and gender; null when there is none (yet) */
	actual: number | null;
	note: string;
	visibility: 'public' | 'internal';
	revision: number;
	/** who set the target: the county, in Nära */
	targetSource: string;
	/** where the actual value comes from; null when there is none */
	actualSource: string | null;
	status: TargetStatus;
}

export interface IndicatorDashboard {
	county: { slug: string; code: string; name: string; regionId: string };
	indicator: followup.IndicatorDetail;
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
	aggregate: Omit<followup.CountyAggregateResult, 'indicator' | 'county'> | null;
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
	boundaries: contentQ.BoundaryFeature[];
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
	const county = await content.county(db, countyRef);
	if (county.kind !== 'ok') return county;
	const areas = await q.countyAreas(db, county.value.code);
	if (!areas) return notFound(`Länet ${countyRef} finns inte.`);
	const detail = await followup.getIndicator(db, actor, kpi);
	if (detail.kind !== 'ok') return detail;
	const indicator = detail.value;
	if (indicator.countyCode !== null && indicator.countyCode !== county.value.code)
		return notFound(`Nyckeltalet ${kpi} finns inte.`);
	const named: { areaId: string; name: string; kind: AreaSeries['kind'] }[] = [
		...areas.municipalities.map((m) => ({
			areaId: m.id,
			name: m.name,
			kind: 'municipality' as const
		})),
		{ areaId: areas.regionId, name: `${areas.name} (regionen)`, kind: 'region' },
		{ areaId: COUNTRY_ID, name: 'Riket', kind: 'country' }
	];
	const byId = new Map(named.map((a) => [a.areaId, a]));
	const [values, boundaries, targets] = await Promise.all([
		q.measurements(
			db,
			indicator.id,
			named.map((a) => a.areaId),
			ALL_YEARS.from,
			ALL_YEARS.to,
			['T', 'K', 'M']
		),
		options.map === false ? [] : contentQ.municipalityBoundaries(db, county.value.code),
		followup.listTargets(db, actor, county.value.code, indicator.id)
	]);
	const rows = values.map((v) => ({ ...v, ...byId.get(v.areaId)! }));
	const total = rows.filter((r) => r.gender === 'T');
	const years = [...new Set(total.map((r) => r.period))].sort((a, b) => a - b);
	const byKey = new Map(rows.map((r) => [`${r.areaId}|${r.gender}|${r.period}`, r]));
	const series = named.map((a) => ({
		...a,
		values: years.map((y) => byKey.get(`${a.areaId}|T|${y}`)?.value ?? null),
		source: sourceOf(total.filter((r) => r.areaId === a.areaId))
	}));
	const latestPeriod = years.length ? years[years.length - 1]! : null;
	const at = (areaId: string, gender: string, period: number | null) =>
		period === null ? null : (byKey.get(`${areaId}|${gender}|${period}`)?.value ?? null);
	const sourceAt = (areaIds: string[], genders: string[], period: number | null) =>
		sourceOf(
			areaIds.flatMap((a) =>
				genders.flatMap((g) => {
					const r = period === null ? undefined : byKey.get(`${a}|${g}|${period}`);
					return r ? [r] : [];
				})
			)
		);
	const genderPeriods = [
		...new Set(rows.filter((r) => r.gender !== 'T' && r.value !== null).map((r) => r.period))
	].sort((a, b) => a - b);
	const genderPeriod = genderPeriods.length ? genderPeriods[genderPeriods.length - 1]! : null;
	const municipalityIds = areas.municipalities.map((m) => m.id);
	const aggregated =
		indicator.aggregation === 'none'
			? null
			: await followup.countyAggregateOf(
					db,
					indicator,
					areas,
					{
						from: ALL_YEARS.from,
						to: ALL_YEARS.to,
						genders: genderPeriod === null ? ['T'] : ['T', 'K', 'M']
					},
					{ values }
				);
	const aggregate =
		aggregated?.kind === 'ok'
			? (({ indicator: _i, county: _c, ...rest }) => rest)(aggregated.value)
			: null;
	const sources = [...new Set(rows.map((r) => r.source))];
	const targetSource = `Mål: satt av ${county.value.name} i Nära`;
	return ok({
		county: { ...county.value, regionId: areas.regionId },
		indicator,
		years,
		series,
		latestPeriod,
		ranking: rankAreas(
			areas.municipalities.map((m) => ({
				areaId: m.id,
				name: m.name,
				value: at(m.id, 'T', latestPeriod)
			})),
			indicator.direction
		),
		rankingSource: sourceAt(municipalityIds, ['T'], latestPeriod),
		references: named
			.filter((a) => a.kind !== 'municipality')
			.map((a) => ({
				areaId: a.areaId,
				name: a.name,
				value: at(a.areaId, 'T', latestPeriod),
				source: sourceAt([a.areaId], ['T'], latestPeriod)
			})),
		aggregate,
		aggregateNote: aggregate ? null : followup.NOT_AGGREGATABLE,
		gender:
			genderPeriod === null
				? null
				: {
						period: genderPeriod,
						rows: named.map((a) => ({
							areaId: a.areaId,
							name: a.name,
							K: at(a.areaId, 'K', genderPeriod),
							M: at(a.areaId, 'M', genderPeriod)
						})),
						source: sourceAt(
							named.map((a) => a.areaId),
							['K', 'M'],
							genderPeriod
						)
					},
		targets: (targets.kind === 'ok' ? targets.value : []).map((t) => {
			const actual = at(t.areaId, t.gender, t.period);
			return {
				id: t.id,
				areaId: t.areaId,
				name: byId.get(t.areaId)?.name ?? t.areaId,
				period: t.period,
				gender: t.gender as DashboardTarget['gender'],
				target: t.value,
				actual,
				note: t.note,
				visibility: t.visibility,
				revision: t.revision,
				targetSource,
				actualSource: sourceAt([t.areaId], [t.gender], t.period),
				status: targetStatus(t.value, actual, indicator.direction)
			};
		}),
		rows,
		boundaries,
		credit: `Källa: ${sources.length ? sources.join(', ') : KOLADA_SOURCE}`
	});
}

// ——— Behovsbild ———————————————————————————————————————————————————————————

export const AGE_GROUPS = [
	{ key: '0-19', label: '0–19 år' },
	{ key: '20-64', label: '20–64 år' },
	{ key: '65+', label: '65 år och äldre' },
	{ key: '80+', label: '80 år och äldre' }
] as const;

export interface NeedsPicture {
	county: { slug: string; code: string; name: string };
	groups: {
		key: (typeof AGE_GROUPS)[number]['key'];
		label: string;
		rows: { areaId: string; name: string; change: PopulationChange | null }[];
		county: PopulationChange | null;
	}[];
	/** 20–64 per 80+ in the county (sum of its municipalities), per year */
	ratio: { period: number; working: number; oldest: number; value: number }[];
	boundaries: contentQ.BoundaryFeature[];
	credit: string;
}

function sumByPeriod(rows: readonly q.MeasurementRead[]): Point[] {
	const sums = new Map<number, number>();
	for (const r of rows)
		if (r.value !== null) sums.set(r.period, (sums.get(r.period) ?? 0) + r.value);
	return [...sums]
		.map(([period, value]) => ({ period, value }))
		.sort((a, b) => a.period - b.period);
}

/** Population change by age group per municipality (10 years) and the support ratio over time. */
export async function needsPicture(db: Db, countyRef: string): Promise<Outcome<NeedsPicture>> {
	const county = await content.county(db, countyRef);
	if (county.kind !== 'ok') return county;
	const areas = await q.countyAreas(db, county.value.code);
	if (!areas) return notFound(`Länet ${countyRef} finns inte.`);
	const ids = areas.municipalities.map((m) => m.id);
	const [boundaries, ...byGroup] = await Promise.all([
		contentQ.municipalityBoundaries(db, county.value.code),
		...AGE_GROUPS.map((g) =>
			q.measurementsByKoladaId(db, POPULATION_KPI[g.key], ids, ALL_YEARS.from, ALL_YEARS.to, ['T'])
		)
	]);
	const groups = AGE_GROUPS.map((g, i) => {
		const rows = byGroup[i]!;
		return {
			key: g.key,
			label: g.label,
			rows: areas.municipalities.map((m) => ({
				areaId: m.id,
				name: m.name,
				change: populationChange(
					rows.filter((r) => r.areaId === m.id).map((r) => ({ period: r.period, value: r.value }))
				)
			})),
			county: populationChange(sumByPeriod(rows))
		};
	});
	const working = sumByPeriod(byGroup[1]!);
	const oldest = sumByPeriod(byGroup[3]!);
	const oldOf = new Map(oldest.map((p) => [p.period, p.value]));
	const workOf = new Map(working.map((p) => [p.period, p.value]));
	const ratio = supportRatio(working, oldest).map((p) => ({
		period: p.period,
		working: workOf.get(p.period)!,
		oldest: oldOf.get(p.period)!,
		value: p.value!
	}));
	return ok({
		county: { slug: county.value.slug, code: county.value.code, name: county.value.name },
		groups,
		ratio,
		boundaries,
		credit: `Källa: ${SCB_SOURCE}`
	});
}

// ——— Exports ——————————————————————————————————————————————————————————————

const KIND_LABEL: Record<AreaSeries['kind'], string> = {
	municipality: 'Kommun',
	region: 'Region',
	country: 'Riket'
};
const GENDER_LABEL: Record<string, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };

export const EXPORT_HEADERS = [
	'Nyckeltal',
	'Namn',
	'Område-id',
	'Område',
	'Typ',
	'År',
	'Kön',
	'Värde',
	'Källa'
] as const;

/** Every value of an indicator page, one row per area × year × gender, for CSV and XLSX. */
export function exportRows(d: IndicatorDashboard): (string | number | null)[][] {
	const order: Record<AreaSeries['kind'], number> = { municipality: 0, region: 1, country: 2 };
	return [...d.rows]
		.sort(
			(a, b) =>
				order[a.kind] - order[b.kind] ||
				a.name.localeCompare(b.name, 'sv') ||
				a.gender.localeCompare(b.gender) ||
				a.period - b.period
		)
		.map((r) => [
			d.indicator.koladaId ?? String(d.indicator.id),
			d.indicator.title,
			r.areaId,
			r.name,
			KIND_LABEL[r.kind],
			r.period,
			GENDER_LABEL[r.gender] ?? r.gender,
			r.value,
			r.source
		]);
}
