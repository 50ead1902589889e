import { describe, expect, test } from 'vitest';
import { parseJsonStat2, parseMetadata } from './jsonstat.ts';
import { ageOf, areaIdOf, groupRows } from './population.ts';

// the shape PxWeb's JSON-stat 2.0 serializer writes (statisticssweden/PxWeb,
// UnitTests/JsonStat2), cut to two regions, two ages and one year
const dataset = {
	version: '2.0',
	class: 'dataset',
	label: 'Folkmängden efter region, ålder och år',
	source: 'SCB',
	updated: '2025-02-21T07:00:00Z',
	role: { time: ['Tid'], metric: ['ContentsCode'] },
	id: ['Region', 'Alder', 'ContentsCode', 'Tid'],
	size: [2, 2, 1, 1],
	dimension: {
		Region: {
			label: 'region',
			category: {
				index: { '17': 0, '1780': 1 },
				label: { '17': 'Värmlands län', '1780': 'Karlstad' }
			}
		},
		Alder: {
			label: 'ålder',
			category: { index: { '80': 0, '100+': 1 }, label: { '80': '80 år', '100+': '100+ år' } }
		},
		ContentsCode: {
			label: 'tabellinnehåll',
			category: {
				index: { BE0101N1: 0 },
				label: { BE0101N1: 'Folkmängd' },
				unit: { BE0101N1: { base: 'antal', decimals: 0 } }
			}
		},
		Tid: { label: 'år', category: { index: { '2024': 0 }, label: { '2024': '2024' } } }
	},
	value: [3000, 40, 1200, null]
};

describe('parseJsonStat2', () => {
	test('row-major cells: the last dimension varies fastest; null stays null', () => {
		const r = parseJsonStat2(dataset);
		if (!r.ok) throw new Error(r.problem);
		expect(r.value.updated).toBe('2025-02-21T07:00:00Z');
		expect(r.value.cells.map((c) => [c.codes.Region, c.codes.Alder, c.value])).toEqual([
			['17', '80', 3000],
			['17', '100+', 40],
			['1780', '80', 1200],
			['1780', '100+', null]
		]);
	});

	test('values as an object keyed by position (JSON-stat’s sparse form), index as an array', () => {
		const sparse = {
			...dataset,
			dimension: { ...dataset.dimension, Region: { category: { index: ['17', '1780'] } } },
			value: { '0': 3000, '2': 1200 }
		};
		const r = parseJsonStat2(sparse);
		if (!r.ok) throw new Error(r.problem);
		expect(r.value.cells.map((c) => c.value)).toEqual([3000, null, 1200, null]);
	});

	test.each([
		['not a dataset', { ...dataset, class: 'collection' }, /class/],
		[
			'too few values',
			{ ...dataset, value: [1, 2, 3] },
			/"value" har 3 värden men dimensionerna ger 4/
		],
		['a value that is text', { ...dataset, value: [1, 2, '..', 4] }, /värde 3 är inget tal/],
		[
			'an index that does not fit',
			{ ...dataset, size: [3, 2, 1, 1] },
			/dimensionen Region har inte 3 kategorier/
		]
	])('%s is refused with the reason', (_, body, reason) => {
		const r = parseJsonStat2(body);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problem).toMatch(reason);
	});
});

describe('parseMetadata and the age groups', () => {
	test('variables with their codes; texts default to the codes', () => {
		const r = parseMetadata({
			title: 'T',
			variables: [{ code: 'Tid', text: 'år', values: ['2024'], time: true }]
		});
		expect(r).toEqual({
			ok: true,
			value: {
				title: 'T',
				variables: [
					{
						code: 'Tid',
						text: 'år',
						values: ['2024'],
						valueTexts: ['2024'],
						elimination: false,
						time: true
					}
				]
			}
		});
		expect(parseMetadata({ title: 'T' }).ok).toBe(false);
	});

	test.each([
		['0', 0],
		['64', 64],
		['100+', 100],
		['tot', null],
		['-1', null]
	])('age code %s → %s', (code, age) => expect(ageOf(code)).toBe(age));

	test.each([
		['00', '0000'],
		['17', '0017'],
		['1780', '1780'],
		['17X', null]
	])('SCB region %s → area %s', (code, area) => expect(areaIdOf(code)).toBe(area));

	test('a group with a missing cell is left out, not summed short', () => {
		const r = parseJsonStat2(dataset);
		if (!r.ok) throw new Error(r.problem);
		const rows = groupRows(r.value);
		expect(rows.filter((x) => x.ageGroup === '80+')).toEqual([
			{ areaId: '0017', ageGroup: '80+', year: 2024, value: 3040 }
		]);
	});
});
