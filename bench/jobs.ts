import { parseConfig } from '../src/lib/platform/config.ts';
import { openJobs } from '../src/lib/app/jobs.ts';
import { defineJob, type JobDefinition } from '../src/lib/platform/jobs/define.ts';
import { benchDatabase } from './database.ts';
import { msSince, sleep, type BenchResult, type Benchmark, type Target } from './lib.ts';

/**
 * `jobs`: the time to queue 10,000 small jobs and have them run by two
 * workers (two pg-boss instances, as two Nära processes would be, each
 * running Nära's worker), against the same work done in one loop in one
 * process (the baseline). Each job's work is one insert of its number; the
 * run ends when all 10,000 rows are there. Queued with pg-boss's bulk insert
 * in batches of 1,000. Also: how many jobs ran twice (goal: none).
 */

const JOBS = 10_000;
const BATCH = 1_000;
const log = (message: string) => console.error(`jobs: ${message}`);

export const jobsBench: Benchmark = async (target: Target): Promise<BenchResult> => {
	const database = await benchDatabase(target, 'jobs', log);
	try {
		await database.sql`create table bench_job_work (n integer not null, at timestamptz default now())`;
		const work = (n: number) => database.sql`insert into bench_job_work (n) values (${n})`;

		// baseline: the same work, in one loop
		const t0 = process.hrtime.bigint();
		for (let n = 0; n < JOBS; n++) await work(n);
		const loopMs = msSince(t0);
		await database.sql`truncate bench_job_work`;
		log(`one loop: ${Math.round(loopMs)} ms`);

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
			const t1 = process.hrtime.bigint();
			for (let i = 0; i < JOBS; i += BATCH) {
				const batch = Array.from({ length: Math.min(BATCH, JOBS - i) }, (_, k) => ({
					data: { n: i + k }
				}));
				await one.boss.insert('bench-small', batch);
			}
			const queueMs = msSince(t1);
			for (;;) {
				const [row] = await database.sql<
					{ n: number }[]
				>`select count(*)::int as n from bench_job_work`;
				if (row!.n >= JOBS) break;
				if (msSince(t1) > 30 * 60_000) throw new Error(`only ${row!.n} of ${JOBS} jobs ran`);
				await sleep(100);
			}
			const runMs = msSince(t1);
			const [twice] = await database.sql<{ n: number }[]>`
				select count(*)::int as n from (select n from bench_job_work group by n having count(*) > 1) d`;
			log(`queued in ${Math.round(queueMs)} ms, all run in ${Math.round(runMs)} ms`);
			return {
				figures: [
					{ name: 'queue_and_run_10k_two_workers', value: runMs, unit: 'ms', baseline: loopMs },
					{ name: 'queue_10k', value: queueMs, unit: 'ms', baseline: null },
					{ name: 'ran_twice', value: twice!.n, unit: 'jobs', baseline: null }
				],
				details: {
					database: database.label,
					jobs: JOBS,
					workers: 2,
					work: 'one insert per job',
					baseline: 'the same inserts in one loop, one process',
					throughputPerSecond: Math.round((JOBS / runMs) * 1000)
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
