/**
 * A county's figure made from its municipalities' figures, and how it
 * changed. Pure: the caller gives every area of the county with its value
 * and its weight (the population the value is per), and gets back the
 * aggregate with how much of the population it covers.
 *
 *   sum                  counts: Σ value. The weights only say how much of
 *                        the population the areas with a value hold.
 *   population_weighted  rates and shares: Σ value × weight / Σ weight, over
 *                        the areas that have both a value and a weight.
 *                        Rates are never averaged unweighted.
 *
 * A missing value stays missing: it is left out, never counted as zero, and
 * the result lists it. When no area contributes, the value is null.
 */

export type Gender = 'T' | 'K' | 'M';
export type AggregationMethod = 'sum' | 'population_weighted';
export type Direction = 'higher_is_better' | 'lower_is_better' | 'neither';

export interface AreaInput {
	areaId: string;
	value: number | null;
	/** the population the value is per (for a rate) or the area's population (for a count) */
	weight: number | null;
}

export interface LeftOut {
	areaId: string;
	reason: 'missing_value' | 'missing_weight';
}

export interface CountyAggregate {
	value: number | null;
	method: AggregationMethod;
	/** areas given */
	areas: number;
	/** areas whose value is in the result */
	areasIncluded: number;
	/** population of the areas in the result (those with a known weight) */
	populationCovered: number;
	/** population of all the areas given (those with a known weight) */
	populationTotal: number;
	/** populationCovered / populationTotal; null when no weight is known */
	coverage: number | null;
	leftOut: LeftOut[];
}

const known = (n: number | null): n is number => n !== null && Number.isFinite(n);
const knownWeight = (w: number | null): w is number => known(w) && w >= 0;

export function aggregate(rows: readonly AreaInput[], method: AggregationMethod): CountyAggregate {
	let sum = 0;
	let weighted = 0;
	let weights = 0;
	let included = 0;
	let covered = 0;
	let total = 0;
	let anyWeight = false;
	const leftOut: LeftOut[] = [];
	for (const r of rows) {
		if (knownWeight(r.weight)) {
			total += r.weight;
			anyWeight = true;
		}
		if (!known(r.value)) {
			leftOut.push({ areaId: r.areaId, reason: 'missing_value' });
			continue;
		}
		if (method === 'sum') {
			sum += r.value;
			included++;
			if (knownWeight(r.weight)) covered += r.weight;
			continue;
		}
		// a rate of an area with no population in the group cannot be weighted
		if (!knownWeight(r.weight) || r.weight === 0) {
			leftOut.push({ areaId: r.areaId, reason: 'missing_weight' });
			continue;
		}
		weighted += r.value * r.weight;
		weights += r.weight;
		included++;
		covered += r.weight;
	}
	const value =
		method === 'sum' ? (included > 0 ? sum : null) : weights > 0 ? weighted / weights : null;
	return {
		value,
		method,
		areas: rows.length,
		areasIncluded: included,
		populationCovered: covered,
		populationTotal: total,
		coverage: anyWeight && total > 0 ? covered / total : null,
		leftOut
	};
}

export interface GenderAreaInput extends AreaInput {
	gender: Gender;
}

/**
 * One aggregate per gender (T, K, M), each from that gender's values and
 * weights: women's rates are weighted by the women's population, and so on.
 */
export function aggregateByGender(
	rows: readonly GenderAreaInput[],
	method: AggregationMethod
): Partial<Record<Gender, CountyAggregate>> {
	const byGender = new Map<Gender, AreaInput[]>();
	for (const r of rows) {
		const list = byGender.get(r.gender) ?? [];
		list.push(r);
		byGender.set(r.gender, list);
	}
	const out: Partial<Record<Gender, CountyAggregate>> = {};
	for (const gender of ['T', 'K', 'M'] as const) {
		const list = byGender.get(gender);
		if (list) out[gender] = aggregate(list, method);
	}
	return out;
}

export interface PeriodAreaInput extends GenderAreaInput {
	period: number;
}

export interface SeriesPoint extends CountyAggregate {
	period: number;
	gender: Gender;
}

/** The aggregate for every period and gender given, ordered by gender (T, K, M), then period. */
export function aggregateSeries(
	rows: readonly PeriodAreaInput[],
	method: AggregationMethod
): SeriesPoint[] {
	const groups = new Map<string, { period: number; gender: Gender; rows: AreaInput[] }>();
	for (const r of rows) {
		const key = `${r.gender}:${r.period}`;
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { period: r.period, gender: r.gender, rows: [] }));
		g.rows.push(r);
	}
	const order: Record<Gender, number> = { T: 0, K: 1, M: 2 };
	return [...groups.values()]
		.sort((a, b) => order[a.gender] - order[b.gender] || a.period - b.period)
		.map((g) => ({ period: g.period, gender: g.gender, ...aggregate(g.rows, method) }));
}

export interface Point {
	period: number;
	value: number | null;
}

/**
 * A series with one point per year from its first to its last year (or the
 * years asked for): a year without a value is there with null, so a chart
 * shows a gap rather than a line across it.
 */
export function trendSeries(points: readonly Point[], from?: number, to?: number): Point[] {
	const values = new Map<number, number | null>();
	for (const p of points) values.set(p.period, known(p.value) ? p.value : null);
	const periods = [...values.keys()];
	if (periods.length === 0 && (from === undefined || to === undefined)) return [];
	const first = from ?? periods.reduce((a, b) => Math.min(a, b));
	const last = to ?? periods.reduce((a, b) => Math.max(a, b));
	const out: Point[] = [];
	for (let period = first; period <= last; period++)
		out.push({ period, value: values.get(period) ?? null });
	return out;
}

export interface Change {
	fromPeriod: number;
	toPeriod: number;
	fromValue: number;
	toValue: number;
	/** toValue − fromValue */
	change: number;
	/** change / |fromValue|; null when fromValue is 0 */
	relativeChange: number | null;
}

/**
 * The change over `years` years up to `toPeriod` (default: the latest
 * period with a value). Null when either end has no value: a gap is never
 * bridged by a neighbouring year.
 */
export function changeOver(points: readonly Point[], years = 5, toPeriod?: number): Change | null {
	const values = new Map<number, number>();
	for (const p of points) if (known(p.value)) values.set(p.period, p.value);
	const to =
		toPeriod ?? (values.size ? [...values.keys()].reduce((a, b) => Math.max(a, b)) : undefined);
	if (to === undefined) return null;
	const toValue = values.get(to);
	const fromValue = values.get(to - years);
	if (toValue === undefined || fromValue === undefined) return null;
	const change = toValue - fromValue;
	return {
		fromPeriod: to - years,
		toPeriod: to,
		fromValue,
		toValue,
		change,
		relativeChange: fromValue === 0 ? null : change / Math.abs(fromValue)
	};
}

export type Verdict = 'better' | 'worse' | 'unchanged' | 'no_direction' | 'unknown';

/**
 * Whether a change is for the better, by the indicator's direction. A change
 * within `tolerance` (in the indicator's unit; default: none beyond rounding
 * noise) is unchanged; an indicator with no direction has no verdict.
 */
export function judgeChange(change: Change | null, direction: Direction, tolerance = 0): Verdict {
	if (!change) return 'unknown';
	const noise = 1e-9 * Math.max(Math.abs(change.fromValue), Math.abs(change.toValue), 1);
	if (Math.abs(change.change) <= Math.max(tolerance, noise)) return 'unchanged';
	if (direction === 'neither') return 'no_direction';
	const up = change.change > 0;
	return up === (direction === 'higher_is_better') ? 'better' : 'worse';
}
