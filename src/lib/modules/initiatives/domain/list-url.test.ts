import { describe, expect, test } from 'vitest';
import {
	atPage,
	cleared,
	exportQuery,
	filterPairs,
	hasFacets,
	initiativeCount,
	pageWindow,
	queryString,
	toggled,
	withMunicipality,
	withoutSearch,
	type ListFilters
} from './list-url.ts';

const none: ListFilters = {
	q: '',
	organisation: [],
	municipality: [],
	goalArea: [],
	developmentArea: [],
	focusShift: [],
	phase: [],
	level: [],
	goodExample: false,
	page: 1,
	perPage: 20
};
const href = (f: ListFilters) => queryString(filterPairs(f));

describe('query strings of the list', () => {
	test('defaults are left out; values keep a stable order', () => {
		expect(href(none)).toBe('');
		expect(
			href({
				...none,
				q: 'mobila team',
				phase: ['pilot', 'running'],
				municipality: ['1784'],
				goodExample: true,
				page: 3
			})
		).toBe('?q=mobila+team&municipality=1784&phase=pilot&phase=running&goodExample=1&page=3');
		expect(href({ ...none, perPage: 50 })).toBe('?perPage=50');
	});

	test('toggling a facet value adds or removes it and goes back to the first page', () => {
		const f = { ...none, phase: ['pilot'], page: 4 };
		expect(toggled(f, 'phase', 'running')).toMatchObject({ phase: ['pilot', 'running'], page: 1 });
		expect(toggled(f, 'phase', 'pilot')).toMatchObject({ phase: [], page: 1 });
	});

	test('the map narrows to one municipality, and choosing it again widens', () => {
		const f = { ...none, q: 'team', municipality: ['1780', '1784'], page: 2 };
		expect(href(withMunicipality(f, '1737'))).toBe('?q=team&municipality=1737');
		expect(href(withMunicipality({ ...f, municipality: ['1737'] }, '1737'))).toBe('?q=team');
	});

	test('clearing keeps the search; removing the search keeps the facets', () => {
		const f = { ...none, q: 'team', level: ['local'], goodExample: true, page: 2 };
		expect(href(cleared(f))).toBe('?q=team');
		expect(href(withoutSearch(f))).toBe('?level=local&goodExample=1');
		expect(hasFacets(f)).toBe(true);
		expect(hasFacets(cleared(f))).toBe(false);
	});

	test('exports take every page of the same filters', () => {
		expect(exportQuery({ ...none, q: 'a&b', phase: ['pilot'], page: 3, perPage: 5 })).toBe(
			'?q=a%26b&phase=pilot'
		);
		expect(href(atPage(none, 2))).toBe('?page=2');
	});
});

test.each([
	[1, 1, [1]],
	[1, 3, [1, 2, 3]],
	[1, 10, [1, 2, 3, null, 10]],
	[5, 10, [1, 2, 3, 4, 5, 6, 7, null, 10]],
	[6, 12, [1, null, 4, 5, 6, 7, 8, null, 12]],
	[10, 10, [1, null, 8, 9, 10]],
	[4, 20, [1, 2, 3, 4, 5, 6, null, 20]]
])('page %i of %i links %j', (current, last, expected) => {
	expect(pageWindow(current, last)).toEqual(expected);
});

test.each([
	[0, 'inga insatser'],
	[1, '1 insats'],
	[12, '12 insatser'],
	[1500, '1\u00a0500 insatser']
])('%i is "%s"', (n, text) => {
	expect(initiativeCount(n)).toBe(text);
});
