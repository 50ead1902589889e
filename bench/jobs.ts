import { parseConfig } from '../src/lib/platform/config.ts';
import { openJobs } from '../src/lib/app/jobs.ts';
import { defineJob, type JobDefinition } from '../src/lib/platform/jobs/define.ts';
import { benchDatabase, type BenchDatabase } from './database.ts';
import {
	CpuMeter,
	msSince,
	positiveFromEnv,
	sleep,
	type BenchResult,
	type Benchmark,
	type Target
} from './lib.ts';

/**
 * `jobs`: the time to queue 10,000 small jobs and have them run by two
 * workers (two pg-boss instances in this process, each running Nära's
 * worker as `nara serve` and `nara worker` do), against the same work done
 * in one loop (the baseline). Each job's work is one insert of its number;
 * the run ends when all rows are there. Queued with pg-boss's bulk insert in
 * batches of 1,000. Also: how many jobs ran twice (goal: none), and CPU per
 * job, read from /proc (lib.ts, `processCpuNs`): this Node process (both
 * workers, the queueing and the polling) and the PostgreSQL backends serving
 * the benchmark's database, each against the loop's CPU per insert.
 *
 * BENCH_JOBS sets another number of jobs (for a quick look), and
 * BENCH_JOBS_TIMEOUT_S how long the workers may take (default 30 minutes).
 */

const JOBS = positiveFromEnv('BENCH_JOBS', 10_000);
const TIMEOUT_MS = positiveFromEnv('BENCH_JOBS_TIMEOUT_S', 30 * 60) * 1000;
const BATCH = 1_000;
const log = (message: string) => console.error(`jobs: ${message}`);

/** The PostgreSQL backends serving the benchmark's database (pg-boss's and postgres.js's). */
async function backends(database: BenchDatabase): Promise<number[]> {
	const rows = await database.sql<{ pid: number }[]>`
		select pid from pg_stat_activity where datname = current_database()`;
	return rows.map((r) => r.pid);
}

/** CPU of this process and of the database's backends while `phase` runs; `tick` samples them. */
async function measured<T>(
	database: BenchDatabase,
	phase: (tick: () => Promise<void>) => Promise<T>
): Promise<{ result: T; ms: number; nodeCpuMs: number; pgCpuMs: number }> {
	const node = new CpuMeter().start([process.pid]);
	const pg = new CpuMeter().start(await backends(database));
	const tick = async () => pg.sample(await backends(database));
	const t = process.hrtime.bigint();
	const result = await phase(tick);
	const ms = msSince(t);
	node.sample([process.pid]);
	await tick();
	return { result, ms, nodeCpuMs: node.ms(), pgCpuMs: pg.ms() };
}

export const jobsBench: Benchmark = async (target: Target): Promise<BenchResult> => {
	const database = await benchDatabase(target, 'jobs', log);
	try {
		await database.sql`create table bench_job_work (n integer not null, at timestamptz default now())`;
		const work = (n: number) => database.sql`insert into bench_job_work (n) values (${n})`;

		// baseline: the same work, in one loop
		const loop = await measured(database, async () => {
			for (let n = 0; n < JOBS; n++) await work(n);
		});
		await database.sql`truncate bench_job_work`;
		log(`one loop: ${Math.round(loop.ms)} ms`);

		const small = defineJob<{ n: number }>({
			name: 'bench-small',
			title: 'Testjobb',
			retryLimit: 1,
			retryDelaySeconds: 0,
			timeoutSeconds: 60,
			async run(_ctx, data) {
				await work(data.n);
			}
		});
		const jobs = [small as unknown as JobDefinition];
		const cfg = parseConfig({});
		const one = await openJobs(database, cfg, { role: 'bench-1', worker: true, log, jobs });
		const two = await openJobs(database, cfg, { role: 'bench-2', worker: true, log, jobs });
		try {
			let queueMs = 0;
			const run = await measured(database, async (tick) => {
				const t = process.hrtime.bigint();
				for (let i = 0; i < JOBS; i += BATCH) {
					const batch = Array.from({ length: Math.min(BATCH, JOBS - i) }, (_, k) => ({
						data: { n: i + k }
					}));
					await one.boss.insert('bench-small', batch);
				}
				queueMs = msSince(t);
				let lastLog = 0;
				for (;;) {
					const [row] = await database.sql<{ n: number }[]>`
						select count(*)::int as n from bench_job_work`;
					await tick();
					if (row!.n >= JOBS) break;
					const ms = msSince(t);
					if (ms > TIMEOUT_MS)
						throw new Error(
							`only ${row!.n} of ${JOBS} jobs ran in ${Math.round(ms / 1000)} s (${((row!.n / ms) * 1000).toFixed(1)} jobs/s)`
						);
					if (ms - lastLog > 30_000) {
						lastLog = ms;
						log(`${row!.n} of ${JOBS} jobs run after ${Math.round(ms / 1000)} s`);
					}
					await sleep(100);
				}
			});
			const [check] = await database.sql<{ twice: number; distinct: number }[]>`
				select count(*) filter (where c > 1)::int as twice, count(*)::int as distinct
				from (select n, count(*) as c from bench_job_work group by n) d`;
			if (check!.distinct !== JOBS)
				throw new Error(`${check!.distinct} different jobs ran, not ${JOBS}`);
			log(`queued in ${Math.round(queueMs)} ms, all run in ${Math.round(run.ms)} ms`);
			const perJob = (ms: number) => (ms * 1000) / JOBS;
			return {
				figures: [
					{ name: 'queue_and_run_10k_two_workers', value: run.ms, unit: 'ms', baseline: loop.ms },
					{ name: 'queue_10k', value: queueMs, unit: 'ms', baseline: null },
					{ name: 'ran_twice', value: check!.twice, unit: 'jobs', baseline: null },
					{
						name: 'cpu_per_job_node',
						value: perJob(run.nodeCpuMs),
						unit: 'µs',
						baseline: perJob(loop.nodeCpuMs)
					},
					{
						name: 'cpu_per_job_pg',
						value: perJob(run.pgCpuMs),
						unit: 'µs',
						baseline: perJob(loop.pgCpuMs)
					}
				].map((f) => (JOBS === 10_000 ? f : { ...f, name: f.name.replace('10k', String(JOBS)) })),
				details: {
					database: database.label,
					jobs: JOBS,
					workers: 2,
					work: 'one insert per job',
					baseline: 'the same inserts in one loop, one process',
					throughputPerSecond: Math.round((JOBS / run.ms) * 1000),
					cpuMs: {
						loop: { node: loop.nodeCpuMs, pg: loop.pgCpuMs },
						jobs: { node: run.nodeCpuMs, pg: run.pgCpuMs }
					}
				}
			};
		} finally {
			await one.close(5_000);
			await two.close(5_000);
		}
	} finally {
		await database.close();
	}
};
