import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterEach, describe, expect, test } from 'vitest';
import { alive, postmasterPid } from './process.ts';
import { committedTitles, setUp, targets, writeEvent, type Setup } from './traffic.ts';

/**
 * The database goes away under load and comes back; the web server must not
 * die. On the embedded PostgreSQL the postmaster is killed with SIGKILL (Nära
 * starts it again); on the external server every backend of Nära's database
 * is terminated, as a failover would. Throughout, every answer is 2xx or 503
 * (never 500, never a dropped connection), every 503 says so in Swedish in the
 * documented shape, and afterwards the same Nära process answers again.
 */

const UNAVAILABLE = {
	error: {
		code: 'unavailable',
		message: 'Databasen går inte att nå just nu. Försök igen om en stund.'
	}
};

let setup: Setup | undefined;
afterEach(async () => {
	await setup?.dispose();
	setup = undefined;
});

interface Tally {
	statuses: Record<string, number>;
	/** answers that break the rules, described */
	wrong: string[];
	/** titles of writes answered 201 */
	acknowledged: string[];
}

async function request(
	s: Setup,
	kind: 'page' | 'api' | 'health' | 'write',
	title: string
): Promise<{ status: number | string; body: string; type: string }> {
	if (kind === 'write') {
		const r = await writeEvent(s, title);
		return 'error' in r ? { status: 'fetch-error', body: r.error, type: '' } : { ...r, type: '' };
	}
	const path = { page: '/lan/varmland', api: '/api/counties/17/timeline', health: '/readyz' }[kind];
	try {
		const res = await fetch(`${s.server.url}${path}`, { headers: { cookie: s.cookie } });
		return {
			status: res.status,
			body: await res.text(),
			type: res.headers.get('content-type') ?? ''
		};
	} catch (e) {
		return { status: 'fetch-error', body: String((e as { cause?: unknown }).cause ?? e), type: '' };
	}
}

function parse(body: string): unknown {
	try {
		return JSON.parse(body);
	} catch {
		return body.slice(0, 200);
	}
}

/** Requests of every kind from `workers` loops until `until()` or `maxRequests`. */
async function load(
	s: Setup,
	prefix: string,
	until: () => boolean,
	workers = 6,
	maxRequests = 3_000
): Promise<Tally> {
	const tally: Tally = { statuses: {}, wrong: [], acknowledged: [] };
	const kinds = ['write', 'page', 'write', 'api', 'health'] as const;
	let n = 0;
	const worker = async () => {
		while (!until() && n < maxRequests) {
			const i = n++;
			const kind = kinds[i % kinds.length]!;
			const title = `${prefix}${i}`;
			const r = await request(s, kind, title);
			const key = `${kind} ${r.status}`;
			tally.statuses[key] = (tally.statuses[key] ?? 0) + 1;
			const ok = kind === 'write' ? r.status === 201 : r.status === 200;
			if (kind === 'write' && r.status === 201) tally.acknowledged.push(title);
			if (ok) continue;
			if (r.status !== 503) {
				tally.wrong.push(`${kind} ${r.status}: ${r.body.slice(0, 200)}`);
			} else if (kind === 'page') {
				if (!/text\/html/.test(r.type) || !r.body.includes('Databasen går inte att nå just nu'))
					tally.wrong.push(`page 503 without the Swedish page: ${r.body.slice(0, 200)}`);
			} else if (kind === 'health') {
				if ((parse(r.body) as { error?: { code?: string } }).error?.code !== 'unavailable')
					tally.wrong.push(`readyz 503: ${r.body}`);
			} else if (JSON.stringify(parse(r.body)) !== JSON.stringify(UNAVAILABLE)) {
				tally.wrong.push(`${kind} 503 outside the error shape: ${r.body.slice(0, 200)}`);
			}
		}
	};
	await Promise.all(Array.from({ length: workers }, worker));
	return tally;
}

/** Polls /readyz until it reports the database up (at most `ms`). */
async function healthy(s: Setup, ms = 90_000): Promise<unknown> {
	const deadline = Date.now() + ms;
	for (;;) {
		const r = await request(s, 'health', '');
		if (r.status === 200) return JSON.parse(r.body);
		if (Date.now() > deadline) throw new Error(`/readyz: ${r.status} ${r.body}`);
		await new Promise((res) => setTimeout(res, 250));
	}
}

async function killDatabase(s: Setup, dir: string | undefined): Promise<string> {
	if (s.kind === 'embedded') {
		const pid = await postmasterPid(dir!);
		expect(pid && alive(pid)).toBeTruthy();
		process.kill(pid!, 'SIGKILL');
		return `postmaster ${pid}`;
	}
	const name = new URL(s.env.DATABASE_URL!).pathname.slice(1);
	const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
	try {
		const rows = await admin`
			select pg_terminate_backend(pid) as done from pg_stat_activity
			where datname = ${name} and pid <> pg_backend_pid()`;
		expect(rows.filter((r) => r.done).length).toBeGreaterThan(0);
		return `${rows.length} backends`;
	} finally {
		await admin.end();
	}
}

describe.each(targets)('the database goes away under load (%s)', (kind) => {
	test('requests fail with 503, the pool reconnects, the same process answers again', async () => {
		setup = await setUp(kind);
		const s = setup;
		const dir = s.env.NARA_DATA_DIR;
		const pid = s.server.child.pid!;
		await s.closeDatabase(); // the test's own pool would break too
		const prefix = `Fel ${randomBytes(3).toString('hex')} `;

		// warm up, then pull the database away twice while requests keep coming
		const start = Date.now();
		let killedAt = Infinity;
		const running = load(s, prefix, () => Date.now() - killedAt > 8_000);
		await new Promise((r) => setTimeout(r, 1_500));
		const first = await killDatabase(s, dir);
		killedAt = Date.now();
		if (kind === 'external') {
			await new Promise((r) => setTimeout(r, 1_500));
			await killDatabase(s, dir);
		}
		const tally = await running;
		console.log(
			`${kind}: killed ${first}; ${JSON.stringify(tally.statuses)} in ${Date.now() - start} ms`
		);

		expect(tally.wrong, s.server.output()).toEqual([]);
		expect(alive(pid)).toBe(true);
		expect(await healthy(s)).toEqual({ status: 'ok', database: 'ok', migrations: 'ok' });
		expect((await request(s, 'page', '')).status).toBe(200);
		const after = await writeEvent(s, `${prefix}efteråt`);
		expect('status' in after && after.status).toBe(201);
		expect(alive(pid)).toBe(true);
		expect(s.server.output()).not.toMatch(/TypeError|Unhandled|uncaught/i);
		if (kind === 'embedded') {
			// Nära started its database again: a new postmaster
			expect(s.server.output()).toContain('Den inbyggda databasen är igång igen.');
		}

		// no acknowledged write was lost
		const committed = await committedTitles(await s.database(), prefix);
		expect(tally.acknowledged.filter((t) => !committed.has(t))).toEqual([]);
	});
});
