import type { Point } from './aggregate.ts';
import { populationChange, supportRatio, type PopulationChange } from './dashboard.ts';

/** The "Behovsbild": how the population of each age group changes, and who will care for whom. */

export const AGE_GROUPS = [
	{ key: '0-19', label: '0–19 år' },
	{ key: '20-64', label: '20–64 år' },
	{ key: '65+', label: '65 år och äldre' },
	{ key: '80+', label: '80 år och äldre' }
] as const;

export type AgeGroup = (typeof AGE_GROUPS)[number]['key'];

export interface NeedsFigures {
	groups: {
		key: AgeGroup;
		label: string;
		rows: { areaId: string; name: string; change: PopulationChange | null }[];
		county: PopulationChange | null;
	}[];
	/** 20–64 per 80+ in the county (sum of its municipalities), per year */
	ratio: { period: number; working: number; oldest: number; value: number }[];
}

/** The sum of the areas' values per period, in order of period. */
export function sumByPeriod(rows: readonly { period: number; value: number | null }[]): Point[] {
	const sums = new Map<number, number>();
	for (const r of rows)
		if (r.value !== null) sums.set(r.period, (sums.get(r.period) ?? 0) + r.value);
	return [...sums]
		.map(([period, value]) => ({ period, value }))
		.sort((a, b) => a.period - b.period);
}

/**
 * Population change by age group per municipality (10 years) and for the
 * county, and the support ratio over time, from the population of each of
 * `AGE_GROUPS` (in that order) in the municipalities.
 */
export function needsFigures(
	municipalities: readonly { id: string; name: string }[],
	byGroup: readonly (readonly { areaId: string; period: number; value: number | null }[])[]
): NeedsFigures {
	const groups = AGE_GROUPS.map((g, i) => {
		const rows = byGroup[i]!;
		return {
			key: g.key,
			label: g.label,
			rows: municipalities.map((m) => ({
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
	return { groups, ratio };
}
