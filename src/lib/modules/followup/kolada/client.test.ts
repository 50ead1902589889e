import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import expectedVarmland from '../../../../../tests/kolada/fixtures/varmland-expected-rows.json';
import { startReplayServer, type ReplayServer } from '../../../../../tests/kolada/replay-server.ts';
import {
	KoladaError,
	createKoladaClient,
	createRateLimiter,
	parseRetryAfter,
	type KoladaClientOptions,
	type KoladaProgress
} from './client.ts';

/*
 * The client against a local server that replays Kolada v3 answers
 * (tests/kolada/fixtures, sources in tests/kolada/README.md). Waits go
 * through a fake clock shared by client and server, so backoff and
 * throttling are exact and cost no real time.
 */

const KPIS = ['N20402', 'U01402'];
const VARMLAND = [
	'0000',
	'0017',
	'1715',
	'1730',
	'1737',
	'1760',
	'1761',
	'1762',
	'1763',
	'1764',
	'1765',
	'1766',
	'1780',
	'1781',
	'1782',
	'1783',
	'1784',
	'1785'
];
const YEARS = [2020, 2021, 2022];
const VARMLAND_PATH = `/v3/data/kpi/${KPIS.join(',')}/municipality/${VARMLAND.join(',')}/year/${YEARS.join(',')}`;
const varmlandQuery = { kpis: KPIS, areas: VARMLAND, years: YEARS };

function fakeClock() {
	let t = 0;
	const sleeps: number[] = [];
	return {
		now: () => t,
		sleeps,
		sleep: async (ms: number) => {
			sleeps.push(ms);
			t += ms;
		}
	};
}

let kolada: ReplayServer | undefined;
afterEach(async () => {
	await kolada?.close();
	kolada = undefined;
});

async function setup(options: Partial<KoladaClientOptions> = {}) {
	const clock = fakeClock();
	kolada = await startReplayServer({ now: clock.now });
	const progress: KoladaProgress[] = [];
	const client = createKoladaClient({
		baseUrl: kolada.baseUrl,
		now: clock.now,
		sleep: clock.sleep,
		random: () => 0,
		onProgress: (p) => progress.push(p),
		...options
	});
	return { client, clock, kolada, progress };
}

async function failure(promise: Promise<unknown>): Promise<KoladaError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof KoladaError) return error;
		throw error;
	}
	throw new Error('expected a KoladaError');
}

/** The first free port we can find, with nothing listening on it afterwards. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('paging', () => {
	test('three pages linked by next_url give exactly the expected rows, the missing value null', async () => {
		const { client, kolada, progress } = await setup({ perPage: 30 });
		const rows = await client.fetchAllValues(varmlandQuery);

		expect(rows).toEqual(expectedVarmland);
		expect(rows).toHaveLength(95);
		const find = (kpi: string, areaId: string, period: number, gender = 'T') =>
			rows.find(
				(r) => r.kpi === kpi && r.areaId === areaId && r.period === period && r.gender === gender
			);
		expect(find('N20402', '1780', 2022)).toEqual({
			kpi: 'N20402',
			areaId: '1780',
			period: 2022,
			gender: 'T',
			value: 7212.5,
			count: 1,
			status: null
		});
		expect(find('U01402', '0017', 2022)?.value).toBe(6.213);
		expect(find('N20402', '0000', 2020)?.value).toBe(5855.9);
		expect(find('N20402', '1780', 2021, 'K')?.value).toBe(7569.3);
		expect(find('N20402', '1780', 2021, 'M')?.value).toBe(6551);
		expect(find('U01402', '1762', 2021)).toMatchObject({ value: null, status: 'Missing' });
		expect(rows.filter((r) => r.value === null)).toHaveLength(1);

		// the next_url pages name api.kolada.se; the client stays on the base URL it was given
		expect(kolada.requests.map((r) => [r.pathname, r.query])).toEqual([
			[VARMLAND_PATH, { per_page: '30' }],
			[VARMLAND_PATH, { page: '2', per_page: '30' }],
			[VARMLAND_PATH, { page: '3', per_page: '30' }]
		]);
		expect(progress.map((p) => [p.request, p.requests, p.page, p.rows])).toEqual([
			[1, 1, 1, 30],
			[1, 1, 2, 66],
			[1, 1, 3, 95]
		]);
	});

	test('rows arrive page by page as an async iterable', async () => {
		const { client, kolada } = await setup({ perPage: 30 });
		const iterator = client.fetchValues(varmlandQuery)[Symbol.asyncIterator]();
		const first = await iterator.next();
		expect(first.value).toMatchObject({
			kpi: 'N20402',
			areaId: '0000',
			period: 2020,
			value: 5855.9
		});
		expect(kolada.requests).toHaveLength(1);
		await iterator.return?.(undefined);
	});

	test('the import scenario: several pages, a 429, a 500 and a null value', async () => {
		const { client, clock, kolada } = await setup({ perPage: 30 });
		kolada.inject(`${VARMLAND_PATH}?page=2&per_page=30`, { status: 429, retryAfter: 2 });
		kolada.inject(`${VARMLAND_PATH}?page=3&per_page=30`, { status: 500 });

		const rows = await client.fetchAllValues(varmlandQuery);

		expect(rows).toEqual(expectedVarmland);
		expect(kolada.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '2', '3', '3']);
		const [, limited, retried] = kolada.requests;
		expect(retried!.at - limited!.at).toBe(2000);
		expect(clock.sleeps).toContain(2000);
	});
});

describe('retries', () => {
	test('a 429 then success: Retry-After seconds are waited for, then the page is fetched', async () => {
		const { client, clock, kolada } = await setup({ perPage: 30 });
		kolada.inject(VARMLAND_PATH, { status: 429, retryAfter: 3 });

		const rows = await client.fetchAllValues(varmlandQuery);

		expect(rows).toHaveLength(95);
		expect(kolada.requests).toHaveLength(4);
		expect(kolada.requests[1]!.at - kolada.requests[0]!.at).toBe(3000);
		expect(clock.sleeps[0]).toBe(3000);
	});

	test('a 500 then success: exponential backoff with jitter', async () => {
		const { client, clock, kolada } = await setup({ perPage: 30, random: () => 0.5 });
		kolada.inject(VARMLAND_PATH, { status: 500 }, { status: 503 });

		const rows = await client.fetchAllValues(varmlandQuery);

		expect(rows).toHaveLength(95);
		expect(kolada.requests).toHaveLength(5);
		// 500 ms × 2^retry, of which half is fixed and half jitter (random 0.5 → three quarters)
		expect(clock.sleeps.slice(0, 2)).toEqual([375, 750]);
	});

	test('five 500s in a row (four retries) → a KoladaError saying so, no rows', async () => {
		const { client, kolada } = await setup({ perPage: 30, maxRetries: 4 });
		kolada.inject(VARMLAND_PATH, ...Array(5).fill({ status: 500 }));
		const received: unknown[] = [];

		const error = await failure(
			(async () => {
				for await (const row of client.fetchValues(varmlandQuery)) received.push(row);
			})()
		);

		expect(error.message).toBe(
			`Kolada svarade 500 fem gånger i rad på ${kolada.baseUrl}${VARMLAND_PATH.slice(3)}?per_page=30. Försök igen senare.`
		);
		expect(error.kind).toBe('http');
		expect(error.details.status).toBe(500);
		expect(received).toEqual([]);
		expect(kolada.requests).toHaveLength(5);
	});

	test('by default a request is retried five times: six tries in all', async () => {
		const { client, kolada } = await setup({ perPage: 30 });
		kolada.inject(VARMLAND_PATH, ...Array(6).fill({ status: 502 }));

		const error = await failure(client.fetchAllValues(varmlandQuery));

		expect(error.message).toMatch(
			/^Kolada svarade 502 sex gånger i rad på http:\/\/127\.0\.0\.1:\d+\/v3\/data\//
		);
		expect(kolada.requests).toHaveLength(6);
	});

	test('a dropped connection is retried; always dropped → one line', async () => {
		const { client, kolada } = await setup({ perPage: 30, maxRetries: 2 });
		kolada.inject(VARMLAND_PATH, { status: 0, drop: true });
		expect(await client.fetchAllValues(varmlandQuery)).toHaveLength(95);
		expect(kolada.requests).toHaveLength(4);

		kolada.inject('/v3/municipality', ...Array(3).fill({ status: 0, drop: true }));
		const error = await failure(client.fetchMunicipalities());
		expect(error.message).toBe(
			`Kolada svarar inte (${kolada.baseUrl}): anslutningen bröts tre gånger i rad. Försök igen senare eller ange KOLADA_BASE_URL.`
		);
		expect(error.kind).toBe('unreachable');
	});

	test('a 4xx other than 429 is not retried', async () => {
		const { client, kolada } = await setup();
		const error = await failure(
			client.fetchAllValues({ kpis: ['N99999'], areas: ['1780'], years: [2022] })
		);
		expect(error.message).toBe(
			`Kolada svarade 404 (hittades inte) på ${kolada.baseUrl}/data/kpi/N99999/municipality/1780/year/2022?per_page=5000. Kontrollera nyckeltal, kommuner och år.`
		);
		expect(kolada.requests).toHaveLength(1);
	});

	test('a Retry-After longer than allowed fails at once instead of hanging the import', async () => {
		const { client, kolada } = await setup({ perPage: 30 });
		kolada.inject(VARMLAND_PATH, { status: 429, retryAfter: 3600 });
		const error = await failure(client.fetchAllValues(varmlandQuery));
		expect(error.message).toMatch(
			/^Kolada ber Nära vänta 3600 sekunder \(429, för många anrop\) på /
		);
		expect(kolada.requests).toHaveLength(1);
	});
});

describe('unreachable, slow or broken Kolada', () => {
	test('nothing listening → one line naming the address and the setting', async () => {
		const port = await closedPort();
		const client = createKoladaClient({ baseUrl: `http://127.0.0.1:${port}/v3` });

		const error = await failure(client.fetchAllValues(varmlandQuery));

		expect(error.message).toBe(
			`Kolada svarar inte (http://127.0.0.1:${port}/v3): anslutningen nekades. Försök igen senare eller ange KOLADA_BASE_URL.`
		);
		expect(error.message).not.toContain('\n');
		expect(error.kind).toBe('unreachable');
		expect(error.name).toBe('KoladaError');
	});

	test('an unknown host → one line', async () => {
		// what Node's fetch throws when DNS has no such name; real DNS is left out so the
		// test does not depend on the machine's resolver
		const dnsFailure = Object.assign(new Error('getaddrinfo ENOTFOUND kolada.invalid'), {
			code: 'ENOTFOUND',
			syscall: 'getaddrinfo'
		});
		const client = createKoladaClient({
			baseUrl: 'http://kolada.invalid/v3',
			fetch: async () => {
				throw new TypeError('fetch failed', { cause: dnsFailure });
			}
		});
		const error = await failure(client.fetchAllValues(varmlandQuery));
		expect(error.message).toBe(
			'Kolada svarar inte (http://kolada.invalid/v3): adressen hittades inte. Försök igen senare eller ange KOLADA_BASE_URL.'
		);
	});

	test('no answer within timeoutMs → the request is abandoned with one line', async () => {
		const { client, kolada } = await setup({ timeoutMs: 200 });
		kolada.inject('/v3/municipality', { status: 200, hang: true });
		const started = performance.now();

		const error = await failure(client.fetchMunicipalities());

		expect(performance.now() - started).toBeLessThan(2000);
		expect(error.message).toBe(
			`Kolada svarar inte (${kolada.baseUrl}): inget svar inom 0,2 sekunder. Försök igen senare eller ange KOLADA_BASE_URL.`
		);
		expect(error.kind).toBe('timeout');
	});

	test('an answer that is not JSON → a clear error, not a crash', async () => {
		const { client, kolada } = await setup();
		kolada.inject('/v3/municipality', { status: 200, body: '<html>Underhåll</html>' });
		const error = await failure(client.fetchMunicipalities());
		expect(error.message).toBe(
			`Kolada gav ett svar som inte är JSON på ${kolada.baseUrl}/municipality?per_page=5000. Försök igen senare.`
		);
		expect(error.kind).toBe('malformed');
	});

	test('JSON of the wrong shape → an error naming the field', async () => {
		const { client, kolada } = await setup();
		const body = JSON.stringify({
			count: 1,
			values: [
				{ kpi: 'N20402', municipality: '1780', period: 2022, values: [{ gender: 'X', value: 1 }] }
			],
			next_url: null
		});
		kolada.inject('/v3/data/kpi/N20402/municipality/1780/year/2022', { status: 200, body });
		const error = await failure(
			client.fetchAllValues({ kpis: ['N20402'], areas: ['1780'], years: [2022] })
		);
		expect(error.message).toBe(
			`Kolada gav ett oväntat svar på ${kolada.baseUrl}/data/kpi/N20402/municipality/1780/year/2022?per_page=5000: values[0].values[0].gender: väntade ett av T, K, M, fick "X".`
		);
	});

	test('a next_url that points back to a page already fetched stops instead of looping', async () => {
		const { client, kolada } = await setup();
		const self = `https://api.kolada.se/v3/municipality?per_page=5000`;
		kolada.inject('/v3/municipality', {
			status: 200,
			body: JSON.stringify({ count: 0, values: [], next_url: self })
		});
		const error = await failure(client.fetchMunicipalities());
		expect(error.message).toMatch(/next_url pekar på en sida som redan hämtats/);
		expect(kolada.requests).toHaveLength(1);
	});

	test('the caller can stop a fetch while it waits', async () => {
		kolada = await startReplayServer();
		const client = createKoladaClient({ baseUrl: kolada.baseUrl, perPage: 30 });
		kolada.inject(VARMLAND_PATH, { status: 429, retryAfter: 60 });
		const controller = new AbortController();
		setTimeout(() => controller.abort(), 50);
		const started = performance.now();

		const error = await failure(
			client.fetchAllValues(varmlandQuery, { signal: controller.signal })
		);

		expect(error.message).toBe('Hämtningen från Kolada avbröts.');
		expect(error.kind).toBe('aborted');
		expect(performance.now() - started).toBeLessThan(2000);
	});

	test('a bad base URL or query is refused before anything is sent', async () => {
		expect(() => createKoladaClient({ baseUrl: 'api.kolada.se' })).toThrow(
			'Kolada-adressen (KOLADA_BASE_URL) är ogiltig: "api.kolada.se" är ingen adress. Ange t.ex. https://api.kolada.se/v3.'
		);
		const { client, kolada } = await setup();
		const error = await failure(
			client.fetchAllValues({ kpis: ['N20402'], areas: [], years: [2022] })
		);
		expect(error.message).toBe(
			'Frågan till Kolada är ogiltig: inga kommuner eller regioner angivna.'
		);
		expect(kolada.requests).toHaveLength(0);
	});
});

describe('splitting and throttling', () => {
	test('60 areas are asked for in 3 requests of at most 25', async () => {
		const areas = (
			await import('../../../../../tests/kolada/fixtures/municipality.json')
		).body.values
			.filter((m) => m.type === 'K')
			.map((m) => m.id)
			.sort()
			.slice(0, 60);
		const { client, kolada, progress } = await setup();

		const rows = await client.fetchAllValues({ kpis: ['N20402'], areas, years: [2022] });

		expect(kolada.requests).toHaveLength(3);
		const segments = kolada.requests.map((r) =>
			/\/municipality\/([^/]+)\/year\//.exec(r.pathname)![1]!.split(',')
		);
		expect(segments.map((s) => s.length)).toEqual([25, 25, 10]);
		expect(segments.flat()).toEqual(areas);
		expect(rows).toHaveLength(60);
		expect(new Set(rows.map((r) => r.areaId))).toEqual(new Set(areas));
		expect(rows.find((r) => r.areaId === '0180')?.value).toBe(7686.3); // Stockholm, in the first request
		expect(rows.find((r) => r.areaId === '0643')?.value).toBe(4634.1); // Habo, in the last
		expect(progress.map((p) => [p.request, p.requests])).toEqual([
			[1, 3],
			[2, 3],
			[3, 3]
		]);
	});

	test('requests are spaced by the rate (fake clock): 5/s → 200 ms apart', async () => {
		const { client, kolada } = await setup({ perPage: 30 });
		await client.fetchAllValues(varmlandQuery);
		expect(kolada.requests.map((r) => r.at)).toEqual([0, 200, 400]);
	});

	test('retries are throttled too: 2/s with a 500 in between', async () => {
		const { client, kolada } = await setup({
			perPage: 30,
			requestsPerSecond: 2,
			backoffBaseMs: 100
		});
		kolada.inject(`${VARMLAND_PATH}?page=2&per_page=30`, { status: 500 });
		await client.fetchAllValues(varmlandQuery);
		// backoff (50 ms with random 0) is shorter than the 500 ms the rate allows
		expect(kolada.requests.map((r) => r.at)).toEqual([0, 500, 1000, 1500]);
	});

	test('with the real clock, 20/s spaces requests at least 50 ms apart', async () => {
		kolada = await startReplayServer();
		const sent: number[] = []; // when each leaves (arrival also holds the connection set-up)
		const fetchAt: typeof fetch = (url, init) => (sent.push(performance.now()), fetch(url, init));
		const options = { baseUrl: kolada.baseUrl, perPage: 30, requestsPerSecond: 20 };
		const client = createKoladaClient({ ...options, fetch: fetchAt });
		await client.fetchAllValues(varmlandQuery);
		const [a, b, c] = sent;
		expect([b! - a!, c! - b!].every((gap) => gap >= 48)).toBe(true);
	});

	test('a token bucket with a burst lets that many go at once, then spaces the rest', async () => {
		const clock = fakeClock();
		const limiter = createRateLimiter({ ratePerSecond: 4, burst: 3, ...clock });
		const at: number[] = [];
		for (let i = 0; i < 5; i++) {
			await limiter.take();
			at.push(clock.now());
		}
		expect(at).toEqual([0, 0, 0, 250, 500]);
	});

	test.each([
		['2', 2000],
		[' 0 ', 0],
		['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
		['soon', undefined]
	])('Retry-After %j → %s ms', (header, ms) => {
		expect(parseRetryAfter(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
	});
});

describe('metadata', () => {
	test('every municipality and region, with Riket', async () => {
		const { client } = await setup();
		const all = await client.fetchMunicipalities();
		expect(all).toHaveLength(312);
		expect(all.find((m) => m.id === '0017')).toEqual({
			id: '0017',
			title: 'Region Värmland',
			type: 'L'
		});
		expect(all.find((m) => m.id === '1780')).toEqual({ id: '1780', title: 'Karlstad', type: 'K' });
		expect(all.find((m) => m.id === '0000')?.title).toBe('Riket');
	});

	test('KPIs by id', async () => {
		const { client, kolada } = await setup();
		const kpis = await client.fetchKpiCatalogue({ ids: KPIS });
		expect(kpis.map((k) => [k.id, k.title, k.isDividedByGender, k.municipalityType])).toEqual([
			[
				'N20402',
				'Fallskador bland personer 80+, 3-årsm, antal slutenvårdstillfällen/100 000 inv',
				true,
				'A'
			],
			['U01402', 'Invånare 16-84 år som röker dagligen, andel (%)', true, 'A']
		]);
		expect(kolada.requests[0]!.url).toBe('/v3/kpi/N20402,U01402?per_page=5000');
	});
});
