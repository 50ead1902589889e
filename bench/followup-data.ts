import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import { POPULATION_KPI } from '../src/lib/modules/followup/domain/catalogue.ts';
import { parseConfig } from '../src/lib/platform/config.ts';
import {
	connect,
	migrateDatabase,
	openDatabase,
	type Database
} from '../src/lib/platform/db/client.ts';
import { seedDatabase } from '../src/lib/app/seed/seed.ts';
import { msSince, type Target } from './lib.ts';
import {
	GENDERS,
	generate,
	realProfiles,
	sizeOf,
	type GeneratorSpec
} from './measurements-generator.ts';

/**
 * The database of the follow-up benchmarks: Nära migrated and seeded (the
 * real catalogue, areas and population), on a fresh embedded PostgreSQL in
 * a temporary directory or in a database of its own on the external server
 * (never the one BENCH_DATABASE_URL names), with the generated measurements
 * described by `benchSpec`.
 */

export const SEED = 20261122;
/** 30 years, as the goal of dashboard-query says (17 areas × 30 years) */
export const YEARS = Array.from({ length: 30 }, (_, i) => 1993 + i);
/** indicators: 312 areas × 72 × 30 years × 3 genders = 2,021,760 values, the first ≥ 2,000,000 */
export const INDICATORS = 72;
/** the indicator the dashboard benchmark asks for (fall injuries 80+, a real profile) */
export const DASHBOARD_KPI = 'N20402';
export const SOURCE = 'Genererat för benchmark';

export const log = (bench: string, message: string) => console.error(`${bench}: ${message}`);

export interface BenchDatabase {
	database: Database;
	/** what the server needs to run on this database (NARA_DATA_DIR or DATABASE_URL) */
	serverEnv: Record<string, string>;
	/** closes the connection; the temporary directory or database is removed */
	drop(): Promise<void>;
	/** closes the connection and leaves the data for a server to use */
	close(): Promise<void>;
}

/** A fresh Nära database, migrated and seeded. */
export async function benchDatabase(target: Target, bench: string): Promise<BenchDatabase> {
	const start = process.hrtime.bigint();
	let result: BenchDatabase;
	if (target.db === 'external') {
		// pid and time: two runs at once (other sessions on the same server) never share one
		const name = `nara_bench_${bench.replace(/-/g, '_')}_${process.pid}_${Date.now().toString(36)}`;
		const admin = postgres(target.databaseUrl!, { max: 1, onnotice: () => {} });
		try {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.unsafe(`create database ${name}`);
		} finally {
			await admin.end({ timeout: 5 });
		}
		const url = new URL(target.databaseUrl!);
		url.pathname = `/${name}`;
		const database = await connect({ kind: 'external', url: url.toString() }, { role: bench });
		const dropIt = async () => {
			const a = postgres(target.databaseUrl!, { max: 1, onnotice: () => {} });
			try {
				await a.unsafe(`drop database if exists ${name} with (force)`);
			} finally {
				await a.end({ timeout: 5 });
			}
		};
		result = {
			database,
			serverEnv: { DATABASE_URL: url.toString() },
			async drop() {
				await database.close();
				await dropIt();
			},
			close: () => database.close()
		};
		log(bench, `external database ${name} created`);
	} else {
		const dir = await fs.mkdtemp(path.join(os.tmpdir(), `nara-bench-${bench}-`));
		// as root, the embedded PostgreSQL runs as `postgres`, which must reach the directory
		await fs.chmod(dir, 0o755);
		const database = await openDatabase(parseConfig({ NARA_DATA_DIR: dir }), { role: bench });
		result = {
			database,
			serverEnv: { NARA_DATA_DIR: dir },
			async drop() {
				await database.close();
				await fs.rm(dir, { recursive: true, force: true });
			},
			close: () => database.close()
		};
		log(bench, `embedded PostgreSQL in ${dir}`);
	}
	await migrateDatabase(result.database);
	await seedDatabase(result.database.db);
	log(bench, `migrated and seeded in ${(msSince(start) / 1000).toFixed(1)} s`);
	return result;
}

export interface BenchData {
	spec: GeneratorSpec;
	/** Kolada id → id in Nära */
	ids: Map<string, number>;
	/** county code → its Kolada areas (municipalities and region; the import adds Riket) */
	counties: { code: string; name: string }[];
	values: number;
	/** how the dimensions were chosen, for the output */
	dimensions: string;
}

/**
 * The generated indicators and areas: 72 of Kolada's KPIs that are split by
 * gender (the real ones with values in the repository first, each with its
 * own profile; then the catalogue in id order, with the real profiles in
 * turn), leaving out the population KPIs the county aggregate is weighted
 * by; the areas are Riket, the 21 regions and the 290 municipalities.
 */
export async function benchData(database: Database): Promise<BenchData> {
	const profiles = realProfiles();
	const population = new Set(Object.values(POPULATION_KPI));
	const rows = await database.sql<{ id: number; kolada_id: string }[]>`
		select id, kolada_id from indicators
		where kolada_id is not null and has_gender_split and archived_at is null
		order by kolada_id`;
	const split = new Map(rows.map((r) => [r.kolada_id, r.id]));
	const real = profiles.filter((p) => split.has(p.kpi) && !population.has(p.kpi));
	const rest = rows
		.map((r) => r.kolada_id)
		.filter((k) => !population.has(k) && !real.some((p) => p.kpi === k));
	const kpis = [...real.map((p) => p.kpi), ...rest].slice(0, INDICATORS);
	// the real KPIs keep their own profile; the others take the real ones in turn
	const ordered = [...real, ...rest.map((_, i) => real[i % real.length]!)].slice(0, INDICATORS);
	const areaRows = await database.sql<{ kolada_id: string }[]>`
		select kolada_id from organisations where kolada_id is not null and kind in ('municipality', 'region')
		union select kolada_id from counties
		order by 1`;
	const areas = ['0000', ...new Set(areaRows.map((r) => r.kolada_id))];
	const spec: GeneratorSpec = { seed: SEED, kpis, areas, years: YEARS, profiles: ordered };
	const counties = await database.sql<{ code: string; name: string }[]>`
		select code, name from counties order by code`;
	const values = sizeOf(spec);
	if (!kpis.includes(DASHBOARD_KPI)) throw new Error(`${DASHBOARD_KPI} is not among the KPIs`);
	return {
		spec,
		ids: new Map(kpis.map((k) => [k, split.get(k)!])),
		counties,
		values,
		dimensions: `${areas.length} areas (Riket, regions, municipalities) × ${kpis.length} indicators × ${YEARS.length} years (${YEARS[0]}–${YEARS.at(-1)}) × ${GENDERS.length} genders = ${values} values`
	};
}

/** Removes the generated values (and vacuums), so each phase starts from the same table. */
export async function clearGenerated(database: Database, data: BenchData): Promise<void> {
	const ids = [...data.ids.values()];
	await database.sql`delete from measurements where indicator_id = any(${ids}::int[])`;
	await database.sql.unsafe('vacuum analyze measurements');
}

/** The generated rows in COPY's text format (tab-separated, \N for null), in chunks of about 1 MB. */
export function copyChunks(data: BenchData): Buffer[] {
	const chunks: Buffer[] = [];
	let lines: string[] = [];
	let size = 0;
	for (const r of generate(data.spec)) {
		const line = `${data.ids.get(r.kpi)}\t${r.area}\t${r.period}\t${r.gender}\t${r.value ?? '\\N'}\t${r.count}\t${r.status ?? '\\N'}\t${SOURCE}\n`;
		lines.push(line);
		size += line.length;
		if (size > 1_000_000) {
			chunks.push(Buffer.from(lines.join('')));
			lines = [];
			size = 0;
		}
	}
	if (lines.length) chunks.push(Buffer.from(lines.join('')));
	return chunks;
}

/**
 * COPY FROM STDIN of the rows into measurements through postgres.js. (The
 * hang in bulk.ts's note happens only when the server refuses a COPY after
 * its data; these rows are valid.)
 */
export async function copyRows(database: Database, chunks: readonly Buffer[]): Promise<void> {
	const conn = database.newClient(1);
	try {
		const writable = await conn`
			copy measurements (indicator_id, area_id, period, gender, value, count, status, source)
			from stdin`.writable();
		await pipeline(Readable.from(chunks), writable);
	} finally {
		await conn.end({ timeout: 5 });
	}
}

/** How many generated values are in the table (to check a phase wrote them all). */
export async function countGenerated(database: Database, data: BenchData): Promise<number> {
	const ids = [...data.ids.values()];
	const [row] = await database.sql<{ n: number }[]>`
		select count(*)::int as n from measurements where indicator_id = any(${ids}::int[])`;
	return row!.n;
}
