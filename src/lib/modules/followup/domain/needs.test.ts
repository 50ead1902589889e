import { describe, expect, test } from 'vitest';
import { AGE_GROUPS, needsFigures, sumByPeriod } from './needs.ts';

describe('sumByPeriod', () => {
	test.each([
		{ rows: [], expected: [] },
		{
			rows: [
				{ period: 2021, value: 2 },
				{ period: 2020, value: 1 },
				{ period: 2021, value: null },
				{ period: 2021, value: 3 }
			],
			expected: [
				{ period: 2020, value: 1 },
				{ period: 2021, value: 5 }
			]
		}
	])('$expected', ({ rows, expected }) => {
		expect(sumByPeriod(rows)).toEqual(expected);
	});
});

describe('needsFigures', () => {
	const municipalities = [
		{ id: '1780', name: 'Karlstad' },
		{ id: '1715', name: 'Kil' }
	];
	const population = (a: number, b: number) => [
		{ areaId: '1780', period: 2010, value: a },
		{ areaId: '1780', period: 2020, value: a * 2 },
		{ areaId: '1715', period: 2010, value: b },
		{ areaId: '1715', period: 2020, value: b }
	];
	const byGroup = [
		population(10, 10),
		population(300, 100),
		population(50, 50),
		population(50, 50)
	];

	test('each age group per municipality and for the county, over ten years', () => {
		const { groups } = needsFigures(municipalities, byGroup);
		expect(groups.map((g) => g.key)).toEqual(AGE_GROUPS.map((g) => g.key));
		expect(groups[1]!.rows.map((r) => [r.name, r.change?.change, r.change?.percent])).toEqual([
			['Karlstad', 300, 100],
			['Kil', 0, 0]
		]);
		expect(groups[1]!.county).toMatchObject({ fromValue: 400, toValue: 700, change: 300 });
	});

	test('the support ratio: 20–64 per 80+ in the county, per year', () => {
		expect(needsFigures(municipalities, byGroup).ratio).toEqual([
			{ period: 2010, working: 400, oldest: 100, value: 4 },
			{ period: 2020, working: 700, oldest: 150, value: 700 / 150 }
		]);
	});
});
