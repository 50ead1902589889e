import { afterAll, describe, expect, test } from 'vitest';
import { createApiToken } from '../src/lib/modules/accounts/server/users.ts';
import { testUser } from '../tests/kit/cast.ts';
import { baseUrl, closeServerDatabase, serverDatabase } from '../tests/kit/browser.ts';

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

describe('targets: GET and POST /api/counties/{code}/targets', () => {
	afterAll(() => closeServerDatabase());

	/** A coordinator's personal API token for Värmland, made as the account page makes it. */
	async function coordinatorToken(): Promise<string> {
		const db = (await serverDatabase()).db;
		const coordinator = await testUser(db, 'coordinator');
		const created = await createApiToken(db, coordinator.actor, '17', {
			name: 'mål',
			role: 'coordinator'
		});
		if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
		return created.value.token;
	}
	const post = (token: string, body: unknown) =>
		fetch(`${baseUrl()}/api/counties/17/targets`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});

	test('a coordinator sets a target by Kolada id; it is listed, shown against the actual value, and changed from its revision', async () => {
		const token = await coordinatorToken();
		// Kil (1715), 2022: N20402,1715,kommun,2022,6395.3
		const created = await post(token, {
			indicatorId: 'N20402',
			areaId: '1715',
			period: 2022,
			value: '6 000,5',
			note: 'Kils handlingsplan'
		});
		expect(created.status).toBe(201);
		const target = await created.json();
		expect(target).toMatchObject({
			areaId: '1715',
			period: 2022,
			gender: 'T',
			value: 6000.5,
			note: 'Kils handlingsplan',
			visibility: 'public',
			revision: 1
		});

		const list = await fetch(`${baseUrl()}/api/counties/17/targets?indicator=N20402`);
		expect(list.status).toBe(200);
		expect((await list.json()).targets).toContainEqual(target);
		const etag = list.headers.get('etag')!;
		const again = await fetch(`${baseUrl()}/api/counties/17/targets?indicator=N20402`, {
			headers: { 'if-none-match': etag }
		});
		expect(again.status).toBe(304);

		const dashboard = (await (await fetch(`${baseUrl()}${DASHBOARD}`)).json()) as Dashboard;
		expect(dashboard.targets).toContainEqual(
			expect.objectContaining({
				areaId: '1715',
				name: 'Kil',
				target: 6000.5,
				actual: 6395.3,
				targetSource: 'Mål: satt av Värmlands län i Nära',
				actualSource: 'Källa: Kolada'
			})
		);

		const changed = await post(token, {
			indicatorId: target.indicatorId,
			areaId: '1715',
			period: 2022,
			value: 6100,
			revision: 1
		});
		expect(changed.status).toBe(200);
		expect(await changed.json()).toMatchObject({ id: target.id, value: 6100, revision: 2 });
		// the list's answer changed, so the old ETag no longer matches
		const after = await fetch(`${baseUrl()}/api/counties/17/targets?indicator=N20402`, {
			headers: { 'if-none-match': etag }
		});
		expect(after.status).toBe(200);

		// a save from the old revision is a conflict that shows the target as it is now
		const stale = await post(token, {
			indicatorId: target.indicatorId,
			areaId: '1715',
			period: 2022,
			value: 1,
			revision: 1
		});
		expect(stale.status).toBe(409);
		expect(await stale.json()).toMatchObject({
			error: { code: 'conflict', current: { current: { value: 6100, revision: 2 } } }
		});
	});

	test('bad input is 400 with a Swedish message per field; anonymous writes are refused', async () => {
		const token = await coordinatorToken();
		const bad = await post(token, {
			indicatorId: 'N20402',
			areaId: '2080',
			period: 1850,
			value: 'x'
		});
		expect(bad.status).toBe(400);
		expect(await bad.json()).toEqual({
			error: {
				code: 'invalid',
				message: 'Målet kunde inte sparas.',
				fields: {
					period: ['Året ska vara ett årtal 1990–2100.'],
					value: ['Målvärdet ska vara ett tal, t.ex. 12,5.']
				}
			}
		});
		const anonymous = await fetch(`${baseUrl()}/api/counties/17/targets`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ indicatorId: 'N20402', areaId: '1715', period: 2023, value: 1 })
		});
		expect(anonymous.status).toBe(403);
		expect((await fetch(`${baseUrl()}/api/counties/17/targets?indicator=X99999`)).status).toBe(404);
	});
});
