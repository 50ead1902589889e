import {
	changeOver,
	judgeChange,
	trendSeries,
	type Change,
	type Direction,
	type Point,
	type Verdict
} from './aggregate.ts';
import type { FocusShift } from '../../../core/vocabulary.ts';

/**
 * The pure rules of the follow-up dashboards: the latest value, rankings,
 * targets reached, population change and the support ratio, each with its
 * table-driven test.
 */

/** The four focus shifts, in the wording of the national vision (SKR/Nära vård). */
export const FOCUS_SHIFTS: { key: FocusShift; title: string }[] = [
	{ key: 'person', title: 'Från organisation till person och relation' },
	{ key: 'co_creator', title: 'Från passiva mottagare till aktiva medskapare' },
	{ key: 'proactive', title: 'Från reaktiva insatser till proaktivt och hälsofrämjande arbete' },
	{ key: 'coordination', title: 'Från isolerade insatser till samordning' }
];

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

/** "Källa: Kolada, SCB via Kolada" for the sources of some values; null when there are none. */
export function sourceOf(rows: readonly { source: string; value: number | null }[]): string | null {
	const sources = [...new Set(rows.filter((r) => r.value !== null).map((r) => r.source))];
	return sources.length ? `Källa: ${sources.join(', ')}` : null;
}

export interface CountyFigure {
	/**
	 * region: Kolada's value for the region; aggregate: made in Nära from the
	 * municipalities; selection: made in Nära from the municipalities chosen;
	 * municipality: the one municipality chosen
	 */
	basis: 'region' | 'aggregate' | 'selection' | 'municipality';
	latest: { period: number; value: number };
	change: Change | null;
	verdict: Verdict;
	/** the last ten years, one point a year */
	trend: Point[];
	credit: string;
}

/** The county's figure of an indicator: its latest value, its change over five years and ten years of trend. */
export function countyFigure(
	points: readonly Point[],
	direction: Direction,
	basis: CountyFigure['basis'],
	credit: string
): CountyFigure | null {
	const last = latest(points);
	if (!last) return null;
	const change = changeOver(points, 5);
	return {
		basis,
		latest: last,
		change,
		verdict: judgeChange(change, direction),
		trend: trendSeries(points, last.period - 9, last.period),
		credit
	};
}
