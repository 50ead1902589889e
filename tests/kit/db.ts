import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { connect, type Database, type Target } from '../../src/lib/platform/db/client.ts';

/** A database of a test file's own, with its name. */
export type TestDatabase = Database & { name: string };

/** The server the db projects run against, as the global setup provides it. */
export type DbServer = { kind: 'embedded'; socketPath: string } | { kind: 'external'; url: string };

export function targetFor(server: DbServer, database: string): Target {
	if (server.kind === 'embedded')
		return { kind: 'socket', socketPath: server.socketPath, database };
	const u = new URL(server.url);
	u.pathname = `/${database}`;
	return { kind: 'external', url: u.toString() };
}

/**
 * A database of its own for one test file, copied from the run's template:
 * migrated and seeded (the default), or only migrated. Close it in afterAll.
 */
export async function freshDatabase(opts: { seeded?: boolean } = {}): Promise<TestDatabase> {
	const server = inject('dbServer');
	const run = inject('dbRun');
	const template = `nara_t_${run}_${opts.seeded === false ? 'migrated' : 'seeded'}`;
	const name = `nara_t_${run}_f${randomBytes(4).toString('hex')}`;
	const admin = await connect(targetFor(server, 'postgres'), { role: 'test-admin', max: 1 });
	try {
		await admin.sql.unsafe(`create database ${name} template ${template}`);
	} finally {
		await admin.close();
	}
	const database = await connect(targetFor(server, name), { role: 'test', max: 4 });
	return Object.assign(database, { name });
}

/** Which server this project runs on, for test names. */
export function dbTargetName(): string {
	return inject('dbTarget');
}

/**
 * This test file's own database (see freshDatabase), opened before its first
 * test and closed after its last. The object is filled in by the file's first
 * hook: read its fields (`database.db`) inside tests and hooks, not at the top.
 */
export function databaseForFile(opts: { seeded?: boolean } = {}): TestDatabase {
	const database = {} as TestDatabase;
	beforeAll(async () => {
		Object.assign(database, await freshDatabase(opts));
	});
	// when opening failed there is nothing to close
	afterAll(() => database.close?.());
	return database;
}
