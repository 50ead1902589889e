import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import postgres from 'postgres';
import { parseConfig } from '../src/lib/platform/config.ts';
import { openDatabase, type Database } from '../src/lib/platform/db/client.ts';
import { testUser } from './kit/cast.ts';
import { alive, postmasterPid, startServer, tempDataDir, type Server } from './process.ts';

/**
 * A running `nara serve` on the embedded PostgreSQL, or on a database of its
 * own on the external server in TEST_DATABASE_URL (created here, dropped by
 * `dispose`), with a coordinator's session for API writes.
 */
export interface Setup {
	kind: 'embedded' | 'external';
	server: Server;
	/** the session cookie of a coordinator in Värmland (17) */
	cookie: string;
	env: Record<string, string>;
	/** a connection of the test's own to the server's database */
	database(): Promise<Database>;
	/** closes that connection (before the database is killed: its pool would break too) */
	closeDatabase(): Promise<void>;
	dispose(): Promise<void>;
}

/** The databases to run on: embedded always, external when TEST_DATABASE_URL is set. */
export const targets: ('embedded' | 'external')[] = process.env.TEST_DATABASE_URL
	? ['embedded', 'external']
	: ['embedded'];

export async function setUp(
	kind: 'embedded' | 'external',
	extraEnv: Record<string, string> = {}
): Promise<Setup> {
	let env: Record<string, string>;
	let dropDatabase = async () => {};
	let dir: string | undefined;
	if (kind === 'embedded') {
		dir = await tempDataDir();
		env = { NARA_DATA_DIR: dir };
	} else {
		const name = `nara_faults_${randomBytes(4).toString('hex')}`;
		const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		await admin.end();
		const url = new URL(process.env.TEST_DATABASE_URL!);
		url.pathname = `/${name}`;
		env = { DATABASE_URL: url.toString() };
		dropDatabase = async () => {
			const a = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
			await a.unsafe(`drop database if exists ${name} with (force)`);
			await a.end();
		};
	}
	const server = await startServer({ ...env, ...extraEnv });
	let own: Promise<Database> | undefined;
	const database = () => (own ??= openDatabase(parseConfig(env), { role: 'test', max: 2 }));
	const closeDatabase = async () => {
		const d = own;
		own = undefined;
		if (d) await (await d).close().catch(() => {});
	};
	const { sessionToken } = await testUser((await database()).db, 'coordinator');
	return {
		kind,
		server,
		cookie: `nara_session=${sessionToken}`,
		env,
		database,
		closeDatabase,
		async dispose() {
			await closeDatabase();
			if (alive(server.child.pid!)) await server.stop('SIGKILL');
			if (dir) {
				const pg = await postmasterPid(dir);
				if (pg && alive(pg)) process.kill(pg, 'SIGKILL');
				await fs.rm(dir, { recursive: true, force: true });
			}
			await dropDatabase();
		}
	};
}

/** Posts a timeline event with a unique title; resolves with the status or the fetch error. */
export async function writeEvent(
	s: Setup,
	title: string
): Promise<{ status: number; body: string } | { error: string }> {
	try {
		const res = await fetch(`${s.server.url}/api/counties/17/timeline`, {
			method: 'POST',
			headers: { cookie: s.cookie, origin: s.server.url, 'content-type': 'application/json' },
			body: JSON.stringify({
				title,
				body: 'Skrivet under ett test.',
				year: 2025,
				visibility: 'public'
			})
		});
		return { status: res.status, body: await res.text() };
	} catch (e) {
		return { error: String((e as { cause?: unknown }).cause ?? e) };
	}
}

/** The titles starting with `prefix` that are committed in the timeline. */
export async function committedTitles(db: Database, prefix: string): Promise<Set<string>> {
	const rows = await db.sql<{ title: string }[]>`
		select title from timeline_events where title like ${prefix + '%'}`;
	return new Set(rows.map((r) => r.title));
}
