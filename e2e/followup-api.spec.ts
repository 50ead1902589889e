import { describe, expect, test } from 'vitest';
import { baseUrl } from './support.ts';

/**
 * The follow-up dashboards as data: what the indicator page and "Följ
 * omställningen" show, from the same service functions, on the seeded real
 * values (seed/reference/kolada/kolada_values_nara_vard_1994-2022.csv), with
 * ETag caching.
 */

const DASHBOARD = '/api/counties/17/indicators/N20402/dashboard';
const FOLLOW_UP = '/api/counties/17/follow-up';

interface Dashboard {
	county: { code: string; slug: string; name: string; regionId: string };
	indicator: { koladaId: string; title: string; credit: string };
	years: number[];
	latestPeriod: number;
	series: {
		areaId: string;
		name: string;
		kind: string;
		values: (number | null)[];
		source: string;
	}[];
	ranking: {
		period: number;
		rows: { rank: number; areaId: string; value: number }[];
		references: { areaId: string; value: number; source: string }[];
		source: string;
	};
	countyAggregate: {
		method: string;
		values: { period: number; gender: string; value: number; areasIncluded: number }[];
		source: string;
	} | null;
	gender: unknown;
	targets: unknown[];
	source: string;
}

describe('GET /api/counties/{code}/indicators/{kpi}/dashboard', () => {
	test('Värmland’s municipalities, the region and Riket, as on the page, each with its source', async () => {
		const res = await fetch(`${baseUrl()}${DASHBOARD}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
		const d = (await res.json()) as Dashboard;
		expect(d.county).toEqual({
			code: '17',
			slug: 'varmland',
			name: 'Värmlands län',
			regionId: '0017'
		});
		expect(d.indicator).toMatchObject({ koladaId: 'N20402', credit: 'Källa: Kolada' });
		expect(d.latestPeriod).toBe(2022);
		expect(d.years.at(-1)).toBe(2022);
		expect(d.series).toHaveLength(18);
		const karlstad = d.series.find((s) => s.areaId === '1780')!;
		// N20402,1780,kommun,2022,7212.5
		expect(karlstad).toMatchObject({
			name: 'Karlstad',
			kind: 'municipality',
			source: 'Källa: Kolada'
		});
		expect(karlstad.values.at(-1)).toBe(7212.5);
		expect(d.ranking.period).toBe(2022);
		expect(d.ranking.rows).toHaveLength(15);
		expect(d.ranking.references).toEqual([
			{ areaId: '0017', name: 'Värmlands län (regionen)', value: 6582.6, source: 'Källa: Kolada' },
			{ areaId: '0000', name: 'Riket', value: 5746, source: 'Källa: Kolada' }
		]);
		expect(d.countyAggregate?.method).toBe('population_weighted');
		expect(d.countyAggregate?.source).toMatch(/^Bearbetning i Nära: .*Källa: Kolada/);
		expect(
			d.countyAggregate?.values.find((v) => v.period === 2022 && v.gender === 'T')
		).toMatchObject({ areasIncluded: 15 });
		expect(d.gender).toBeNull();
		expect(d.source).toBe('Källa: Kolada');
	});

	test('the page shows the same figures', async () => {
		const d = (await (await fetch(`${baseUrl()}${DASHBOARD}`)).json()) as Dashboard;
		const html = await (
			await fetch(`${baseUrl()}/lan/varmland/uppfoljning/indikator/N20402`)
		).text();
		const y2022 = d.countyAggregate!.values.find((v) => v.period === 2022 && v.gender === 'T')!;
		const shown = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(y2022.value);
		expect(html.replace(/\u00a0/g, ' ')).toContain(
			`Värmlands län hade ${shown.replace(/\u00a0/g, ' ')}`
		);
	});

	test('ETag: 304 without a body when unchanged', async () => {
		const first = await fetch(`${baseUrl()}${DASHBOARD}`);
		const etag = first.headers.get('etag')!;
		const again = await fetch(`${baseUrl()}${DASHBOARD}`, { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		// the slug names the same county
		const bySlug = await fetch(`${baseUrl()}/api/counties/varmland/indicators/N20402/dashboard`);
		expect(bySlug.headers.get('etag')).toBe(etag);
	});

	test('an unknown indicator or county is 404 with the error shape', async () => {
		const unknown = await fetch(`${baseUrl()}/api/counties/17/indicators/X99999/dashboard`);
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toEqual({
			error: { code: 'not_found', message: 'Nyckeltalet X99999 finns inte.' }
		});
		expect((await fetch(`${baseUrl()}/api/counties/99/indicators/N20402/dashboard`)).status).toBe(
			404
		);
	});
});

describe('GET /api/counties/{code}/follow-up', () => {
	test('the four focus shifts with their indicators, the latest value, its five-year change and direction', async () => {
		const res = await fetch(`${baseUrl()}${FOLLOW_UP}`);
		expect(res.status).toBe(200);
		const body = (await res.json()) as {
			county: { code: string };
			focusShifts: {
				key: string;
				title: string;
				items: {
					title: string;
					indicator: { koladaId: string; direction: string } | null;
					county: {
						basis: string;
						latest: { period: number; value: number };
						change: { fromPeriod: number; toPeriod: number; change: number } | null;
						verdict: string;
						source: string;
					} | null;
				}[];
			}[];
		};
		expect(body.county.code).toBe('17');
		expect(body.focusShifts.map((f) => [f.key, f.title])).toEqual([
			['person', 'Från organisation till person och relation'],
			['co_creator', 'Från passiva mottagare till aktiva medskapare'],
			['proactive', 'Från reaktiva insatser till proaktivt och hälsofrämjande arbete'],
			['coordination', 'Från isolerade insatser till samordning']
		]);
		const items = body.focusShifts.flatMap((f) => f.items);
		// U20462,0017,region,2022,4017.1: the region's own value from Kolada
		const falls = items.find((i) => i.indicator?.koladaId === 'U20462')!;
		expect(falls.indicator!.direction).toBe('lower_is_better');
		expect(falls.county).toMatchObject({
			basis: 'region',
			latest: { period: 2022, value: 4017.1 },
			change: { fromPeriod: 2017, toPeriod: 2022 },
			source: 'Källa: Kolada'
		});
		expect(['better', 'worse', 'unchanged']).toContain(falls.county!.verdict);
		// an item without a data source says so
		expect(items.some((i) => i.indicator === null && i.county === null)).toBe(true);
		const again = await fetch(`${baseUrl()}${FOLLOW_UP}`, {
			headers: { 'if-none-match': res.headers.get('etag')! }
		});
		expect(again.status).toBe(304);
	});
});
