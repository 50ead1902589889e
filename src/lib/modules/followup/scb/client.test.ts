import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import {
	replayValue,
	startScbReplay,
	type ScbReplay
} from '../../../../../tests/scb/replay-server.ts';
import { ScbError, createScbClient, type ScbClientOptions } from './client.ts';
import { POPULATION_TABLE, PROJECTION_TABLE, groupRows, selectionsFor } from './population.ts';

/*
 * The SCB client over real HTTP against a local replay of PxWeb API v1
 * (tests/scb): two tables, errors, retries and a timeout. Waits go through a
 * fake sleep, so backoff costs no real time.
 */

let scb: ScbReplay | undefined;
afterEach(async () => {
	await scb?.close();
	scb = undefined;
});

async function setup(options: Partial<ScbClientOptions> = {}) {
	scb = await startScbReplay();
	const sleeps: number[] = [];
	const client = createScbClient({
		baseUrl: scb.baseUrl,
		sleep: async (ms) => void sleeps.push(ms),
		now: () => 0,
		requestsPerSecond: 1000,
		...options
	});
	return { client, scb, sleeps };
}

async function failure(promise: Promise<unknown>): Promise<ScbError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ScbError) return error;
		throw error;
	}
	throw new Error('expected an ScbError');
}

const VARMLAND = ['00', '17', '1780'];

describe('two tables: metadata by GET, data by POST as JSON-stat 2.0', () => {
	test('the population: every single year of age, both sexes summed, the years asked for', async () => {
		const { client, scb } = await setup();
		const meta = await client.metadata(POPULATION_TABLE.table);
		expect(meta.title).toBe('Folkmängden efter region, civilstånd, ålder, kön och år');
		const { selections, years, problems } = selectionsFor(meta, POPULATION_TABLE, {
			regions: VARMLAND,
			year: (y) => y >= 2023
		});
		expect(problems).toEqual([]);
		expect(years).toEqual([2023, 2024]);
		const table = await client.query(POPULATION_TABLE.table, selections);
		// what went over the wire: the documented v1 query with json-stat2
		expect(scb.requests.map((r) => [r.method, r.table])).toEqual([
			['GET', 'BE/BE0101/BE0101A/BefolkningNy'],
			['POST', 'BE/BE0101/BE0101A/BefolkningNy']
		]);
		expect(scb.requests[1]!.body).toEqual({
			query: [
				{ code: 'Region', selection: { filter: 'item', values: VARMLAND } },
				{
					code: 'Alder',
					selection: { filter: 'item', values: expect.arrayContaining(['0', '64', '100+']) }
				},
				{ code: 'Kon', selection: { filter: 'item', values: ['1', '2'] } },
				{ code: 'ContentsCode', selection: { filter: 'item', values: ['BE0101N1'] } },
				{ code: 'Tid', selection: { filter: 'item', values: ['2023', '2024'] } }
			],
			response: { format: 'json-stat2' }
		});
		expect(table.dimensions.map((d) => [d.id, d.codes.length])).toEqual([
			['Region', 3],
			['Alder', 101],
			['Kon', 2],
			['ContentsCode', 1],
			['Tid', 2]
		]);
		expect(table.cells).toHaveLength(3 * 101 * 2 * 2);
		const rows = groupRows(table);
		const karlstad80 = rows.find(
			(r) => r.areaId === '1780' && r.ageGroup === '80+' && r.year === 2024
		)!;
		let expected = 0;
		for (let age = 80; age <= 100; age++)
			for (const sex of ['1', '2']) expected += replayValue('1780', age, sex, 2024);
		expect(karlstad80.value).toBe(expected);
		expect(
			rows
				.filter((r) => r.areaId === '0017')
				.map((r) => r.ageGroup)
				.sort()
		).toEqual(['0-19', '0-19', '20-64', '20-64', '65-79', '65-79', '80+', '80+', 'total', 'total']);
	});

	test('the projection: inrikes och utrikes födda together, up to 2040', async () => {
		const { client, scb } = await setup();
		const meta = await client.metadata(PROJECTION_TABLE.table);
		const { selections, years, problems } = selectionsFor(meta, PROJECTION_TABLE, {
			regions: VARMLAND,
			year: (y) => y <= 2040
		});
		expect(problems).toEqual([]);
		expect(years[0]).toBe(2025);
		expect(years.at(-1)).toBe(2040);
		const table = await client.query(PROJECTION_TABLE.table, selections);
		expect(scb.requests[1]!.body!.query.find((q) => q.code === 'InrikesUtrikes')).toEqual({
			code: 'InrikesUtrikes',
			selection: { filter: 'item', values: ['83'] }
		});
		const rows = groupRows(table);
		expect(rows).toHaveLength(3 * 5 * 16);
		const total = rows.find(
			(r) => r.areaId === '0000' && r.ageGroup === 'total' && r.year === 2040
		)!;
		const parts = ['0-19', '20-64', '65-79', '80+'].map(
			(g) => rows.find((r) => r.areaId === '0000' && r.ageGroup === g && r.year === 2040)!.value
		);
		expect(parts.reduce((a, b) => a + b)).toBe(total.value);
	});

	test('a table that lacks what Nära needs is reported, not guessed', async () => {
		const { client } = await setup();
		const meta = await client.metadata(PROJECTION_TABLE.table);
		expect(
			selectionsFor(meta, PROJECTION_TABLE, { regions: ['17', '2080'], year: (y) => y < 2000 })
				.problems
		).toEqual(['regionerna 2080 saknas', 'tabellen har inga av de efterfrågade åren']);
	});
});

describe('errors', () => {
	test('an unknown table: 404, in Swedish, not retried', async () => {
		const { client, scb } = await setup();
		const e = await failure(client.metadata('BE/BE0101/BE0101A/Finns'));
		expect(e.kind).toBe('http');
		expect(e.details.status).toBe(404);
		expect(e.message).toBe(
			`SCB svarade 404 (tabellen finns inte) på ${scb.baseUrl}/BE/BE0101/BE0101A/Finns. Kontrollera tabellen och urvalet.`
		);
		expect(scb.requests).toHaveLength(1);
	});

	test('a query with a code the table lacks: 400', async () => {
		const { client } = await setup();
		const e = await failure(
			client.query(POPULATION_TABLE.table, [{ code: 'Region', filter: 'item', values: ['99'] }])
		);
		expect([e.kind, e.details.status]).toEqual(['http', 400]);
	});

	test('429 with Retry-After, then the answer', async () => {
		const { client, scb, sleeps } = await setup();
		scb.inject(POPULATION_TABLE.table, { status: 429, retryAfter: 3 });
		expect((await client.metadata(POPULATION_TABLE.table)).variables).toHaveLength(6);
		expect(sleeps).toEqual([3000]);
	});

	test('503 every time: given up after the retries, with backoff', async () => {
		const { client, scb, sleeps } = await setup({ maxRetries: 2, backoffBaseMs: 100 });
		scb.inject(POPULATION_TABLE.table, { status: 503 }, { status: 503 }, { status: 503 });
		const e = await failure(client.metadata(POPULATION_TABLE.table));
		expect(e.message).toMatch(/^SCB svarade 503 på .* efter 3 försök\. Försök igen senare\.$/);
		expect(sleeps).toEqual([100, 200]);
	});

	test('an answer that is not JSON, and a dataset whose values do not fit its dimensions', async () => {
		const { client, scb } = await setup();
		scb.inject(POPULATION_TABLE.table, { body: '<html>Underhåll</html>' });
		expect((await failure(client.metadata(POPULATION_TABLE.table))).kind).toBe('malformed');
		scb.inject(PROJECTION_TABLE.table, {
			body: JSON.stringify({
				version: '2.0',
				class: 'dataset',
				id: ['Tid'],
				size: [2],
				dimension: { Tid: { category: { index: ['2025', '2026'] } } },
				value: [1]
			})
		});
		const e = await failure(client.query(PROJECTION_TABLE.table, []));
		expect(e.message).toMatch(/"value" har 1 värden men dimensionerna ger 2/);
	});

	test('no answer within the time limit: a timeout', async () => {
		const { client, scb } = await setup({ timeoutMs: 150 });
		scb.inject(PROJECTION_TABLE.table, { hang: true });
		const e = await failure(client.metadata(PROJECTION_TABLE.table));
		expect(e.kind).toBe('timeout');
		expect(e.message).toMatch(/inget svar inom 0,15 sekunder/);
	});

	test('nothing listening: unreachable; a bad base URL is refused at once', async () => {
		const server = createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		await new Promise((resolve) => server.close(resolve));
		const client = createScbClient({ baseUrl: `http://127.0.0.1:${port}/api`, maxRetries: 0 });
		const e = await failure(client.metadata(POPULATION_TABLE.table));
		expect([e.kind, e.message]).toEqual([
			'unreachable',
			`SCB svarar inte (http://127.0.0.1:${port}/api): anslutningen nekades. Försök igen senare eller ange SCB_BASE_URL.`
		]);
		expect(() => createScbClient({ baseUrl: 'ftp://scb' })).toThrow(/SCB_BASE_URL/);
	});
});
