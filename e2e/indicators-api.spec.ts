import { describe, expect, test } from 'vitest';
import { baseUrl } from '../tests/kit/browser.ts';

/**
 * The follow-up API's measurements: the seeded Kolada values exactly as in
 * seed/reference/kolada/kolada_values_nara_vard_1994-2022.csv, and ETag
 * caching (304 when If-None-Match names the current answer).
 */

const PATH = '/api/indicators/N20402/measurements';

interface Body {
	indicator: { koladaId: string; credit: string };
	areas: string[];
	from: number;
	to: number;
	genders: string[];
	values: { area: string; period: number; gender: string; value: number | null; source: string }[];
}

describe('GET /api/indicators/{id}/measurements', () => {
	test('Karlstad and Region Värmland 2010–2012: the values of the reference file', async () => {
		const res = await fetch(`${baseUrl()}${PATH}?area=1780&area=0017&from=2010&to=2012&gender=T`);
		expect(res.status).toBe(200);
		const body = (await res.json()) as Body;
		expect(body.indicator.koladaId).toBe('N20402');
		expect(body).toMatchObject({ areas: ['1780', '0017'], from: 2010, to: 2012, genders: ['T'] });
		const values = body.values.map((v) => `${v.area} ${v.period} ${v.gender} ${v.value}`).sort();
		// N20402,0017,region,2010,5736.2 … N20402,1780,kommun,2012,6047.6
		expect(values).toEqual([
			'0017 2010 T 5736.2',
			'0017 2011 T 5857.3',
			'0017 2012 T 6004.7',
			'1780 2010 T 5767.7',
			'1780 2011 T 5742.9',
			'1780 2012 T 6047.6'
		]);
	});

	test('areas comma-separated give the same answer and the same ETag', async () => {
		const repeated = await fetch(`${baseUrl()}${PATH}?area=1780&area=0017&from=2010&to=2012`);
		const comma = await fetch(`${baseUrl()}${PATH}?area=1780,0017&from=2010&to=2012&gender=T`);
		expect(await comma.text()).toBe(await repeated.text());
		expect(comma.headers.get('etag')).toBe(repeated.headers.get('etag'));
	});

	test('ETag: 304 without a body when unchanged, 200 for another question', async () => {
		const url = `${baseUrl()}${PATH}?area=1780&from=2022&to=2022&gender=T`;
		const first = await fetch(url);
		expect(first.status).toBe(200);
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^"[\w-]{32}"$/);
		expect(((await first.json()) as Body).values).toMatchObject([
			{ area: '1780', period: 2022, gender: 'T', value: 7212.5, source: 'Kolada' }
		]);
		const again = await fetch(url, { headers: { 'if-none-match': etag! } });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(again.headers.get('etag')).toBe(etag);
		const other = await fetch(`${baseUrl()}${PATH}?area=1780&from=2021&to=2022`, {
			headers: { 'if-none-match': etag! }
		});
		expect(other.status).toBe(200);
		expect(other.headers.get('etag')).not.toBe(etag);
	});

	test('a bad area is 400 with the field; an unknown indicator is 404', async () => {
		const bad = await fetch(`${baseUrl()}${PATH}?area=17`);
		expect(bad.status).toBe(400);
		const { error } = (await bad.json()) as { error: { fields: Record<string, string[]> } };
		expect(Object.keys(error.fields)).toEqual(['areas.0']);
		const unknown = await fetch(`${baseUrl()}/api/indicators/X99999/measurements?area=1780`);
		expect(unknown.status).toBe(404);
	});
});

describe('GET /api/indicators and /api/indicators/{id}', () => {
	test('a search by Kolada id finds it; its ETag gives 304', async () => {
		const url = `${baseUrl()}/api/indicators?q=N20402`;
		const res = await fetch(url);
		expect(res.status).toBe(200);
		const body = (await res.json()) as { total: number; hits: { koladaId: string }[] };
		expect(body.total).toBeGreaterThan(0);
		expect(body.hits[0]!.koladaId).toBe('N20402');
		const again = await fetch(url, { headers: { 'if-none-match': res.headers.get('etag')! } });
		expect(again.status).toBe(304);
	});

	test('one indicator by Kolada id, with ETag; an unknown one is 404', async () => {
		const res = await fetch(`${baseUrl()}/api/indicators/N20402`);
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({
			koladaId: 'N20402',
			source: 'kolada',
			visibility: 'public',
			credit: expect.stringContaining('Kolada')
		});
		const again = await fetch(`${baseUrl()}/api/indicators/N20402`, {
			headers: { 'if-none-match': res.headers.get('etag')! }
		});
		expect(again.status).toBe(304);
		expect((await fetch(`${baseUrl()}/api/indicators/X99999`)).status).toBe(404);
	});
});
