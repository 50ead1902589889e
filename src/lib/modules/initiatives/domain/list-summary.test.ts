import { describe, expect, test } from 'vitest';
import type { InitiativeList } from '../schema.ts';
import { NO_FILTERS, filterPairs, queryString, type ListFilters } from './list-url.ts';
import { chosenCount, chosenText, filterChips, listSummary, pageRange } from './list-summary.ts';

const none = NO_FILTERS;
const href = (f: ListFilters) => `/lan/varmland/insatser${queryString(filterPairs(f))}`;
const facets = {
	organisation: [],
	municipality: [{ value: '1784', label: 'Arvika', count: 3, selected: true }],
	goalArea: [],
	developmentArea: [],
	focusShift: [],
	phase: [{ value: 'pilot', label: 'Pilot', count: 2, selected: true }],
	level: [],
	goodExample: [{ value: 'true', label: 'Goda exempel', count: 1, selected: false }]
} satisfies InitiativeList['facets'];
const page = (total: number, at = 1, shown = Math.min(total, 20)) => ({
	total,
	page: at,
	perPage: 20,
	matchedAllWords: true,
	items: Array.from({ length: shown })
});

describe('the chosen filters', () => {
	test('counted, "good examples only" as one', () => {
		expect(chosenCount(none)).toBe(0);
		expect(chosenCount({ ...none, phase: ['pilot', 'idea'], goodExample: true })).toBe(3);
		expect(chosenText(1)).toBe(' (1 valt)');
		expect(chosenText(3)).toBe(' (3 valda)');
	});

	test('each a link that removes it, labelled by its group and value', () => {
		const f = { ...none, q: 'team', phase: ['pilot'], municipality: ['9999'], goodExample: true };
		expect(filterChips(f, facets, href)).toEqual([
			{
				label: 'Sökning: ”team”',
				href: '/lan/varmland/insatser?municipality=9999&phase=pilot&goodExample=1'
			},
			{
				label: 'Fas: Pilot',
				href: '/lan/varmland/insatser?q=team&municipality=9999&goodExample=1'
			},
			// an unknown value shows as it is; the legend is cut before its parenthesis
			{ label: 'Kommun: 9999', href: '/lan/varmland/insatser?q=team&phase=pilot&goodExample=1' },
			{
				label: 'Bara goda exempel',
				href: '/lan/varmland/insatser?q=team&municipality=9999&phase=pilot'
			}
		]);
		expect(filterChips(none, facets, href)).toEqual([]);
	});
});

describe('the sentence above the hits', () => {
	test.each([
		[none, page(0), 'Inga insatser är registrerade i Värmland.'],
		[none, page(1), '1 insats är registrerad i Värmland.'],
		[{ ...none, q: 'team' }, page(12), '12 insatser matchar sökningen ”team”.'],
		[
			{ ...none, q: 'team', phase: ['pilot'] },
			page(2),
			'2 insatser matchar sökningen ”team” och de valda filtren.'
		],
		[
			{ ...none, q: 'mobila team' },
			{ ...page(3), matchedAllWords: false },
			'Ingen insats innehåller alla orden i ”mobila team”. 3 insatser innehåller något av dem.'
		],
		[{ ...none, goodExample: true }, page(5), '5 insatser matchar de valda filtren.'],
		[
			{ ...none, page: 2 },
			page(45, 2),
			'45 insatser är registrerade i Värmland. Sidan 2 av 3 visar 21–40.'
		],
		[
			{ ...none, page: 9 },
			page(45, 9, 0),
			'45 insatser är registrerade i Värmland. Sidan 9 finns inte; det finns 3 sidor.'
		],
		[
			{ ...none, page: 4 },
			page(1, 4, 0),
			'1 insats är registrerad i Värmland. Sidan 4 finns inte; det finns 1 sida.'
		]
	])('%o, %o', (f, list, sentence) => {
		expect(listSummary(f, list, 'Värmland')).toBe(sentence);
	});

	test('the page range', () => {
		expect(pageRange(page(0))).toEqual({ lastPage: 1, first: 1, last: 0 });
		expect(pageRange(page(45, 3, 5))).toEqual({ lastPage: 3, first: 41, last: 45 });
	});
});
