import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { committedTitles, setUp, targets, writeEvent, type Setup } from './traffic.ts';

/**
 * SIGTERM while writes keep coming: the server stops taking new connections,
 * lets the requests in flight finish, and only then closes the database, so
 * every write that is committed also got its 201; and it exits within
 * NARA_SHUTDOWN_TIMEOUT_MS (plus closing the database).
 */

const TIMEOUT_MS = 10_000;

let setup: Setup | undefined;
afterEach(async () => {
	await setup?.dispose();
	setup = undefined;
});

describe.each(targets)('graceful shutdown (%s)', (kind) => {
	test('SIGTERM under a write loop: every committed write got its answer', async () => {
		setup = await setUp(kind, { NARA_SHUTDOWN_TIMEOUT_MS: String(TIMEOUT_MS) });
		const s = setup;
		const prefix = `Avslut ${randomBytes(3).toString('hex')} `;
		const answers = new Map<string, string>();
		let n = 0;
		let signalled = false;
		let refusedAfterSignal = 0;
		const deadline = Date.now() + 20_000;
		const worker = async () => {
			// bounded: 200 writes or 20 s; after SIGTERM, until the server refuses
			while (n < 200 && Date.now() < deadline) {
				const title = `${prefix}${n++}`;
				const r = await writeEvent(s, title);
				answers.set(title, 'error' in r ? 'no answer' : String(r.status));
				if ('error' in r && signalled && ++refusedAfterSignal >= 8) return;
			}
		};
		const workers = Array.from({ length: 8 }, worker);
		// SIGTERM once writes are flowing, with several in flight
		while (n < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
		const inFlight = n - answers.size;
		signalled = true;
		const stopped = await s.server.stop('SIGTERM');
		await Promise.all(workers);

		const committed = await committedTitles(await s.database(), prefix);
		const lost = [...committed].filter((t) => answers.get(t) !== '201');
		const phantom = [...answers].filter(([t, a]) => a === '201' && !committed.has(t));
		const tally: Record<string, number> = {};
		for (const a of answers.values()) tally[a] = (tally[a] ?? 0) + 1;
		console.log(
			`${kind}: ${answers.size} writes, ${inFlight} in flight at SIGTERM, ${committed.size} committed, answers ${JSON.stringify(tally)}, exit ${stopped.code} after ${stopped.ms} ms`
		);

		expect(inFlight).toBeGreaterThan(0);
		expect(lost, s.server.output()).toEqual([]);
		expect(phantom).toEqual([]);
		expect(committed.size).toBeGreaterThanOrEqual(40);
		expect(stopped.code).toBe(0);
		// bounded: the timeout, then closing the database (at most 5 s) and the embedded server
		expect(stopped.ms).toBeLessThan(TIMEOUT_MS + 15_000);
		expect(s.server.output()).toContain('Nära har stoppats.');
	});
});
