import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../src/lib/platform/config.ts';
import {
	connect,
	migrateDatabase,
	openDatabase,
	type Database
} from '../src/lib/platform/db/client.ts';
import { seedDatabase } from '../src/lib/app/seed/seed.ts';
import type { Target } from './lib.ts';

/**
 * A migrated and seeded database of the benchmark's own, dropped afterwards.
 *
 * - `embedded`: a new embedded PostgreSQL in a temporary data directory (its
 *   `nara` database), stopped and removed by `close()`.
 * - `external`: a new database `nara_bench_<label>_<pid>_<time>` on the server
 *   of `target.databaseUrl`, created through that URL's database and dropped
 *   by `close()`. The database named in the URL is never written to.
 */
export interface BenchDatabase extends Database {
	/** which database, for the results file */
	label: string;
}

export async function benchDatabase(
	target: Target,
	label: string,
	log: (message: string) => void
): Promise<BenchDatabase> {
	if (target.db === 'external') {
		if (!target.databaseUrl) throw new Error('external target without a database URL');
		return externalDatabase(target.databaseUrl, label, log);
	}
	if (target.db !== 'embedded') throw new Error(`no database for target ${target.db}`);
	return embeddedDatabase(label, log);
}

async function prepare(database: Database, log: (message: string) => void): Promise<void> {
	log('migrating');
	await migrateDatabase(database);
	log('seeding (reference data and the source documents’ content)');
	await seedDatabase(database.db);
}

async function embeddedDatabase(
	label: string,
	log: (message: string) => void
): Promise<BenchDatabase> {
	const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `nara-bench-${label}-`));
	// As root, the embedded PostgreSQL runs as the `postgres` OS user, which
	// must reach the data directory (mkdtemp makes it 0700).
	await fs.chmod(dataDir, 0o755);
	let database: Database;
	try {
		log(`starting an embedded PostgreSQL in ${dataDir}`);
		database = await openDatabase(parseConfig({ NARA_DATA_DIR: dataDir }), {
			role: `bench-${label}`,
			max: 4
		});
	} catch (e) {
		await fs.rm(dataDir, { recursive: true, force: true });
		throw e;
	}
	const close = async () => {
		await database.close();
		await fs.rm(dataDir, { recursive: true, force: true });
	};
	try {
		await prepare(database, log);
	} catch (e) {
		await close();
		throw e;
	}
	return { ...database, label: `embedded ${dataDir}`, close };
}

async function externalDatabase(
	url: string,
	label: string,
	log: (message: string) => void
): Promise<BenchDatabase> {
	const name = `nara_bench_${label.replace(/[^a-z0-9]/g, '_')}_${process.pid}_${Date.now().toString(36)}`;
	const admin = await connect({ kind: 'external', url }, { role: `bench-${label}-admin`, max: 1 });
	const drop = async () => {
		await admin.sql.unsafe(`drop database if exists ${name} with (force)`);
		await admin.close();
	};
	let database: Database;
	try {
		log(`creating database ${name}`);
		await admin.sql.unsafe(`create database ${name}`);
		const u = new URL(url);
		u.pathname = `/${name}`;
		database = await connect(
			{ kind: 'external', url: u.toString() },
			{
				role: `bench-${label}`,
				max: 4
			}
		);
	} catch (e) {
		await drop();
		throw e;
	}
	const close = async () => {
		await database.close();
		log(`dropping database ${name}`);
		await drop();
	};
	try {
		await prepare(database, log);
	} catch (e) {
		await close();
		throw e;
	}
	return {
		...database,
		label: `external ${database.where.replace(/\/[^/]*$/, '')}/${name}`,
		close
	};
}
