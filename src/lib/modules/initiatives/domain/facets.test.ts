import { describe, expect, test } from 'vitest';
import { InitiativeQuery } from '../schema.ts';
import { labelFacets, shorten, type FacetName } from './facets.ts';
import { FACET_PARAMS } from './list-url.ts';

const counts = (values: Partial<Record<FacetName, [string, number][]>>) =>
	Object.fromEntries(
		[...FACET_PARAMS, 'goodExample' as const].map((name) => [name, new Map(values[name] ?? [])])
	) as Record<FacetName, Map<string, number>>;

const orgs = [
	{ id: 1, name: 'Region Värmland', kind: 'region', code: null },
	{ id: 2, name: 'Arvika kommun', kind: 'municipality', code: '1784' },
	{ id: 3, name: 'Eda kommun', kind: 'municipality', code: '1730' },
	{ id: 4, name: 'Föreningen', kind: 'other', code: null }
];

describe('facet values', () => {
	const query = InitiativeQuery.parse({ phase: 'pilot', organisation: '4' });
	const facets = labelFacets(
		counts({
			organisation: [['1', 5]],
			municipality: [['1784', 2]],
			phase: [['pilot', 3]],
			goodExample: [['true', 1]]
		}),
		query,
		orgs
	);

	test('organisations only with initiatives, or chosen', () => {
		expect(facets.organisation).toEqual([
			{ value: '1', label: 'Region Värmland', count: 5, selected: false },
			{ value: '4', label: 'Föreningen', count: 0, selected: true }
		]);
	});

	test('every municipality, a zero too', () => {
		expect(facets.municipality).toEqual([
			{ value: '1784', label: 'Arvika kommun', count: 2, selected: false },
			{ value: '1730', label: 'Eda kommun', count: 0, selected: false }
		]);
	});

	test('the vocabularies whole, with Swedish labels, in their order', () => {
		expect(facets.phase.map((v) => [v.value, v.label, v.count, v.selected])).toEqual([
			['idea', 'Idé', 0, false],
			['planning', 'Planering', 0, false],
			['pilot', 'Pilot', 3, true],
			['scaling', 'Spridning', 0, false],
			['running', 'I drift', 0, false],
			['ended', 'Avslutad', 0, false]
		]);
		expect(facets.goodExample).toEqual([
			{ value: 'true', label: 'Goda exempel', count: 1, selected: false }
		]);
	});
});

describe('shorten', () => {
	test.each([
		['kort text', 20, 'kort text'],
		['en lite längre text med flera ord', 20, 'en lite längre text …'],
		['ettlångtordutanmellanslagalls', 25, 'ettlångtordutanmellanslagalls'.slice(0, 5) + ' …']
	])('%s (%i)', (text, max, out) => {
		expect(shorten(text, max)).toBe(out);
	});
});
