import { anonymous } from '../src/lib/core/actor.ts';
import {
	followUpOverview,
	indicatorDashboard
} from '../src/lib/modules/followup/server/dashboard.ts';
import { connect, type Database } from '../src/lib/platform/db/client.ts';
import { benchDatabase } from './database.ts';
import { DASHBOARD_KPI } from './followup-data.ts';
import {
	median,
	msSince,
	percentile,
	processCpuNs,
	sleep,
	type BenchResult,
	type Benchmark,
	type Figure
} from './lib.ts';
import { startPair } from './pg-cluster.ts';

/**
 * `replica`: the follow-up dashboards' read path (what the pages read
 * through `locals.readDb`: `indicatorDashboard` for Värmland's indicator
 * page, with the map, and `followUpOverview` for its follow-up page) on a
 * streaming replica against the same reads on its primary, in the same run.
 *
 * Starts a PostgreSQL primary and a replica of it on this machine
 * (pg-cluster.ts), makes a database `nara_bench_replica_<pid>_<time>` on the
 * primary, migrated and seeded as Nära seeds itself (database.ts), and
 * connects to it on both servers the way `nara serve` connects to
 * DATABASE_URL and DATABASE_READ_URL (`connect`, a pool each). 10 warm-up
 * rounds, then 100 rounds; each round reads both pages from both servers,
 * the first server alternating, so a noisy neighbour hits both alike.
 *
 * Figures (replica, baseline primary): p50 and p95 of each page's read;
 * CPU per page read (both pages' reads, halved), of this Node process and of
 * the server's backends for the pool, from /proc/<pid>/task/*\/schedstat.
 * Replication lag, no baseline: the time from the end of the seed to the
 * replica having replayed all of it, and once a round the time from a
 * committed insert on the primary until a read on the replica sees it
 * (polled about every millisecond).
 */

const WARM_UP = 10;
const ROUNDS = 100;
const log = (message: string) => console.error(`replica: ${message}`);

type Server = 'primary' | 'replica';
interface Side {
	database: Database;
	role: string;
	/** the pool's backends on that server, found after warm-up */
	backends: number[];
	indicator: number[];
	overview: number[];
	nodeCpuMs: number;
	pgCpuMs: number;
	reads: number;
}

const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + (processCpuNs(pid) ?? 0), 0);

/** One page's read through the service, timed, with the CPU it cost here and in PostgreSQL. */
async function read(side: Side, page: 'indicator' | 'overview', timed: boolean): Promise<void> {
	const node0 = processCpuNs(process.pid) ?? 0;
	const pg0 = cpuOf(side.backends);
	const t = process.hrtime.bigint();
	const outcome =
		page === 'indicator'
			? await indicatorDashboard(side.database.db, anonymous, '17', DASHBOARD_KPI)
			: await followUpOverview(side.database.db, anonymous, '17');
	const ms = msSince(t);
	const pg1 = cpuOf(side.backends);
	const node1 = processCpuNs(process.pid) ?? 0;
	if (outcome.kind !== 'ok') throw new Error(`${page} on ${side.role}: ${JSON.stringify(outcome)}`);
	if (!timed) return;
	side[page].push(ms);
	side.nodeCpuMs += (node1 - node0) / 1e6;
	side.pgCpuMs += (pg1 - pg0) / 1e6;
	side.reads++;
}

async function backendsOf(database: Database, role: string): Promise<number[]> {
	const rows = await database.sql<{ pid: number }[]>`
		select pid from pg_stat_activity where application_name = ${`nara:${process.pid}:${role}`}`;
	return rows.map((r) => r.pid);
}

/** ms until the replica has replayed the primary's WAL up to now */
async function catchUp(primary: Database, replica: Database): Promise<number> {
	const [now] = await primary.sql<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
	const lsn = now!.lsn;
	const t = process.hrtime.bigint();
	for (;;) {
		const [r] = await replica.sql<{ done: boolean }[]>`
			select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as done`;
		if (r!.done) return msSince(t);
		if (msSince(t) > 300_000) throw new Error('the replica did not catch up in 5 minutes');
		await sleep(1);
	}
}

/** ms from the commit of an insert on the primary until the replica sees the row */
async function visibleAfter(primary: Database, replica: Database, n: number): Promise<number> {
	await primary.sql`insert into bench_lag (n) values (${n})`;
	const t = process.hrtime.bigint();
	for (;;) {
		const [r] = await replica.sql<
			{ n: number }[]
		>`select count(*)::int as n from bench_lag where n = ${n}`;
		if (r!.n > 0) return msSince(t);
		if (msSince(t) > 60_000) throw new Error(`row ${n} not on the replica after 60 s`);
		await sleep(0.5);
	}
}

export const replica: Benchmark = async (): Promise<BenchResult> => {
	const pair = await startPair(log);
	try {
		const primaryUrl = pair.primary.url('postgres');
		let t = process.hrtime.bigint();
		const bench = await benchDatabase({ db: 'external', databaseUrl: primaryUrl }, 'replica', log);
		const seedMs = msSince(t);
		const name = bench.label.split('/').pop()!;
		const sides: Record<Server, Side> = {} as never;
		const probe = await connect(
			{ kind: 'external', url: pair.replica.url(name) },
			{ role: 'bench-replica-lag', max: 1 }
		).catch(async (e: Error) => {
			// the database may reach the replica a moment after it was made
			await sleep(2000);
			log(`retrying the replica after: ${e.message}`);
			return connect(
				{ kind: 'external', url: pair.replica.url(name) },
				{ role: 'bench-replica-lag', max: 1 }
			);
		});
		try {
			const catchUpMs = await catchUp(bench, probe);
			log(
				`seeded in ${(seedMs / 1000).toFixed(1)} s; the replica had all of it ${catchUpMs.toFixed(1)} ms later`
			);
			for (const server of ['primary', 'replica'] as const) {
				const role = `read-${server}`;
				const database = await connect(
					{ kind: 'external', url: pair[server].url(name) },
					{ role, max: 10 }
				);
				sides[server] = {
					database,
					role,
					backends: [],
					indicator: [],
					overview: [],
					nodeCpuMs: 0,
					pgCpuMs: 0,
					reads: 0
				};
			}
			await bench.sql`create table bench_lag (n integer primary key, at timestamptz default now())`;
			await catchUp(bench, probe);
			const order = (round: number): Server[] =>
				round % 2 === 0 ? ['primary', 'replica'] : ['replica', 'primary'];
			for (let round = 0; round < WARM_UP; round++)
				for (const s of order(round)) {
					await read(sides[s], 'indicator', false);
					await read(sides[s], 'overview', false);
				}
			for (const s of ['primary', 'replica'] as const)
				sides[s].backends = await backendsOf(sides[s].database, sides[s].role);
			const lag: number[] = [];
			t = process.hrtime.bigint();
			for (let round = 0; round < ROUNDS; round++) {
				for (const s of order(round)) {
					await read(sides[s], 'indicator', true);
					await read(sides[s], 'overview', true);
				}
				lag.push(await visibleAfter(bench, probe, round));
			}
			log(`${ROUNDS} rounds in ${(msSince(t) / 1000).toFixed(1)} s`);
			const [stat] = await bench.sql<Record<string, string | null>[]>`
				select state, sync_state, write_lag::text, flush_lag::text, replay_lag::text,
					pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::text as replay_bytes_behind
				from pg_stat_replication`;
			const p = sides.primary;
			const r = sides.replica;
			const pair2 = (label: string, unit: string, of: (s: Side) => number): Figure => ({
				name: label,
				value: of(r),
				unit,
				baseline: of(p)
			});
			const figures: Figure[] = [
				pair2('indicator_p50', 'ms', (s) => median(s.indicator)),
				pair2('indicator_p95', 'ms', (s) => percentile(s.indicator, 95)),
				pair2('overview_p50', 'ms', (s) => median(s.overview)),
				pair2('overview_p95', 'ms', (s) => percentile(s.overview, 95)),
				pair2('cpu_per_read_node', 'ms', (s) => s.nodeCpuMs / s.reads),
				pair2('cpu_per_read_pg', 'ms', (s) => s.pgCpuMs / s.reads),
				{ name: 'lag_after_seed', value: catchUpMs, unit: 'ms', baseline: null },
				{ name: 'lag_visible_p50', value: median(lag), unit: 'ms', baseline: null },
				{ name: 'lag_visible_p95', value: percentile(lag, 95), unit: 'ms', baseline: null },
				{ name: 'lag_visible_max', value: Math.max(...lag), unit: 'ms', baseline: null }
			];
			return {
				figures,
				details: {
					postgres: pair.version,
					binaries: pair.bin,
					baseBackup: pair.baseBackup,
					ports: { primary: pair.primary.port, replica: pair.replica.port },
					database: name,
					seedMs,
					pages: {
						indicator: `indicatorDashboard(db, anonymous, '17', '${DASHBOARD_KPI}') (with the map)`,
						overview: "followUpOverview(db, anonymous, '17')"
					},
					pgStatReplication: stat ?? null,
					samples: {
						primary: { indicator: p.indicator, overview: p.overview },
						replica: { indicator: r.indicator, overview: r.overview },
						lag
					},
					cpuMs: {
						primary: { node: p.nodeCpuMs, pg: p.pgCpuMs, reads: p.reads },
						replica: { node: r.nodeCpuMs, pg: r.pgCpuMs, reads: r.reads }
					}
				}
			};
		} finally {
			for (const side of Object.values(sides)) await side.database.close();
			await probe.close();
			await bench.close();
		}
	} finally {
		log('stopping the primary and the replica');
		await pair.stop();
	}
};
