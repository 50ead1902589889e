import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseConfig } from '../../src/lib/platform/config.ts';
import {
	connect,
	migrateDatabase,
	openDatabase,
	type Database
} from '../../src/lib/platform/db/client.ts';
import { seedDatabase } from '../../src/lib/app/seed/seed.ts';
import { targetFor, type DbServer } from '../kit/db.ts';

/**
 * One PostgreSQL per test run: the embedded server (in a temporary data
 * directory) or the external one in TEST_DATABASE_URL. It makes two template
 * databases, one migrated and one migrated and seeded; each test file gets a
 * fresh database copied from one of them (tests/kit/db.ts).
 */

declare module 'vitest' {
	export interface ProvidedContext {
		dbTarget: 'embedded' | 'external';
		dbServer: DbServer;
		dbRun: string;
	}
}

export default async function setup(project: TestProject) {
	const target = project.config.provide?.dbTarget ?? 'embedded';
	const run = `${process.pid}_${Date.now().toString(36)}`;
	let admin: Database;
	let server: DbServer;
	let dataDir: string | undefined;
	if (target === 'external') {
		const url = process.env.TEST_DATABASE_URL;
		if (!url) throw new Error('db-external needs TEST_DATABASE_URL');
		admin = await openDatabase(parseConfig({ DATABASE_URL: url }), { role: 'test-admin', max: 1 });
		server = { kind: 'external', url };
	} else {
		dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'nara-test-'));
		await fs.chmod(dataDir, 0o755);
		admin = await openDatabase(parseConfig({ NARA_DATA_DIR: dataDir }), {
			role: 'test-admin',
			max: 1
		});
		server = { kind: 'embedded', socketPath: admin.embedded!.socketPath };
	}
	project.provide('dbServer', server);
	project.provide('dbRun', run);

	for (const seeded of [false, true]) {
		const name = templateName(run, seeded);
		await admin.sql.unsafe(`create database ${name}`);
		const db = await connect(targetFor(server, name), { role: 'test-template', max: 1 });
		await migrateDatabase(db);
		if (seeded) await seedDatabase(db.db);
		await db.close();
	}

	return async () => {
		// drop every database this run made: the templates and the per-file copies
		const rows = await admin.sql<{ datname: string }[]>`
			select datname from pg_database where datname like ${`nara_t_${run}%`}`;
		for (const { datname } of rows)
			await admin.sql.unsafe(`drop database if exists ${datname} with (force)`);
		await admin.close();
		if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
	};
}

export function templateName(run: string, seeded: boolean): string {
	return `nara_t_${run}_${seeded ? 'seeded' : 'migrated'}`;
}
