import path from 'node:path';
import { PgBoss, type ConstructorOptions } from 'pg-boss';
import type { Database } from '../db/client.ts';

/**
 * The job queue: pg-boss on Nära's own PostgreSQL (schema `pgboss`, which it
 * creates and migrates itself). Jobs are rows there, claimed with SKIP LOCKED,
 * so any number of Nära processes share one queue and each job runs once;
 * retries, timeouts, heartbeats and dead letters are pg-boss's
 * (docs/decisions/0008-node-24-and-jobs.md).
 */

export type Log = (message: string) => void;

export interface BossOptions {
	/** who connects, shown in pg_stat_activity */
	role: string;
	log: Log;
	/**
	 * Whether this process also keeps the queue: fails jobs whose worker
	 * stopped sending heartbeats (a crash, kill -9) so that they are retried,
	 * runs the schedules and deletes old jobs. Every worker does; a web
	 * server without a worker only sends.
	 */
	supervise: boolean;
	/** how often the keeping runs (seconds; NARA_JOBS_SUPERVISE_SECONDS) */
	superviseSeconds?: number;
	/** connections in pg-boss's own pool */
	max?: number;
}

/** pg-boss's connection to the same database as `database` (it keeps a small pool of its own). */
export function bossConnection(database: Database): ConstructorOptions {
	const t = database.target;
	if (t.kind === 'external') return { connectionString: t.url };
	// the embedded server's Unix socket: node-postgres takes its directory and port
	const port = Number(path.basename(t.socketPath).split('.').at(-1));
	return { host: path.dirname(t.socketPath), port, database: t.database, user: 'postgres' };
}

/** Starts a pg-boss instance on the database (installing or migrating its schema when needed). */
export async function openBoss(database: Database, opts: BossOptions): Promise<PgBoss> {
	const seconds = opts.superviseSeconds ?? 60;
	const boss = new PgBoss({
		...bossConnection(database),
		application_name: `nara:${process.pid}:${opts.role}:jobb`,
		max: opts.max ?? 4,
		supervise: opts.supervise,
		schedule: opts.supervise,
		superviseIntervalSeconds: seconds,
		monitorIntervalSeconds: seconds,
		migrate: true
	});
	boss.on('error', (e: Error) => opts.log(`Jobbkön: ${e.message}`));
	await boss.start();
	return boss;
}
