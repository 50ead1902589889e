import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemActor } from '../src/lib/core/actor.ts';
import { importMeasurements } from '../src/lib/modules/followup/server/import.ts';
import {
	koladaImportClient,
	prepareKoladaImport,
	runKoladaImport,
	type PreparedKoladaImport
} from '../src/lib/modules/followup/server/kolada-import.ts';
import { dataRequestUrls, MAX_PER_PAGE } from '../src/lib/modules/followup/kolada/normalise.ts';
import type { Database } from '../src/lib/platform/db/client.ts';
import { msSince, type BenchResult, type Benchmark, type Figure, type Target } from './lib.ts';
import {
	benchData,
	benchDatabase,
	clearGenerated,
	copyChunks,
	copyRows,
	countGenerated,
	log as say,
	SOURCE,
	type BenchData
} from './followup-data.ts';
import { csvLines, koladaObjects } from './measurements-generator.ts';

/**
 * `import-measurements`: values per second of Nära's two real import paths
 * loading the generated measurements (bench/measurements-generator.ts,
 * 2,021,760 values) into a migrated and seeded database:
 *
 *   csv     importMeasurements(), what `nara import measurements` and the
 *           import page run: the whole file is read (encoding, CSV), every
 *           row checked against the row schema and the catalogue, staged with
 *           unnest and merged into measurements in one audited transaction;
 *   kolada  prepareKoladaImport() + runKoladaImport() for each of the 21
 *           counties, what `nara import kolada` runs: the Kolada client
 *           fetches Kolada-shaped JSON pages (5,000 data objects each) over
 *           HTTP from a local server, normalises and checks them, and the
 *           rows are staged and merged the same way. Each county's import
 *           also fetches Riket (0000), as the real one does, so this path
 *           writes 2,151,360 values (Riket 21 times).
 *
 * Baseline, in the same run on the same database: COPY FROM STDIN of the
 * same 2,021,760 rows into the same table, measured before each path. Each
 * phase starts with the generated rows deleted and the table vacuumed.
 * Goal: ≥ 0.5 of the baseline. The file, the COPY text and the JSON pages
 * are made before the clock starts; the client's throttle (5 requests/s for
 * the real Kolada) is lifted for the local server, so the figure is Nära's side.
 */

const NAME = 'import-measurements';
const log = (m: string) => say(NAME, m);

export const importMeasurementsBench: Benchmark = async (target: Target): Promise<BenchResult> => {
	const bench = await benchDatabase(target, NAME);
	const { database } = bench;
	try {
		const data = await benchData(database);
		log(data.dimensions);

		let start = process.hrtime.bigint();
		const chunks = copyChunks(data);
		const lines: string[] = [];
		for (const line of csvLines(data.spec)) lines.push(line);
		const file = Buffer.from(lines.join(''));
		lines.length = 0;
		log(
			`made the COPY text (${mb(chunks)} MB) and the CSV file (${(file.length / 2 ** 20).toFixed(0)} MB) in ${s(start)} s`
		);

		const baseline = async (label: string) => {
			await clearGenerated(database, data);
			const t = process.hrtime.bigint();
			await copyRows(database, chunks);
			const seconds = msSince(t) / 1000;
			await expectCount(database, data, data.values, `COPY (${label})`);
			log(`baseline COPY before ${label}: ${data.values} values in ${seconds.toFixed(1)} s`);
			return data.values / seconds;
		};

		// ——— CSV
		const csvBaseline = await baseline('csv');
		await clearGenerated(database, data);
		start = process.hrtime.bigint();
		const actor = systemActor('benchmark');
		const csv = await importMeasurements(
			database.db,
			actor,
			{ name: 'genererade-matvarden.csv', bytes: file },
			{ source: SOURCE }
		);
		const csvSeconds = msSince(start) / 1000;
		if (csv.kind !== 'ok' || csv.value.status !== 'done')
			throw new Error(`the CSV import did not finish: ${JSON.stringify(csv).slice(0, 500)}`);
		await expectCount(database, data, data.values, 'CSV import');
		log(`CSV import: ${data.values} values in ${csvSeconds.toFixed(1)} s`);

		// ——— Kolada JSON over HTTP
		const koladaBaseline = await baseline('kolada');
		await clearGenerated(database, data);
		const prepared: PreparedKoladaImport[] = [];
		for (const county of data.counties) {
			const p = await prepareKoladaImport(database.db, actor, {
				kpis: data.spec.kpis as string[],
				countyCode: county.code,
				years: data.spec.years as number[]
			});
			if (p.kind !== 'ok') throw new Error(`county ${county.code}: ${JSON.stringify(p)}`);
			prepared.push(p.value);
		}
		start = process.hrtime.bigint();
		const kolada = await koladaServer(data, prepared);
		log(`made ${kolada.pages} JSON pages (${kolada.megabytes.toFixed(0)} MB) in ${s(start)} s`);
		let written = 0;
		try {
			start = process.hrtime.bigint();
			for (const county of data.counties) {
				const p = await prepareKoladaImport(database.db, actor, {
					kpis: data.spec.kpis as string[],
					countyCode: county.code,
					years: data.spec.years as number[]
				});
				if (p.kind !== 'ok') throw new Error(`county ${county.code}: ${JSON.stringify(p)}`);
				const client = koladaImportClient({
					baseUrl: kolada.baseUrl,
					requestsPerSecond: 10_000,
					burst: 100
				});
				const result = await runKoladaImport(database.db, actor, p.value, { client });
				written += result.rows;
			}
		} finally {
			await close(kolada.server);
		}
		const koladaSeconds = msSince(start) / 1000;
		await expectCount(database, data, data.values, 'Kolada import');
		log(`Kolada import: ${written} values written in ${koladaSeconds.toFixed(1)} s`);

		const figures: Figure[] = [
			{
				name: 'values_per_s_csv',
				value: data.values / csvSeconds,
				unit: '/s',
				baseline: csvBaseline
			},
			{
				name: 'values_per_s_kolada_json',
				value: written / koladaSeconds,
				unit: '/s',
				baseline: koladaBaseline
			}
		];
		return {
			figures,
			details: {
				dimensions: data.dimensions,
				values: data.values,
				seed: data.spec.seed,
				kpis: data.spec.kpis,
				csv: { seconds: csvSeconds, bytes: file.length, result: csv.value.result },
				kolada: {
					seconds: koladaSeconds,
					written,
					pages: kolada.pages,
					megabytes: kolada.megabytes,
					requests: kolada.requests()
				},
				baseline: {
					what: 'COPY FROM STDIN (postgres.js) of the same rows into measurements',
					csvValuesPerS: csvBaseline,
					koladaValuesPerS: koladaBaseline
				}
			}
		};
	} finally {
		await bench.drop();
	}
};

const s = (start: bigint) => (msSince(start) / 1000).toFixed(1);
const mb = (chunks: Buffer[]) => (chunks.reduce((n, c) => n + c.length, 0) / 2 ** 20).toFixed(0);

async function expectCount(database: Database, data: BenchData, expected: number, what: string) {
	const n = await countGenerated(database, data);
	if (n !== expected) throw new Error(`${what} left ${n} generated values, not ${expected}`);
}

/**
 * A stand-in for Kolada API v3 on 127.0.0.1 that answers every request the
 * imports will make with generated data, paged as Kolada pages (5,000 data
 * objects a page, linked by next_url). The pages are made before the clock
 * starts and served from memory.
 */
export async function koladaServer(
	data: BenchData,
	prepared: PreparedKoladaImport[]
): Promise<{
	server: Server;
	baseUrl: string;
	pages: number;
	megabytes: number;
	requests: () => number;
}> {
	const bodies = new Map<string, Buffer>();
	let requests = 0;
	const server = createServer((req, res) => {
		requests++;
		const url = new URL(req.url ?? '/', 'http://localhost');
		const key = `${url.pathname}|${url.searchParams.get('page') ?? '1'}`;
		const body = bodies.get(key);
		if (!body) {
			res.writeHead(404, { 'content-type': 'application/json' });
			res.end('{"error":"not found"}');
			return;
		}
		res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const baseUrl = `${origin}/v3`;
	let bytes = 0;
	for (const p of prepared) {
		for (const first of dataRequestUrls(
			baseUrl,
			{ kpis: p.kpis, areas: p.areas, years: p.years },
			MAX_PER_PAGE
		)) {
			const url = new URL(first);
			// /v3/data/kpi/{kpis}/municipality/{areas}/year/{years}
			const parts = url.pathname.split('/');
			const objects = koladaObjects(
				data.spec,
				parts[4]!.split(','),
				parts[6]!.split(','),
				parts[8]!.split(',').map(Number)
			);
			const pages = Math.max(1, Math.ceil(objects.length / MAX_PER_PAGE));
			for (let page = 1; page <= pages; page++) {
				const values = objects.slice((page - 1) * MAX_PER_PAGE, page * MAX_PER_PAGE);
				const next = new URL(first);
				next.searchParams.set('page', String(page + 1));
				const body = Buffer.from(
					JSON.stringify({
						count: values.length,
						values,
						next_url: page < pages ? next.toString() : null
					})
				);
				bytes += body.length;
				bodies.set(`${url.pathname}|${page}`, body);
			}
		}
	}
	return {
		server,
		baseUrl,
		pages: bodies.size,
		megabytes: bytes / 2 ** 20,
		requests: () => requests
	};
}

function close(server: Server): Promise<void> {
	return new Promise((resolve) => server.close(() => resolve()));
}
