import { describe, expect, test } from 'vitest';
import {
	chunk,
	dataRequestUrls,
	describeIssue,
	normaliseBaseUrl,
	parseDataPage,
	parseKpiPage,
	parseMunicipalityPage,
	queryProblems,
	resolveNextUrl
} from './normalise.ts';

const BASE = 'https://api.kolada.se/v3';

/** A data object as rKolada's v3 mocks and the v2 README describe it. */
function object(values: unknown[], over: Record<string, unknown> = {}) {
	return { kpi: 'N20402', municipality: '1780', period: 2022, values, ...over };
}

describe('parseDataPage', () => {
	test('one row per gender, with ids, period and value kept as Kolada sent them', () => {
		const page = parseDataPage({
			count: 1,
			values: [
				object([
					{ gender: 'T', count: 1, status: '', value: 7212.5 },
					{ gender: 'K', count: 1, status: '', value: 7633.9 },
					{ gender: 'M', count: 1, status: '', value: 6627.4 }
				])
			],
			next_url: null,
			previous_url: null
		});
		expect(page).toEqual({
			ok: true,
			count: 1,
			nextUrl: null,
			items: [
				{
					kpi: 'N20402',
					areaId: '1780',
					period: 2022,
					gender: 'T',
					value: 7212.5,
					count: 1,
					status: null
				},
				{
					kpi: 'N20402',
					areaId: '1780',
					period: 2022,
					gender: 'K',
					value: 7633.9,
					count: 1,
					status: null
				},
				{
					kpi: 'N20402',
					areaId: '1780',
					period: 2022,
					gender: 'M',
					value: 6627.4,
					count: 1,
					status: null
				}
			]
		});
	});

	test.each([
		['null', { gender: 'T', count: 0, status: 'Missing', value: null }, 'Missing'],
		['absent', { gender: 'T', status: 'Missing' }, 'Missing'],
		['null with no status', { gender: 'T', value: null, status: null }, null]
	])('a missing value (%s) stays null, never 0', (_, value, status) => {
		const page = parseDataPage({ values: [object([value])], next_url: null });
		expect(page.ok && page.items[0]).toMatchObject({ value: null, status });
	});

	test('zero is a value, not a missing one', () => {
		const page = parseDataPage({ values: [object([{ gender: 'T', value: 0 }])] });
		expect(page.ok && page.items[0]?.value).toBe(0);
	});

	test.each([
		['a year as text (v2 README)', { period: '2021' }, { period: 2021 }],
		['a value as text', { values: [{ gender: 'T', value: '6.213' }] }, { value: 6.213 }]
	])('accepts %s', (_, over, expected) => {
		const page = parseDataPage({ values: [object([{ gender: 'T', value: 1 }], over)] });
		expect(page.ok && page.items[0]).toMatchObject(expected);
	});

	test.each([
		['isdeleted', { isdeleted: true }],
		['is_deleted as 1', { is_deleted: 1 }]
	])('leaves out values marked deleted (%s)', (_, flag) => {
		const page = parseDataPage({
			values: [
				object([
					{ gender: 'T', value: null, ...flag },
					{ gender: 'K', value: 3, isdeleted: false }
				])
			]
		});
		expect(page.ok && page.items.map((r) => r.gender)).toEqual(['K']);
	});

	test.each([
		['next_url', { next_url: `${BASE}/data/x?page=2` }, `${BASE}/data/x?page=2`],
		['next_page (the v2 name)', { next_page: `${BASE}/data/x?page=2` }, `${BASE}/data/x?page=2`],
		['an empty next_url', { next_url: '' }, null],
		['no next field', {}, null]
	])('reads the next page from %s', (_, paging, expected) => {
		const page = parseDataPage({ values: [], ...paging });
		expect(page.ok && page.nextUrl).toBe(expected);
	});

	test.each([
		[
			'not an object',
			'Internal Server Error',
			'svaret: väntade ett objekt, fick "Internal Server Error"'
		],
		['no values', { count: 0 }, 'values: väntade en lista, saknas'],
		[
			'an unknown gender',
			{ values: [object([{ gender: 'X', value: 1 }])] },
			'values[0].values[0].gender: väntade ett av T, K, M, fick "X"'
		],
		[
			'a value that is no number',
			{ values: [object([{ gender: 'T', value: 'n/a' }])] },
			'values[0].values[0].value: väntade ett tal, en text med ett tal, eller null, fick "n/a"'
		],
		[
			'no area',
			{ values: [{ kpi: 'N20402', period: 2022, values: [] }] },
			'values[0].municipality: väntade en text, saknas'
		]
	])('a malformed page (%s) is a problem saying where, not a crash', (_, body, problem) => {
		expect(parseDataPage(body)).toEqual({ ok: false, problem });
	});
});

describe('metadata pages', () => {
	test('a KPI from the v3 catalogue, flags as booleans and empty dates as null', () => {
		const page = parseKpiPage({
			count: 1,
			values: [
				{
					id: 'N20402',
					title: 'Fallskador bland personer 80+, 3-årsm, antal slutenvårdstillfällen/100 000 inv',
					description: 'Antal personer som vårdats i slutenvård pga. fallskador …',
					is_divided_by_gender: true,
					municipality_type: 'A',
					auspice: 'T',
					operating_area: 'Hälso- och sjukvård',
					perspective: 'Kvalitet och resultat',
					prel_publication_date: null,
					publication_date: '2026-10-13',
					publ_period: '2025',
					has_ou_data: false
				}
			],
			next_url: null
		});
		expect(page.ok && page.items[0]).toEqual({
			id: 'N20402',
			title: 'Fallskador bland personer 80+, 3-årsm, antal slutenvårdstillfällen/100 000 inv',
			description: 'Antal personer som vårdats i slutenvård pga. fallskador …',
			isDividedByGender: true,
			municipalityType: 'A',
			auspice: 'T',
			operatingArea: 'Hälso- och sjukvård',
			perspective: 'Kvalitet och resultat',
			prelPublicationDate: null,
			publicationDate: '2026-10-13',
			publPeriod: '2025',
			hasOuData: false
		});
	});

	test('v2 flags (0/1) are read as booleans too', () => {
		const page = parseKpiPage({
			values: [{ id: 'N1', title: 't', is_divided_by_gender: 1, has_ou_data: 0 }]
		});
		expect(page.ok && page.items[0]).toMatchObject({ isDividedByGender: true, hasOuData: false });
	});

	test('municipalities', () => {
		const page = parseMunicipalityPage({
			values: [
				{ id: '0017', title: 'Region Värmland', type: 'L' },
				{ id: '1780', title: 'Karlstad', type: 'K' }
			]
		});
		expect(page.ok && page.items).toEqual([
			{ id: '0017', title: 'Region Värmland', type: 'L' },
			{ id: '1780', title: 'Karlstad', type: 'K' }
		]);
	});
});

describe('requests', () => {
	test('chunk', () => {
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(chunk([], 25)).toEqual([]);
		expect(() => chunk([1], 0)).toThrow(RangeError);
	});

	test('every combination of groups of at most 25 ids, duplicates asked for once', () => {
		const kpis = Array.from({ length: 26 }, (_, i) => `N${String(i).padStart(5, '0')}`);
		const areas = Array.from({ length: 30 }, (_, i) => String(1700 + i));
		const urls = dataRequestUrls(BASE, { kpis: [...kpis, 'N00000'], areas, years: [2022, 2022] });
		expect(urls).toHaveLength(2 * 2 * 1);
		for (const url of urls) {
			const [, k, a, y] =
				/\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^?]+)\?per_page=5000$/.exec(url)!;
			expect(k!.split(',').length).toBeLessThanOrEqual(25);
			expect(a!.split(',').length).toBeLessThanOrEqual(25);
			expect(y).toBe('2022');
		}
		expect(urls[0]).toBe(
			`${BASE}/data/kpi/${kpis.slice(0, 25).join(',')}/municipality/${areas.slice(0, 25).join(',')}/year/2022?per_page=5000`
		);
		expect(urls[3]).toBe(
			`${BASE}/data/kpi/N00025/municipality/${areas.slice(25).join(',')}/year/2022?per_page=5000`
		);
	});

	test.each([
		[{ kpis: [], areas: ['1780'], years: [2022] }, ['inga nyckeltal angivna']],
		[{ kpis: ['N20402'], areas: ['17,80'], years: [2022] }, ['ogiltigt område "17,80"']],
		[
			{ kpis: ['N20/402'], areas: ['1780'], years: [22.5] },
			['ogiltigt nyckeltal "N20/402"', 'ogiltigt år "22.5"']
		],
		[{ kpis: ['N20402'], areas: ['1780'], years: [2022] }, []]
	])('query problems %#', (query, problems) => {
		expect(queryProblems(query)).toEqual(problems);
	});

	test.each([
		['https://api.kolada.se/v3/', { ok: true, url: 'https://api.kolada.se/v3' }],
		['http://127.0.0.1:8080/v3', { ok: true, url: 'http://127.0.0.1:8080/v3' }],
		['api.kolada.se/v3', { ok: false, problem: '"api.kolada.se/v3" är ingen adress' }],
		[
			'ftp://api.kolada.se/v3',
			{ ok: false, problem: '"ftp://api.kolada.se/v3" ska börja med https:// eller http://' }
		],
		[
			'https://api.kolada.se/v3?x=1',
			{
				ok: false,
				problem: '"https://api.kolada.se/v3?x=1" ska inte ha ? eller # (ange bara adressen)'
			}
		]
	])('base URL %s', (raw, expected) => {
		expect(normaliseBaseUrl(raw)).toEqual(expected);
	});

	test.each([
		[
			'same host: followed as it is',
			`${BASE}/data/kpi/N20402/year/2022?page=2&per_page=30`,
			`${BASE}/data/kpi/N20402/year/2022?per_page=30`,
			`${BASE}/data/kpi/N20402/year/2022?page=2&per_page=30`
		],
		[
			'relative: resolved against the page',
			'?page=3&per_page=30',
			`${BASE}/data/kpi/N20402/year/2022?page=2&per_page=30`,
			`${BASE}/data/kpi/N20402/year/2022?page=3&per_page=30`
		],
		[
			'api.kolada.se seen through another base URL: stays on ours',
			`${BASE}/data/kpi/N20402/year/2022?page=2&per_page=30`,
			'http://127.0.0.1:4000/kolada/v3/data/kpi/N20402/year/2022?per_page=30',
			'http://127.0.0.1:4000/kolada/v3/data/kpi/N20402/year/2022?page=2&per_page=30'
		],
		['not an address', 'javascript:alert(1)', `${BASE}/data/x`, null]
	])('next page: %s', (_, next, current, expected) => {
		expect(resolveNextUrl(next, current)).toBe(expected);
	});

	test('describeIssue with no issue', () => {
		expect(describeIssue(undefined, {})).toBe('okänt fel i svaret');
	});
});
