import { describe, expect, test } from 'vitest';
import {
	aggregate,
	aggregateByGender,
	aggregateSeries,
	changeOver,
	judgeChange,
	trendSeries,
	type AreaInput,
	type Change,
	type Direction,
	type Verdict
} from './aggregate.ts';

const area = (areaId: string, value: number | null, weight: number | null): AreaInput => ({
	areaId,
	value,
	weight
});

describe('aggregate: a county figure from its municipalities', () => {
	test.each([
		{
			name: 'rates are weighted by population, not averaged (unweighted mean would be 15)',
			method: 'population_weighted' as const,
			rows: [area('A', 10, 100), area('B', 20, 300)],
			value: 17.5, // (10×100 + 20×300) / 400
			included: 2,
			covered: 400,
			total: 400,
			coverage: 1,
			leftOut: []
		},
		{
			name: 'a missing value is left out, never counted as zero',
			method: 'population_weighted' as const,
			rows: [area('A', 10, 100), area('B', 20, 300), area('C', null, 100)],
			value: 17.5,
			included: 2,
			covered: 400,
			total: 500,
			coverage: 0.8,
			leftOut: [{ areaId: 'C', reason: 'missing_value' }]
		},
		{
			name: 'a rate without a known population is left out',
			method: 'population_weighted' as const,
			rows: [area('A', 10, 100), area('B', 20, 300), area('D', 50, null), area('E', 40, 0)],
			value: 17.5,
			included: 2,
			covered: 400,
			total: 400,
			coverage: 1,
			leftOut: [
				{ areaId: 'D', reason: 'missing_weight' },
				{ areaId: 'E', reason: 'missing_weight' }
			]
		},
		{
			name: 'three municipalities, real-sized: (4.2×1200 + 6.0×800 + 5.1×2000) / 4000',
			method: 'population_weighted' as const,
			rows: [area('1715', 4.2, 1200), area('1730', 6.0, 800), area('1780', 5.1, 2000)],
			value: 5.01, // (5040 + 4800 + 10200) / 4000 = 20040 / 4000
			included: 3,
			covered: 4000,
			total: 4000,
			coverage: 1,
			leftOut: []
		},
		{
			name: 'counts are summed; the missing area lowers the coverage',
			method: 'sum' as const,
			rows: [area('A', 5, 1000), area('B', 7, 3000), area('C', null, 1000)],
			value: 12,
			included: 2,
			covered: 4000,
			total: 5000,
			coverage: 0.8,
			leftOut: [{ areaId: 'C', reason: 'missing_value' }]
		},
		{
			name: 'a count needs no weight to be summed',
			method: 'sum' as const,
			rows: [area('A', 5, null), area('B', 7, 3000)],
			value: 12,
			included: 2,
			covered: 3000,
			total: 3000,
			coverage: 1,
			leftOut: []
		},
		{
			name: 'a zero is a value, not a gap',
			method: 'sum' as const,
			rows: [area('A', 0, 100), area('B', 0, 100)],
			value: 0,
			included: 2,
			covered: 200,
			total: 200,
			coverage: 1,
			leftOut: []
		},
		{
			name: 'no area with a value: the county figure is missing too',
			method: 'population_weighted' as const,
			rows: [area('A', null, 100), area('B', null, 300)],
			value: null,
			included: 0,
			covered: 0,
			total: 400,
			coverage: 0,
			leftOut: [
				{ areaId: 'A', reason: 'missing_value' },
				{ areaId: 'B', reason: 'missing_value' }
			]
		},
		{
			name: 'no weights at all: no coverage can be given',
			method: 'sum' as const,
			rows: [area('A', 3, null)],
			value: 3,
			included: 1,
			covered: 0,
			total: 0,
			coverage: null,
			leftOut: []
		},
		{
			name: 'no areas',
			method: 'sum' as const,
			rows: [],
			value: null,
			included: 0,
			covered: 0,
			total: 0,
			coverage: null,
			leftOut: []
		}
	])('$name', ({ method, rows, value, included, covered, total, coverage, leftOut }) => {
		const result = aggregate(rows, method);
		if (value === null) expect(result.value).toBeNull();
		else expect(result.value).toBeCloseTo(value, 10);
		expect(result).toMatchObject({
			method,
			areas: rows.length,
			areasIncluded: included,
			populationCovered: covered,
			populationTotal: total,
			leftOut
		});
		if (coverage === null) expect(result.coverage).toBeNull();
		else expect(result.coverage).toBeCloseTo(coverage, 10);
	});
});

describe('aggregateByGender', () => {
	test('each gender is weighted by its own population', () => {
		const result = aggregateByGender(
			[
				{ gender: 'K', areaId: 'A', value: 10, weight: 60 },
				{ gender: 'K', areaId: 'B', value: 30, weight: 40 },
				{ gender: 'M', areaId: 'A', value: 20, weight: 40 },
				{ gender: 'M', areaId: 'B', value: 40, weight: 60 },
				{ gender: 'T', areaId: 'A', value: 15, weight: 100 },
				{ gender: 'T', areaId: 'B', value: 35, weight: 100 }
			],
			'population_weighted'
		);
		expect(result.K?.value).toBeCloseTo(18, 10); // (600 + 1200) / 100
		expect(result.M?.value).toBeCloseTo(32, 10); // (800 + 2400) / 100
		expect(result.T?.value).toBeCloseTo(25, 10); // (1500 + 3500) / 200
	});

	test('a gender with a missing value keeps its gap; the others are not affected', () => {
		const result = aggregateByGender(
			[
				{ gender: 'K', areaId: 'A', value: null, weight: 60 },
				{ gender: 'K', areaId: 'B', value: 30, weight: 40 },
				{ gender: 'M', areaId: 'A', value: 20, weight: 40 },
				{ gender: 'M', areaId: 'B', value: 40, weight: 60 }
			],
			'population_weighted'
		);
		expect(result.K).toMatchObject({ value: 30, areasIncluded: 1, coverage: 0.4 });
		expect(result.K?.leftOut).toEqual([{ areaId: 'A', reason: 'missing_value' }]);
		expect(result.M?.value).toBeCloseTo(32, 10);
		expect(result.T).toBeUndefined();
	});
});

describe('aggregateSeries', () => {
	test('one point per gender and period, ordered T, K, M and by period', () => {
		const series = aggregateSeries(
			[
				{ period: 2021, gender: 'K', areaId: 'A', value: 4, weight: 1 },
				{ period: 2020, gender: 'T', areaId: 'A', value: 2, weight: 1 },
				{ period: 2020, gender: 'T', areaId: 'B', value: 3, weight: 1 },
				{ period: 2019, gender: 'T', areaId: 'A', value: null, weight: 1 }
			],
			'sum'
		);
		expect(series.map((p) => [p.gender, p.period, p.value])).toEqual([
			['T', 2019, null],
			['T', 2020, 5],
			['K', 2021, 4]
		]);
	});
});

describe('trendSeries', () => {
	test('missing years are there as gaps, not bridged', () => {
		expect(
			trendSeries([
				{ period: 2018, value: 1 },
				{ period: 2020, value: 3 },
				{ period: 2021, value: null }
			])
		).toEqual([
			{ period: 2018, value: 1 },
			{ period: 2019, value: null },
			{ period: 2020, value: 3 },
			{ period: 2021, value: null }
		]);
	});

	test('the years asked for, even beyond the data', () => {
		expect(trendSeries([{ period: 2020, value: 3 }], 2019, 2021)).toEqual([
			{ period: 2019, value: null },
			{ period: 2020, value: 3 },
			{ period: 2021, value: null }
		]);
		expect(trendSeries([])).toEqual([]);
	});
});

describe('changeOver: the change over five years', () => {
	const series = [
		{ period: 2016, value: 12 },
		{ period: 2017, value: 10 },
		{ period: 2020, value: 11 },
		{ period: 2022, value: 8 },
		{ period: 2023, value: null }
	];

	test('from the latest year with a value back five years', () => {
		expect(changeOver(series)).toEqual({
			fromPeriod: 2017,
			toPeriod: 2022,
			fromValue: 10,
			toValue: 8,
			change: -2,
			relativeChange: -0.2
		});
	});

	test('a missing end gives no change (never the neighbouring year)', () => {
		expect(changeOver(series, 5, 2021)).toBeNull();
		expect(changeOver(series, 5, 2023)).toBeNull();
		expect(changeOver([])).toBeNull();
	});

	test('other spans, and a start at zero has no relative change', () => {
		expect(changeOver(series, 4, 2020)).toMatchObject({ fromPeriod: 2016, change: -1 });
		expect(
			changeOver(
				[
					{ period: 2015, value: 0 },
					{ period: 2020, value: 4 }
				],
				5
			)
		).toMatchObject({ change: 4, relativeChange: null });
	});
});

describe('judgeChange', () => {
	const change = (fromValue: number, toValue: number): Change => ({
		fromPeriod: 2017,
		toPeriod: 2022,
		fromValue,
		toValue,
		change: toValue - fromValue,
		relativeChange: null
	});
	test.each<[string, Change | null, Direction, number, Verdict]>([
		['fewer fall injuries, lower is better', change(5518, 5200), 'lower_is_better', 0, 'better'],
		['more fall injuries, lower is better', change(5200, 5518), 'lower_is_better', 0, 'worse'],
		['more trust, higher is better', change(61, 69), 'higher_is_better', 0, 'better'],
		['less trust, higher is better', change(69, 61), 'higher_is_better', 0, 'worse'],
		['no change', change(40, 40), 'higher_is_better', 0, 'unchanged'],
		['rounding noise is no change', change(0.1 + 0.2, 0.3), 'lower_is_better', 0, 'unchanged'],
		['within the tolerance', change(40, 40.4), 'higher_is_better', 0.5, 'unchanged'],
		['beyond the tolerance', change(40, 41), 'higher_is_better', 0.5, 'better'],
		['no direction: no verdict', change(10, 20), 'neither', 0, 'no_direction'],
		['no change to judge', null, 'higher_is_better', 0, 'unknown']
	])('%s', (_, c, direction, tolerance, verdict) => {
		expect(judgeChange(c, direction, tolerance)).toBe(verdict);
	});
});
