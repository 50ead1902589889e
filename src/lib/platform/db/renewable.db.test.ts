import { sql as q } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile, dbTargetName } from '../../../../tests/kit/db.ts';
import { isBrokenConnection, isDatabaseUnavailable } from './faults.ts';
import { timelineEvents } from '../../modules/timeline/tables.ts';

/**
 * The pool behind Drizzle can be renewed while in use: a transaction on the
 * old pool finishes, new queries go to the new one, Drizzle's type handling
 * carries over; and a connection terminated by the server fails its query
 * with an error that is classified as unavailable, after which the renewed
 * pool answers.
 */

const database = databaseForFile();

const backends = async () =>
	(await database.db.execute<{ pid: number }>(q`select pg_backend_pid() as pid`))[0]!.pid;

describe(`renewing the pool (${dbTargetName()})`, () => {
	test('a transaction on the old pool commits; new queries use new connections; Drizzle’s parsers carry over', async () => {
		const before = await backends();
		let renewed = false;
		const title = `Förnyad pool ${Date.now()}`;
		await database.db.transaction(async (tx) => {
			await tx.insert(timelineEvents).values({
				countyCode: '17',
				level: 'county',
				year: 2025,
				periodLabel: '2025',
				title,
				body: 'Skrivet medan poolen byttes.',
				position: 1
			});
			renewed = database.renew();
			// still the old connection, inside the transaction
			expect((await tx.execute<{ pid: number }>(q`select pg_backend_pid() as pid`))[0]!.pid).toBe(
				before
			);
		});
		expect(renewed).toBe(true);
		expect(database.renew()).toBe(false); // at most once a second
		const [row] = await database.db
			.select({ title: timelineEvents.title, createdAt: timelineEvents.createdAt })
			.from(timelineEvents)
			.where(q`${timelineEvents.title} = ${title}`);
		expect(row?.title).toBe(title);
		expect(row?.createdAt).toBeInstanceOf(Date);
		expect(await backends()).not.toBe(before);
		// Drizzle's own parsers (timestamps come as text, it converts them) carried over
		const [raw] = await database.db.execute<{ t: unknown }>(q`select now() as t`);
		expect(typeof raw!.t).toBe('string');
	});

	test('a backend terminated by the server fails with an unavailable error; the renewed pool answers', async () => {
		await new Promise((r) => setTimeout(r, 1_100)); // past the renewal interval
		const admin = database.newClient(1);
		try {
			const victim = await backends();
			const slow = database.db.execute(q`select pg_sleep(5)`).then(
				() => undefined,
				(e: unknown) => e
			);
			await new Promise((r) => setTimeout(r, 300));
			await admin`select pg_terminate_backend(${victim})`;
			const error = await slow;
			expect(isDatabaseUnavailable(error)).toBe(true);
			expect(isBrokenConnection(error)).toBe(true);
			expect(database.renew()).toBe(true);
			expect(await backends()).not.toBe(victim);
		} finally {
			await admin.end();
		}
	});
});
