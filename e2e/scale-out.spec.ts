import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connect, type Database } from '../src/lib/platform/db/client.ts';
import { startEmbedded } from '../src/lib/platform/db/embedded.ts';
import { importJobs } from '../src/lib/platform/db/tables.ts';
import { testUser } from '../tests/kit/cast.ts';
import { startReplayServer, type ReplayServer } from '../tests/kolada/replay-server.ts';
import { alive, startServer, tempDataDir } from '../tests/process.ts';

/**
 * Nära scaled out: two instances (each with a worker) on one PostgreSQL, as
 * behind a load balancer. A session made on one is valid on the other, a job
 * sent through one runs once, a conflict between edits on the two is
 * detected, and a job whose instance is killed (-9) mid-run is finished by
 * the other, or by the next start when no other runs. The database is a
 * database of its own on TEST_DATABASE_URL's server (as in CI), or else one
 * embedded server that both instances share.
 */

type Server = Awaited<ReturnType<typeof startServer>>;

const external = process.env.TEST_DATABASE_URL;
const name = `nara_scale_${process.pid}_${Date.now()}`;
let env: Record<string, string>;
let kolada: ReplayServer;
let database: Database;
let dataDir: string | undefined;
const servers: Server[] = [];
let cookie = '';

/** The Kolada request of the import below (one page of N20402 and U01402, 2020–2022, Värmland). */
const KOLADA_PATH =
	'/v3/data/kpi/N20402,U01402/municipality/0000,0017,1715,1730,1737,1760,1761,1762,1763,1764,1765,1766,1780,1781,1782,1783,1784,1785/year/2020,2021,2022';

async function start(): Promise<Server> {
	const server = await startServer(env, 240_000);
	servers.push(server);
	return server;
}

beforeAll(async () => {
	kolada = await startReplayServer();
	const common = {
		KOLADA_BASE_URL: kolada.baseUrl,
		NARA_JOBS_SUPERVISE_SECONDS: '1',
		NARA_SHUTDOWN_TIMEOUT_MS: '2000'
	};
	if (external) {
		const admin = await connect(
			{ kind: 'external', url: external },
			{ role: 'test-admin', max: 1 }
		);
		await admin.sql.unsafe(`create database ${name}`);
		await admin.close();
		const url = new URL(external);
		url.pathname = `/${name}`;
		env = { ...common, DATABASE_URL: url.toString() };
	} else {
		dataDir = await tempDataDir();
		env = { ...common, NARA_DATA_DIR: dataDir };
	}
	// the first start migrates and seeds; the second finds it done
	await start();
	await start();
	if (external) {
		database = await connect(
			{ kind: 'external', url: env.DATABASE_URL! },
			{ role: 'test', max: 2 }
		);
	} else {
		// a client of the embedded server the instances share
		const embedded = await startEmbedded(dataDir!);
		const target = {
			kind: 'socket',
			socketPath: embedded.socketPath,
			database: embedded.database
		} as const;
		database = await connect(target, { role: 'test', max: 2 }, embedded);
	}
}, 600_000);

afterAll(async () => {
	await Promise.all(servers.map((s) => (alive(s.child.pid!) ? s.stop() : undefined)));
	await database?.close();
	await kolada?.close();
	if (external) {
		const admin = await connect(
			{ kind: 'external', url: external },
			{ role: 'test-admin', max: 1 }
		);
		await admin.sql.unsafe(`drop database if exists ${name} with (force)`);
		await admin.close();
	}
}, 120_000);

function send(
	server: Server,
	method: string,
	path: string,
	body?: Record<string, unknown> | URLSearchParams
): Promise<Response> {
	const form = body instanceof URLSearchParams;
	return fetch(`${server.url}${path}`, {
		method,
		redirect: 'manual',
		headers: {
			cookie,
			origin: server.url,
			// a form posted by a browser, which SvelteKit answers with the redirect itself
			...(form ? { accept: 'text/html' } : {}),
			...(body
				? { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' }
				: {})
		},
		body: body === undefined ? undefined : form ? body : JSON.stringify(body)
	});
}

/** Starts the Kolada import through `server`'s form; the id of its record. */
async function startImport(server: Server): Promise<number> {
	const res = await send(
		server,
		'POST',
		'/lan/varmland/import/kolada',
		new URLSearchParams({ kpis: 'N20402, U01402', from: '2020', to: '2022' })
	);
	expect(res.status).toBe(303);
	return Number(res.headers.get('location')!.split('/').at(-1));
}

async function record(id: number) {
	const [row] = await database.db.select().from(importJobs).where(eq(importJobs.id, id));
	return row!;
}

async function until<T>(what: string, get: () => Promise<T>, ok: (t: T) => boolean, ms = 90_000) {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await get();
		if (ok(value)) return value;
		if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(value)}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

const koladaCalls = () => kolada.requests.filter((r) => r.pathname === KOLADA_PATH).length;

describe('two instances on one PostgreSQL', () => {
	test('a session is valid on both instances, and signing out on one ends it on the other', async () => {
		const [a, b] = servers;
		const user = await testUser(database.db, 'coordinator', '17');
		cookie = `nara_session=${user.sessionToken}`;
		const email = user.actor.kind === 'user' ? user.actor.email : '';
		for (const server of [a!, b!]) {
			const me = await send(server, 'GET', '/api/me');
			expect(me.status).toBe(200);
			expect(await me.json()).toMatchObject({ email });
		}
		const other = await testUser(database.db, 'reader', '17');
		const signOut = await fetch(`${a!.url}/logga-ut`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				cookie: `nara_session=${other.sessionToken}`,
				origin: a!.url,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: ''
		});
		expect(signOut.status).toBe(303);
		const after = await fetch(`${b!.url}/api/me`, {
			headers: { cookie: `nara_session=${other.sessionToken}` }
		});
		expect(after.status).toBe(401);
	});

	test('an edit on one instance and a stale edit on the other: the second is a conflict', async () => {
		const [a, b] = servers;
		const body = {
			name: `Grupp för två instanser ${Date.now()}`,
			level: 'local',
			composition: '',
			mandate: 'Först.'
		};
		const created = await send(a!, 'POST', '/api/counties/17/groups', body);
		expect(created.status).toBe(201);
		const { id } = await created.json();
		const first = await send(a!, 'PUT', `/api/counties/17/groups/${id}`, {
			...body,
			mandate: 'Från A.',
			revision: 1
		});
		expect(first.status).toBe(200);
		const stale = await send(b!, 'PUT', `/api/counties/17/groups/${id}`, {
			...body,
			mandate: 'Från B.',
			revision: 1
		});
		expect(stale.status).toBe(409);
		expect((await stale.json()).error.current.current).toMatchObject({ mandate: 'Från A.' });
	});

	test('a job sent through one instance runs once, and either instance shows it', async () => {
		const [a, b] = servers;
		const before = koladaCalls();
		const id = await startImport(a!);
		const done = await until(
			'the job',
			async () => (await send(b!, 'GET', `/api/counties/17/kolada-imports/${id}`)).json(),
			(j) => j.status === 'done' || j.status === 'failed'
		);
		expect(done).toMatchObject({ status: 'done', attempts: 1 });
		expect(done.message).toMatch(/^Läste in 95 värden/);
		expect(koladaCalls() - before).toBe(1);
	});

	test('killing (-9) the instance that runs a job: the other instance finishes it', async () => {
		kolada.inject(KOLADA_PATH, { status: 200, hang: true });
		const id = await startImport(servers[0]!);
		const running = await until(
			'the first attempt',
			() => record(id),
			(r) => r.status === 'running' && !!r.runner
		);
		const pid = Number(running.runner!.split(':').at(-1));
		const victim = servers.find((s) => s.child.pid === pid)!;
		expect(victim).toBeDefined();
		await until(
			'the hanging request',
			async () => koladaCalls(),
			(n) => n > 0
		);
		victim.child.kill('SIGKILL');
		await until(
			'the kill',
			async () => alive(pid),
			(x) => !x,
			10_000
		);
		const ended = await until(
			'the retry',
			() => record(id),
			(r) => r.status === 'done' || r.status === 'failed',
			120_000
		);
		expect(ended).toMatchObject({ status: 'done', attempts: 2 });
		expect(Number(ended.runner!.split(':').at(-1))).not.toBe(pid);
	}, 180_000);

	test('killing (-9) the only instance mid-job: the next start retries it to done', async () => {
		const survivor = servers.find((s) => alive(s.child.pid!))!;
		kolada.inject(KOLADA_PATH, { status: 200, hang: true });
		const calls = koladaCalls();
		const id = await startImport(survivor);
		await until(
			'the hanging request',
			async () => koladaCalls(),
			(n) => n > calls
		);
		survivor.child.kill('SIGKILL');
		await until(
			'the kill',
			async () => alive(survivor.child.pid!),
			(x) => !x,
			10_000
		);
		expect((await record(id)).status).toBe('running');
		const next = await start();
		const ended = await until(
			'the retry',
			() => record(id),
			(r) => r.status === 'done' || r.status === 'failed',
			120_000
		);
		expect(ended).toMatchObject({ status: 'done', attempts: 2 });
		expect(
			(await (await send(next, 'GET', `/api/counties/17/kolada-imports/${id}`)).json()).status
		).toBe('done');
	}, 300_000);
});
