import { describe, expect, test } from 'vitest';
import {
	latest,
	populationChange,
	rankAreas,
	supportRatio,
	targetStatus
} from '../domain/dashboard.ts';

describe('latest', () => {
	test.each([
		{ points: [], expected: null },
		{ points: [{ period: 2020, value: null }], expected: null },
		{
			points: [
				{ period: 2021, value: 3 },
				{ period: 2022, value: null },
				{ period: 2019, value: 9 }
			],
			expected: { period: 2021, value: 3 }
		}
	])('$expected', ({ points, expected }) => {
		expect(latest(points)).toEqual(expected);
	});
});

describe('rankAreas', () => {
	const rows = [
		{ areaId: '1780', name: 'Karlstad', value: 5 },
		{ areaId: '1715', name: 'Kil', value: 7 },
		{ areaId: '1730', name: 'Eda', value: null },
		{ areaId: '1737', name: 'Torsby', value: 5 },
		{ areaId: '1760', name: 'Storfors', value: 2 }
	];
	test('higher is better: highest first, ties share a rank, missing values left out', () => {
		expect(rankAreas(rows, 'higher_is_better').map((r) => [r.rank, r.name])).toEqual([
			[1, 'Kil'],
			[2, 'Karlstad'],
			[2, 'Torsby'],
			[4, 'Storfors']
		]);
	});
	test('lower is better: lowest first', () => {
		expect(rankAreas(rows, 'lower_is_better').map((r) => r.name)).toEqual([
			'Storfors',
			'Karlstad',
			'Torsby',
			'Kil'
		]);
	});
	test('no direction: highest first', () => {
		expect(rankAreas(rows, 'neither')[0]).toEqual({
			rank: 1,
			areaId: '1715',
			name: 'Kil',
			value: 7
		});
	});
});

describe('supportRatio', () => {
	test('working-age people per person 80+, only for years with both and no division by zero', () => {
		expect(
			supportRatio(
				[
					{ period: 2021, value: 300 },
					{ period: 2020, value: 400 },
					{ period: 2022, value: 100 },
					{ period: 2023, value: null }
				],
				[
					{ period: 2020, value: 100 },
					{ period: 2021, value: 120 },
					{ period: 2022, value: 0 },
					{ period: 2023, value: 10 }
				]
			)
		).toEqual([
			{ period: 2020, value: 4 },
			{ period: 2021, value: 2.5 }
		]);
	});
});

describe('populationChange', () => {
	test('ten years back from the latest year, in per cent', () => {
		expect(
			populationChange([
				{ period: 2012, value: 200 },
				{ period: 2017, value: 210 },
				{ period: 2022, value: 250 }
			])
		).toEqual({
			fromPeriod: 2012,
			toPeriod: 2022,
			fromValue: 200,
			toValue: 250,
			change: 50,
			percent: 25
		});
	});
	test('no value ten years before: no change', () => {
		expect(populationChange([{ period: 2022, value: 250 }])).toBeNull();
	});
	test('from zero: the change without a percentage', () => {
		expect(
			populationChange([
				{ period: 2010, value: 0 },
				{ period: 2020, value: 4 }
			])?.percent
		).toBeNull();
	});
});

describe('targetStatus', () => {
	test.each([
		{ target: 10, actual: 12, direction: 'higher_is_better', expected: 'reached' },
		{ target: 10, actual: 10, direction: 'higher_is_better', expected: 'reached' },
		{ target: 10, actual: 9.9, direction: 'higher_is_better', expected: 'not_reached' },
		{ target: 10, actual: 8, direction: 'lower_is_better', expected: 'reached' },
		{ target: 10, actual: 10, direction: 'lower_is_better', expected: 'reached' },
		{ target: 10, actual: 10.1, direction: 'lower_is_better', expected: 'not_reached' },
		{ target: 10, actual: null, direction: 'lower_is_better', expected: 'no_actual' },
		{ target: 10, actual: 12, direction: 'neither', expected: 'no_direction' }
	] as const)(
		'$actual against $target, $direction: $expected',
		({ target, actual, direction, expected }) => {
			expect(targetStatus(target, actual, direction)).toBe(expected);
		}
	);
});
