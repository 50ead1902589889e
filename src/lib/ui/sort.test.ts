import { describe, expect, test } from 'vitest';
import { ariaSort, compareValues, nextSort, readSort, sortRows, sortSearch } from './sort.ts';

const COLUMNS = [
	{ key: 'namn', label: 'Namn' },
	{ key: 'varde', label: 'Värde' }
];
const read = (q: string) => readSort(new URLSearchParams(q), COLUMNS);

describe('readSort', () => {
	test.each([
		['', null],
		['sortera=namn', { column: 'namn', order: 'asc' }],
		['sortera=varde&ordning=fallande', { column: 'varde', order: 'desc' }],
		['sortera=varde&ordning=stigande', { column: 'varde', order: 'asc' }]
	])('%s', (q, sort) => expect(read(q)).toEqual({ sort, error: null }));

	test('an unknown column is named, and the table keeps its own order', () => {
		expect(read('sortera=<script>&ordning=fallande')).toEqual({
			sort: null,
			error: 'Tabellen kan inte sorteras efter "<script>": välj en kolumnrubrik (Namn, Värde).'
		});
	});

	test('an unknown order is named, and the column is sorted ascending', () => {
		expect(read('sortera=namn&ordning=upp')).toEqual({
			sort: { column: 'namn', order: 'asc' },
			error: 'Ordningen "upp" finns inte: tabellen sorteras stigande.'
		});
	});
});

test('nextSort: ascending first, then the other way', () => {
	expect(nextSort('namn', null)).toEqual({ column: 'namn', order: 'asc' });
	expect(nextSort('namn', { column: 'namn', order: 'asc' })).toEqual({
		column: 'namn',
		order: 'desc'
	});
	expect(nextSort('namn', { column: 'namn', order: 'desc' })).toEqual({
		column: 'namn',
		order: 'asc'
	});
	expect(nextSort('varde', { column: 'namn', order: 'asc' })).toEqual({
		column: 'varde',
		order: 'asc'
	});
});

test('sortSearch keeps the filters and drops the page number', () => {
	expect(
		sortSearch(new URLSearchParams('kommun=1780&kommun=1784&sida=3'), {
			column: 'varde',
			order: 'desc'
		})
	).toBe('kommun=1780&kommun=1784&sortera=varde&ordning=fallande');
});

describe('compareValues and sortRows', () => {
	const rows = [
		{ name: 'Östra', v: 3 },
		{ name: 'Arvika', v: null },
		{ name: 'Ängelholm', v: 10 },
		{ name: 'Kil', v: 2 },
		{ name: 'Eda', v: 10 }
	];
	const value = (r: (typeof rows)[number], c: string) => (c === 'namn' ? r.name : r.v);
	const names = (sort: Parameters<typeof sortRows>[2]) =>
		sortRows(rows, value, sort).map((r) => r.name);

	test('text in Swedish order (Å, Ä, Ö last)', () => {
		expect(names({ column: 'namn', order: 'asc' })).toEqual([
			'Arvika',
			'Eda',
			'Kil',
			'Ängelholm',
			'Östra'
		]);
	});

	test('numbers as numbers (10 after 2), a missing value last either way, ties in their order', () => {
		expect(names({ column: 'varde', order: 'asc' })).toEqual([
			'Kil',
			'Östra',
			'Ängelholm',
			'Eda',
			'Arvika'
		]);
		expect(names({ column: 'varde', order: 'desc' })).toEqual([
			'Ängelholm',
			'Eda',
			'Östra',
			'Kil',
			'Arvika'
		]);
	});

	test('no sort: as given', () => expect(names(null)).toEqual(rows.map((r) => r.name)));

	test.each([
		['2', '10', -1],
		['b', 'a', 1],
		[null, 'a', 1],
		['', 'a', 1],
		[null, undefined, 0]
	] as const)('compareValues(%s, %s) ascending has the sign %i', (a, b, sign) => {
		expect(Math.sign(compareValues(a, b, 'asc'))).toBe(sign);
	});
});

test('ariaSort: on the sorted column only', () => {
	expect(ariaSort('namn', { column: 'namn', order: 'asc' })).toBe('ascending');
	expect(ariaSort('namn', { column: 'namn', order: 'desc' })).toBe('descending');
	expect(ariaSort('varde', { column: 'namn', order: 'asc' })).toBeUndefined();
	expect(ariaSort('namn', null)).toBeUndefined();
});
