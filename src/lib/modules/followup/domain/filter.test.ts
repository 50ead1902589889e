import { describe, expect, test } from 'vitest';
import {
	describeFilter,
	filterSearch,
	filterState,
	inYears,
	NO_FILTER,
	parseFilter
} from './filter.ts';

const IDS = ['1780', '1784', '1715'];
const parse = (q: string) => parseFilter(new URLSearchParams(q), IDS);

describe('parseFilter', () => {
	test.each([
		['', NO_FILTER],
		['kommun=1780', { ...NO_FILTER, municipalities: ['1780'] }],
		['kommun=1780&kommun=1784&kommun=1780', { ...NO_FILTER, municipalities: ['1780', '1784'] }],
		// all of the county's is no choice at all: the county's own figure
		['kommun=1780&kommun=1784&kommun=1715', NO_FILTER],
		['kommun=', NO_FILTER],
		['kon=kvinnor', { ...NO_FILTER, gender: 'K' }],
		['kon=man', { ...NO_FILTER, gender: 'M' }],
		['kon=totalt', NO_FILTER],
		['fran=2015', { ...NO_FILTER, from: 2015 }],
		['till=2022', { ...NO_FILTER, to: 2022 }],
		['fran= 2015 &till=2015', { ...NO_FILTER, from: 2015, to: 2015 }]
	])('%s is read as given', (q, filter) => {
		const r = parse(q);
		expect(r.errors).toEqual({});
		expect(r.filter).toEqual(filter);
	});

	test.each([
		[
			'kommun=9999',
			'municipalities',
			'Kommuner: välj bland länets kommuner (en eller flera kommuner finns inte i länet).'
		],
		['kon=alla', 'gender', 'Kön: välj totalt, kvinnor eller män.'],
		['fran=tjugo', 'from', 'Från år: skriv ett årtal med fyra siffror, t.ex. 2015.'],
		['fran=15', 'from', 'Från år: skriv ett årtal med fyra siffror, t.ex. 2015.'],
		['till=1800', 'to', 'Till år: årtalet ska vara 1950 eller senare.'],
		['till=9999', 'to', 'Till år: årtalet ska vara 2100 eller tidigare.']
	])('%s is left out and named in Swedish', (q, field, message) => {
		const r = parse(q);
		expect(r.errors).toEqual({ [field]: [message] });
		expect(r.filter).toEqual(NO_FILTER);
	});

	test('a bad filter leaves the good ones in force, and the values given stay for the form', () => {
		const r = parse('kommun=1780&kon=x&fran=2016');
		expect(r.filter).toEqual({ municipalities: ['1780'], gender: 'T', from: 2016, to: null });
		expect(Object.keys(r.errors)).toEqual(['gender']);
		expect(r.values).toEqual({ municipalities: ['1780'], gender: 'x', from: '2016', to: '' });
	});

	test('years the wrong way round are swapped, and it says so', () => {
		const r = parse('fran=2022&till=2015');
		expect(r.filter).toMatchObject({ from: 2015, to: 2022 });
		expect(r.errors.to).toEqual(['Till år: 2015 är före från år 2022; åren har bytt plats.']);
	});

	test('more municipalities than the county has is refused, not looped over', () => {
		const r = parse(Array.from({ length: 50 }, () => 'kommun=1780').join('&'));
		expect(r.errors.municipalities).toEqual(['Kommuner: välj bland länets kommuner.']);
	});
});

describe('filterSearch', () => {
	test.each([
		[NO_FILTER, ''],
		[
			{ municipalities: ['1780', '1784'], gender: 'K' as const, from: 2015, to: 2022 },
			'kommun=1780&kommun=1784&kon=kvinnor&fran=2015&till=2022'
		],
		[{ ...NO_FILTER, gender: 'M' as const }, 'kon=man']
	])('%o → %s, and read back the same', (filter, q) => {
		expect(filterSearch(filter)).toBe(q);
		expect(parse(q).filter).toEqual(filter);
	});
});

test('inYears', () => {
	expect(inYears({ from: 2015, to: 2020 }, 2015)).toBe(true);
	expect(inYears({ from: 2015, to: 2020 }, 2021)).toBe(false);
	expect(inYears({ from: null, to: null }, 1990)).toBe(true);
	expect(inYears({ from: null, to: 2000 }, 2001)).toBe(false);
});

test('describeFilter names the choice in Swedish, municipalities by name in Swedish order', () => {
	const names = new Map([
		['1780', 'Karlstad'],
		['1784', 'Arvika'],
		['1715', 'Kil']
	]);
	expect(describeFilter(NO_FILTER, names)).toBeNull();
	expect(
		describeFilter({ municipalities: ['1780', '1784'], gender: 'K', from: 2015, to: 2022 }, names)
	).toBe('Kvinnor; Arvika och Karlstad; 2015–2022');
	expect(describeFilter({ ...NO_FILTER, from: 2018 }, names)).toBe('från 2018');
});

test('filterState: the filters in force, in words and as a query, and the municipalities by name', () => {
	const s = filterState(new URLSearchParams('kommun=1784&kon=man&fran=x'), [
		{ id: '1780', name: 'Karlstad' },
		{ id: '1784', name: 'Arvika' },
		{ id: '1715', name: 'Kil' }
	]);
	expect(s.search).toBe('kommun=1784&kon=man');
	expect(s.description).toBe('Män; Arvika');
	expect(s.municipalities.map((m) => m.name)).toEqual(['Arvika', 'Karlstad', 'Kil']);
	expect(Object.keys(s.errors)).toEqual(['from']);
});
