import { describe, expect, test } from 'vitest';
import { latestCompletePeriod, valuesIn } from './from-data.ts';

const rows = [
	{ areaId: '1780', period: 2022, value: 10 },
	{ areaId: '1715', period: 2022, value: 5 },
	{ areaId: '1780', period: 2023, value: 11 },
	{ areaId: '1715', period: 2023, value: null },
	{ areaId: '1780', period: 2024, value: 12 }
];

describe('latestCompletePeriod', () => {
	test.each([
		{ areaIds: ['1780', '1715'], expected: 2022 },
		{ areaIds: ['1780'], expected: 2024 },
		// no period has every area: the latest there is
		{ areaIds: ['1780', '1785'], expected: 2024 },
		{ areaIds: [], expected: 2024 }
	])('$areaIds → $expected', ({ areaIds, expected }) => {
		expect(latestCompletePeriod(rows, areaIds)).toBe(expected);
	});

	test('no rows: no period', () => {
		expect(latestCompletePeriod([], ['1780'])).toBeNull();
	});
});

describe('valuesIn', () => {
	test.each([
		{
			period: 2023,
			expected: [
				{ areaId: '1780', value: 11 },
				{ areaId: '1715', value: null }
			]
		},
		{ period: 2020, expected: [] }
	])('$period', ({ period, expected }) => {
		expect(valuesIn(rows, period)).toEqual(expected);
	});
});
