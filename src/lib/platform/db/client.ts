import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql as statement } from 'drizzle-orm';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres, { type Sql } from 'postgres';
import type { Config } from '../config.ts';
import { UserFacingError } from '../errors.ts';
import { projectRoot } from '../paths.ts';
import { startEmbedded, type EmbeddedServer } from './embedded.ts';
import { renewablePool } from './renewable.ts';

/**
 * The Drizzle database. Queries name their tables (each module's tables.ts), so it
 * carries no schema: relational queries (`db.query.…`) are not used.
 */
export type Db = PostgresJsDatabase;
/** A transaction of Db; query functions that may run inside one take `Db | Tx`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** An open database: the Drizzle instance, the raw driver, and how to close both. */
export interface Database {
	db: Db;
	sql: Sql;
	/** describes where the data lives, for logs: "inbyggd (data/pg)" or host:port/db */
	where: string;
	/** where the server is, for a client of its own (the job queue's) */
	target: Target;
	embedded?: EmbeddedServer;
	/** a further client on the same database (e.g. one connection for a session lock) */
	newClient(max: number): Sql;
	/** replaces the pool after a connection broke (db/renewable.ts); false if it just was */
	renew(): boolean;
	/** closes the pool, giving running queries `timeoutSeconds` (default 5) to finish */
	close(timeoutSeconds?: number): Promise<void>;
}

export interface OpenOptions {
	/** who connects, e.g. "serve" or "seed"; shown in pg_stat_activity */
	role: string;
	log?: (message: string) => void;
	/** connection pool size */
	max?: number;
	logSql?: boolean;
	/** how to name the database in messages */
	where?: string;
}

function describeUrl(url: string): string {
	try {
		const u = new URL(url);
		return `${u.hostname}:${u.port || 5432}${u.pathname}`;
	} catch {
		return 'DATABASE_URL';
	}
}

function connectionError(e: unknown, where: string): UserFacingError {
	const err = e as { code?: string; message?: string };
	const reason =
		err.code === 'ECONNREFUSED'
			? 'servern svarar inte'
			: err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN'
				? 'värdnamnet finns inte'
				: err.code === '3D000'
					? 'databasen finns inte'
					: err.code === '28P01' || err.code === '28000'
						? 'inloggningen nekades'
						: err.code === 'CONNECT_TIMEOUT'
							? 'servern svarade inte i tid'
							: (err.message ?? String(e));
	return new UserFacingError(
		`Kunde inte ansluta till databasen ${where}: ${reason}. Kontrollera DATABASE_URL och att servern är igång, eller ta bort DATABASE_URL för att använda den inbyggda databasen.`
	);
}

/** Where to connect: an external server by URL, or the embedded server's socket. */
export type Target =
	{ kind: 'external'; url: string } | { kind: 'socket'; socketPath: string; database: string };

/** Connects to a running server; `embedded` is released when the database is closed. */
export async function connect(
	target: Target,
	opts: OpenOptions,
	embedded?: EmbeddedServer
): Promise<Database> {
	const log = opts.log ?? (() => {});
	const common = {
		onnotice: () => {},
		connection: { application_name: `nara:${process.pid}:${opts.role}` },
		debug: opts.logSql ? (_c: number, q: string) => log(q) : undefined
	};
	const where =
		target.kind === 'external'
			? describeUrl(target.url)
			: (opts.where ?? `${target.socketPath} ${target.database}`);
	const newClient = (max: number): Sql =>
		target.kind === 'external'
			? postgres(target.url, { ...common, max, connect_timeout: 10 })
			: postgres({
					...common,
					max,
					path: target.socketPath,
					connect_timeout: 10,
					user: 'postgres',
					database: target.database
				});
	const pool = renewablePool(() => newClient(opts.max ?? 10), log);
	const sql = pool.sql;
	try {
		await sql`select 1`;
	} catch (e) {
		await pool.end({ timeout: 1 }).catch(() => {});
		await embedded?.release();
		throw connectionError(e, where);
	}
	const db = drizzle(sql, { casing: 'snake_case' });
	return {
		db,
		sql,
		where,
		target,
		embedded,
		newClient,
		renew: () => pool.renew(),
		async close(timeoutSeconds = 5) {
			await pool.end({ timeout: timeoutSeconds });
			await embedded?.release();
		}
	};
}

/** Opens the configured database: the external server in DATABASE_URL, or the embedded one. */
export async function openDatabase(cfg: Config, opts: OpenOptions): Promise<Database> {
	const o = { ...opts, logSql: opts.logSql ?? cfg.logSql };
	if (cfg.databaseUrl) return connect({ kind: 'external', url: cfg.databaseUrl }, o);
	const server = await startEmbedded(cfg.dataDir, opts.log);
	return connect(
		{ kind: 'socket', socketPath: server.socketPath, database: server.database },
		{ ...o, where: `inbyggd (${path.join(cfg.dataDir, 'pg')})` },
		server
	);
}

/** The newest migration this version of Nära has (drizzle/meta/_journal.json), read once. */
let newestMigration: number | undefined;
function newestMigrationOfThisVersion(): number {
	if (newestMigration === undefined) {
		const journal = JSON.parse(
			readFileSync(path.join(projectRoot(), 'drizzle', 'meta', '_journal.json'), 'utf8')
		) as { entries: { when: number }[] };
		newestMigration = Math.max(...journal.entries.map((e) => e.when));
	}
	return newestMigration;
}

/** Whether the database has every migration of this version (for /readyz). */
export async function migrationsApplied(db: Db): Promise<boolean> {
	const rows = await db.execute<{ newest: string | null }>(
		statement`select max(created_at)::text as newest from drizzle.__drizzle_migrations`
	);
	const newest = Number(rows[0]?.newest ?? 0);
	return newest >= newestMigrationOfThisVersion();
}

const MIGRATION_LOCK = 7_300_417; // any constant; serialises migrations across processes

/** Applies the committed migrations in drizzle/, holding a lock so two processes never race. */
export async function migrateDatabase(database: Database): Promise<void> {
	const conn = database.newClient(1);
	try {
		await conn`select pg_advisory_lock(${MIGRATION_LOCK})`;
		await migrate(drizzle(conn, { casing: 'snake_case' }), {
			migrationsFolder: path.join(projectRoot(), 'drizzle')
		});
	} finally {
		await conn.end({ timeout: 5 });
	}
}
