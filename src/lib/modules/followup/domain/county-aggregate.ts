import {
	aggregateSeries,
	changeOver,
	judgeChange,
	type AggregationMethod,
	type Change,
	type Direction,
	type Gender,
	type SeriesPoint,
	type Verdict
} from './aggregate.ts';
import type { PopulationGroup } from './catalogue.ts';
import type { Indicator } from './types.ts';

/** One value of one area, year and gender, as read from the measurements. */
export interface AreaValue {
	areaId: string;
	period: number;
	gender: string;
	value: number | null;
}

export interface CountySeries {
	/** the aggregate per gender and year, from the municipalities' values */
	series: SeriesPoint[];
	/** the change over five years to the latest year, and whether it is for the better, per gender */
	change: { gender: Gender; change: Change | null; verdict: Verdict }[];
	/** K/M values weighted by the total population where the gender's population is not known */
	weightsFromTotal: boolean;
}

/**
 * The county's figure per gender and year from its municipalities' values
 * (summed, or weighted by their population), and its change over five years.
 * A municipality without a value for a year is left out of that year; a
 * gender's value without that gender's population is weighted by the total.
 */
export function countySeries(input: {
	areaIds: readonly string[];
	genders: readonly Gender[];
	method: AggregationMethod;
	direction: Direction;
	values: readonly AreaValue[];
	weights: readonly AreaValue[];
}): CountySeries {
	const { areaIds, genders } = input;
	const key = (r: { areaId: string; period: number; gender: string }) =>
		`${r.areaId}|${r.period}|${r.gender}`;
	const weightOf = new Map(input.weights.map((w) => [key(w), w.value]));
	const valueOf = new Map(input.values.map((v) => [key(v), v.value]));
	const periods = [...new Set(input.values.map((v) => v.period))].sort((a, b) => a - b);
	let weightsFromTotal = false;
	const inputs = periods.flatMap((period) =>
		genders.flatMap((gender) =>
			areaIds.map((areaId) => {
				let weight = weightOf.get(key({ areaId, period, gender }));
				if (weight === undefined && gender !== 'T') {
					weight = weightOf.get(key({ areaId, period, gender: 'T' }));
					if (weight !== undefined) weightsFromTotal = true;
				}
				return {
					period,
					gender,
					areaId,
					value: valueOf.get(key({ areaId, period, gender })) ?? null,
					weight: weight ?? null
				};
			})
		)
	);
	const series = aggregateSeries(inputs, input.method);
	const change = genders.map((gender) => {
		const c = changeOver(
			series.filter((p) => p.gender === gender),
			5
		);
		return { gender, change: c, verdict: judgeChange(c, input.direction) };
	});
	return { series, change, weightsFromTotal };
}

/** The county aggregate of an indicator, as the services answer it. */
export interface CountyAggregateResult {
	indicator: Indicator;
	county: { code: string; name: string; regionId: string };
	method: 'sum' | 'population_weighted';
	/** the population the values are weighted by (or the coverage is measured in) */
	population: { group: PopulationGroup; koladaId: string };
	/** K/M values weighted by the total population where the gender's population is not in Nära */
	weightsFromTotal: boolean;
	/** the aggregate per gender and year, from the municipalities' values */
	series: SeriesPoint[];
	/** the region's own value where the source has one (Kolada computes it for the county) */
	regionValues: { period: number; gender: Gender; value: number | null; source: string }[];
	/** the change over five years to the latest year, and whether it is for the better, per gender */
	change: { gender: Gender; change: Change | null; verdict: Verdict }[];
	credit: string;
}
