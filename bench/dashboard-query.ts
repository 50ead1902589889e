import postgres from 'postgres';
import { anonymous } from '../src/lib/core/actor.ts';
import { indicatorDashboard } from '../src/lib/modules/followup/server/dashboard.ts';
import { startServer, type Server } from '../tests/process.ts';
import {
	median,
	msSince,
	percentile,
	recordingDb,
	type BenchResult,
	type Benchmark,
	type Target
} from './lib.ts';
import {
	benchData,
	benchDatabase,
	clearGenerated,
	copyChunks,
	copyRows,
	DASHBOARD_KPI,
	log as say
} from './followup-data.ts';
import { ensureBuild } from './startup.ts';

/**
 * `dashboard-query`: p50 and p95 latency of the indicator dashboard API,
 * GET /api/counties/17/indicators/N20402/dashboard (Värmland: its 16
 * municipalities and the region, 17 areas, with Riket; 30 years; T, K and
 * M), against the built server (`node bin/nara.js serve`, as `npm start`
 * runs it) on a database holding the 2,021,760 generated values of
 * bench/measurements-generator.ts besides the seeded real data.
 *
 * Baseline, in the same run: the SQL statements the endpoint runs for that
 * answer, captured once from the service through a logging driver, run
 * directly through postgres.js (prepared, as Drizzle runs them), one after
 * the other. The endpoint runs some of them at once, so the baseline is if
 * anything slower than the queries inside the endpoint. 20 warm-up rounds,
 * then 200 rounds, each one request and one baseline, alternating, so a
 * noisy neighbour hits both alike. Goal: p95 ≤ 3× the baseline's p95.
 */

const NAME = 'dashboard-query';
const log = (m: string) => say(NAME, m);
const WARM_UP = 20;
const ROUNDS = 200;
const PATH = `/api/counties/17/indicators/${DASHBOARD_KPI}/dashboard`;

export const dashboardQuery: Benchmark = async (target: Target): Promise<BenchResult> => {
	await ensureBuild();
	const bench = await benchDatabase(target, NAME);
	let server: Server | undefined;
	let direct: postgres.Sql | undefined;
	try {
		const data = await benchData(bench.database);
		log(data.dimensions);
		let start = process.hrtime.bigint();
		// the generated values replace the seeded real ones of the same KPIs
		await clearGenerated(bench.database, data);
		await copyRows(bench.database, copyChunks(data));
		await bench.database.sql.unsafe('vacuum analyze measurements');
		log(`loaded the generated values with COPY in ${(msSince(start) / 1000).toFixed(1)} s`);

		// the SQL of one answer, as the service sends it
		const client = bench.database.newClient(1);
		const { db: recording, statements } = recordingDb(client);
		const answer = await indicatorDashboard(recording, anonymous, '17', DASHBOARD_KPI, {
			map: false
		});
		await client.end({ timeout: 5 });
		if (answer.kind !== 'ok') throw new Error(`the dashboard: ${JSON.stringify(answer)}`);
		log(
			`the answer: ${answer.value.series.length} areas × ${answer.value.years.length} years, ${answer.value.rows.length} values, from ${statements.length} SQL statements`
		);
		await bench.close();

		server = await startServer(bench.serverEnv, 300_000);
		log(`server on ${server.url}`);
		direct = bench.database.newClient(1);
		const url = `${server.url}${PATH}`;
		const request = async () => {
			const t = process.hrtime.bigint();
			const res = await fetch(url);
			const body = await res.text();
			const ms = msSince(t);
			if (res.status !== 200) throw new Error(`${PATH}: ${res.status} ${body.slice(0, 300)}`);
			return { ms, bytes: body.length };
		};
		const baseline = async () => {
			const t = process.hrtime.bigint();
			let rows = 0;
			for (const s of statements)
				rows += (
					await direct!.unsafe(s.query, s.params as postgres.ParameterOrJSON<never>[], {
						prepare: true
					})
				).length;
			return { ms: msSince(t), rows };
		};
		for (let i = 0; i < WARM_UP; i++) {
			await request();
			await baseline();
		}
		const api: number[] = [];
		const sqlMs: number[] = [];
		let bytes = 0;
		let rows = 0;
		start = process.hrtime.bigint();
		for (let i = 0; i < ROUNDS; i++) {
			const r = await request();
			api.push(r.ms);
			bytes = r.bytes;
			const b = await baseline();
			sqlMs.push(b.ms);
			rows = b.rows;
		}
		log(`${ROUNDS} rounds in ${(msSince(start) / 1000).toFixed(1)} s`);
		return {
			figures: [
				{ name: 'p50', value: median(api), unit: 'ms', baseline: median(sqlMs) },
				{ name: 'p95', value: percentile(api, 95), unit: 'ms', baseline: percentile(sqlMs, 95) }
			],
			details: {
				dimensions: data.dimensions,
				path: PATH,
				responseBytes: bytes,
				baselineRows: rows,
				statements: statements.map((s) => s.query),
				apiMs: api,
				baselineMs: sqlMs
			}
		};
	} finally {
		await direct?.end({ timeout: 5 });
		await server?.stop();
		await bench.drop();
	}
};
