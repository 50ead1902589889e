import { describe, expect, test } from 'vitest';
import { countyFigure } from './dashboard.ts';
import { exportRows, indicatorView, namedAreas } from './indicator-view.ts';
import type { Target } from './types.ts';

const named = namedAreas({
	name: 'Värmlands län',
	regionId: '0017',
	municipalities: [
		{ id: '1780', name: 'Karlstad' },
		{ id: '1715', name: 'Kil' }
	]
});
const value = (
	areaId: string,
	period: number,
	gender: string,
	v: number | null,
	source = 'Kolada'
) => ({
	areaId,
	period,
	gender,
	value: v,
	source
});
const values = [
	value('1780', 2021, 'T', 5),
	value('1780', 2022, 'T', 6),
	value('1715', 2022, 'T', 8),
	value('0017', 2022, 'T', 7),
	value('0000', 2022, 'T', 6.5, 'SCB via Kolada'),
	value('1780', 2021, 'K', 4),
	value('1780', 2021, 'M', null)
];
const target = (t: Partial<Target>): Target => ({
	id: 1,
	indicatorId: 9,
	countyCode: '17',
	areaId: '1780',
	period: 2022,
	gender: 'T',
	value: 6,
	note: '',
	visibility: 'public',
	revision: 1,
	...t
});

describe('namedAreas', () => {
	test('the municipalities, then the region and Riket', () => {
		expect(named.map((a) => [a.areaId, a.name, a.kind])).toEqual([
			['1780', 'Karlstad', 'municipality'],
			['1715', 'Kil', 'municipality'],
			['0017', 'Värmlands län (regionen)', 'region'],
			['0000', 'Riket', 'country']
		]);
	});
});

describe('indicatorView', () => {
	const view = indicatorView({
		named,
		values,
		direction: 'higher_is_better',
		targets: [
			target({}),
			target({ id: 2, areaId: '1715', value: 9 }),
			target({ id: 3, period: 2030 })
		],
		targetSource: 'Mål: satt av Värmlands län i Nära'
	});

	test('one series per area over the years with a total, each with its source', () => {
		expect(view.years).toEqual([2021, 2022]);
		expect(view.series.map((s) => [s.areaId, s.values, s.source])).toEqual([
			['1780', [5, 6], 'Källa: Kolada'],
			['1715', [null, 8], 'Källa: Kolada'],
			['0017', [null, 7], 'Källa: Kolada'],
			['0000', [null, 6.5], 'Källa: SCB via Kolada']
		]);
		expect(view.latestPeriod).toBe(2022);
	});

	test('the municipalities ranked in the latest year; region and Riket as references', () => {
		expect(view.ranking.map((r) => [r.rank, r.name, r.value])).toEqual([
			[1, 'Kil', 8],
			[2, 'Karlstad', 6]
		]);
		expect(view.rankingSource).toBe('Källa: Kolada');
		expect(view.references.map((r) => [r.areaId, r.value, r.source])).toEqual([
			['0017', 7, 'Källa: Kolada'],
			['0000', 6.5, 'Källa: SCB via Kolada']
		]);
	});

	test('women and men in the latest year with a value for either', () => {
		expect(view.gender?.period).toBe(2021);
		expect(view.gender?.rows[0]).toEqual({ areaId: '1780', name: 'Karlstad', K: 4, M: null });
	});

	test.each([
		{ id: 1, actual: 6, status: 'reached', actualSource: 'Källa: Kolada' },
		{ id: 2, actual: 8, status: 'not_reached', actualSource: 'Källa: Kolada' },
		{ id: 3, actual: null, status: 'no_actual', actualSource: null }
	])(
		'target $id against the value of its area and year',
		({ id, actual, status, actualSource }) => {
			expect(view.targets.find((t) => t.id === id)).toMatchObject({
				actual,
				status,
				actualSource,
				targetSource: 'Mål: satt av Värmlands län i Nära'
			});
		}
	);

	test('no values: no years, no ranking, no gender', () => {
		const empty = indicatorView({
			named,
			values: [],
			direction: 'neither',
			targets: [],
			targetSource: ''
		});
		expect([empty.years, empty.latestPeriod, empty.ranking, empty.gender]).toEqual([
			[],
			null,
			[],
			null
		]);
	});
});

describe('exportRows', () => {
	test('municipalities, region, Riket; by name, gender and year', () => {
		const view = indicatorView({
			named,
			values,
			direction: 'neither',
			targets: [],
			targetSource: ''
		});
		const rows = exportRows({ indicator: { id: 9, koladaId: 'N1', title: 'T' }, rows: view.rows });
		expect(rows.map((r) => [r[3], r[4], r[5], r[6]])).toEqual([
			['Karlstad', 'Kommun', 2021, 'Kvinnor'],
			['Karlstad', 'Kommun', 2021, 'Män'],
			['Karlstad', 'Kommun', 2021, 'Totalt'],
			['Karlstad', 'Kommun', 2022, 'Totalt'],
			['Kil', 'Kommun', 2022, 'Totalt'],
			['Värmlands län (regionen)', 'Region', 2022, 'Totalt'],
			['Riket', 'Riket', 2022, 'Totalt']
		]);
	});
});

describe('countyFigure', () => {
	test.each([
		{ points: [], expected: null },
		{
			points: [
				{ period: 2015, value: 10 },
				{ period: 2020, value: 12 }
			],
			expected: { latest: { period: 2020, value: 12 }, verdict: 'worse', basis: 'region' }
		}
	])('$expected', ({ points, expected }) => {
		const figure = countyFigure(points, 'lower_is_better', 'region', 'Källa: Kolada');
		if (expected === null) expect(figure).toBeNull();
		else {
			expect(figure).toMatchObject(expected);
			expect(figure!.trend).toHaveLength(10);
		}
	});
});
