import { describe, expect, test } from 'vitest';
import { countySeries, type AreaValue } from './county-aggregate.ts';

const v = (areaId: string, period: number, gender: string, value: number | null): AreaValue => ({
	areaId,
	period,
	gender,
	value
});

describe('countySeries', () => {
	test('sums counts per year, leaving out a municipality without a value', () => {
		const r = countySeries({
			areaIds: ['1780', '1715'],
			genders: ['T'],
			method: 'sum',
			direction: 'higher_is_better',
			values: [v('1780', 2020, 'T', 10), v('1715', 2020, 'T', 5), v('1780', 2021, 'T', 12)],
			weights: [v('1780', 2020, 'T', 100), v('1715', 2020, 'T', 50)]
		});
		expect(r.series.map((p) => [p.period, p.gender, p.value, p.areasIncluded])).toEqual([
			[2020, 'T', 15, 2],
			[2021, 'T', 12, 1]
		]);
		expect(r.weightsFromTotal).toBe(false);
	});

	test.each([
		{ weights: [v('1780', 2020, 'K', 100), v('1715', 2020, 'K', 300)], fromTotal: false },
		{ weights: [v('1780', 2020, 'T', 100), v('1715', 2020, 'T', 300)], fromTotal: true }
	])('weights a rate by population (from the total: $fromTotal)', ({ weights, fromTotal }) => {
		const r = countySeries({
			areaIds: ['1780', '1715'],
			genders: ['K'],
			method: 'population_weighted',
			direction: 'neither',
			values: [v('1780', 2020, 'K', 10), v('1715', 2020, 'K', 20)],
			weights
		});
		expect(r.series).toHaveLength(1);
		expect(r.series[0]!.value).toBeCloseTo(17.5);
		expect(r.weightsFromTotal).toBe(fromTotal);
	});

	test.each([
		{ direction: 'higher_is_better' as const, verdict: 'better' },
		{ direction: 'lower_is_better' as const, verdict: 'worse' },
		{ direction: 'neither' as const, verdict: 'no_direction' }
	])('judges the change over five years ($direction)', ({ direction, verdict }) => {
		const r = countySeries({
			areaIds: ['1780'],
			genders: ['T'],
			method: 'sum',
			direction,
			values: [v('1780', 2015, 'T', 10), v('1780', 2020, 'T', 20)],
			weights: []
		});
		expect(r.change).toEqual([
			{ gender: 'T', change: expect.objectContaining({ change: 10 }), verdict }
		]);
	});
});
