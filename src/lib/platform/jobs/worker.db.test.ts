import { expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { jobsFor, recordWhenEnded } from '../../../../tests/kit/jobs.ts';
import { UserFacingError } from '../errors.ts';
import { defineJob } from './define.ts';
import type { JobQueue } from './queue.ts';
import { createJobRecord } from './records.ts';

/**
 * The worker on the real queue (pg-boss): retries, a job out of attempts, a
 * refusal that is not retried, a worker that dies mid-job, a last attempt
 * cut off (dead letter), and two workers sharing one queue without running
 * a job twice.
 */

const database = databaseForFile({ seeded: false });

/** Runs per record, across every worker of this file. */
const runs = new Map<number, number>();
const count = (id: number) => runs.set(id, (runs.get(id) ?? 0) + 1).get(id)!;

type Data = { recordId: number; mode: 'flaky' | 'broken' | 'refused' | 'hang' | 'quick' };
let release: () => void = () => {};

const testJob = defineJob<Data>({
	name: 'test-job',
	title: 'Testjobbet',
	retryLimit: 2,
	retryDelaySeconds: 0,
	timeoutSeconds: 60,
	heartbeatSeconds: 10,
	async run(_ctx, data) {
		const n = count(data.recordId);
		if (data.mode === 'flaky' && n === 1) throw new Error('första försöket föll');
		if (data.mode === 'broken') throw new Error('trasigt varje gång');
		if (data.mode === 'refused') throw new UserFacingError('Nyckeltalet finns inte.');
		if (data.mode === 'hang' && n === 1) await new Promise<void>((r) => (release = r));
		return { message: `Klart efter ${n} försök.` };
	}
});
/** the same work with no retry: its first attempt is its last */
const onceJob = defineJob<Data>({ ...testJob, name: 'test-job-once', retryLimit: 0 });
const definitions = [testJob, onceJob];

async function send(
	jobs: { queue: JobQueue },
	mode: Data['mode'],
	queue = 'test-job'
): Promise<number> {
	return database.db.transaction(async (tx) => {
		const recordId = await createJobRecord(tx, {
			kind: 'test',
			countyCode: null,
			params: {},
			message: 'Väntar …',
			createdByUserId: null
		});
		await jobs.queue.send(tx, queue, { recordId, mode });
		return recordId;
	});
}

test('a failed attempt is retried, and the record counts the attempts', async () => {
	const jobs = await jobsFor(database, definitions, { scope: 'test' });
	const id = await send(jobs, 'flaky');
	const row = await recordWhenEnded(database, id);
	expect(row).toMatchObject({ status: 'done', attempts: 2, message: 'Klart efter 2 försök.' });
});

test('out of attempts: failed, saying what the person can do', async () => {
	const jobs = await jobsFor(database, definitions, { scope: 'test' });
	const id = await send(jobs, 'broken');
	const row = await recordWhenEnded(database, id);
	expect(row.status).toBe('failed');
	expect(row.attempts).toBe(3);
	expect(row.message).toBe(
		'Testjobbet misslyckades efter 3 försök: ett oväntat fel. Du kan starta om den; om det händer igen, kontakta den som driver Nära och ange jobbets nummer.'
	);
});

test('a refusal (a UserFacingError) is not retried: its message is the answer', async () => {
	const jobs = await jobsFor(database, definitions, { scope: 'test' });
	const id = await send(jobs, 'refused');
	const row = await recordWhenEnded(database, id);
	expect(row).toMatchObject({ status: 'failed', attempts: 1 });
	expect(row.message).toMatch(
		/^Testjobbet misslyckades efter ett försök: Nyckeltalet finns inte\. /
	);
	expect(runs.get(id)).toBe(1);
});

/**
 * A worker A takes a job that hangs and goes away without finishing it (kill -9
 * is tried in e2e/scale-out.spec.ts); then a worker B starts. The job's record id.
 */
async function cutOffMidJob(queue: string): Promise<number> {
	const a = await jobsFor(database, definitions, { scope: 'test' });
	const id = await send(a, 'hang', queue);
	// wait until A runs it
	for (let i = 0; i < 100 && runs.get(id) !== 1; i++) await new Promise((r) => setTimeout(r, 100));
	expect(runs.get(id)).toBe(1);
	await a.boss.stop({ graceful: false, close: true, timeout: 1000 });
	await jobsFor(database, definitions, { scope: 'test' });
	return id;
}

test('a worker stopped mid-job without waiting: another takes the job over', async () => {
	const id = await cutOffMidJob('test-job');
	const row = await recordWhenEnded(database, id, 45_000);
	release();
	expect(row).toMatchObject({ status: 'done', attempts: 2, message: 'Klart efter 2 försök.' });
}, 60_000);

test('a last attempt cut off mid-job: the dead-letter queue ends the record failed, with a message', async () => {
	// A stopped without waiting: the queue counted the attempt failed and, with none left, sent the
	// job to the dead-letter queue, whose worker (B's) ends the record that still says "running"
	const id = await cutOffMidJob('test-job-once');
	const row = await recordWhenEnded(database, id, 45_000);
	release();
	expect(row).toMatchObject({ status: 'failed', attempts: 1 });
	expect(row.message).toBe(
		'Testjobbet misslyckades efter ett försök: arbetet avbröts varje gång innan det blev klart. Du kan starta om den; om det händer igen, kontakta den som driver Nära och ange jobbets nummer.'
	);
	expect(runs.get(id)).toBe(1);
}, 60_000);

test('two workers on one queue: each of 40 jobs runs once', async () => {
	const one = await jobsFor(database, definitions, { scope: 'test' });
	await jobsFor(database, definitions, { scope: 'test' });
	const ids: number[] = [];
	for (let i = 0; i < 40; i++) ids.push(await send(one, 'quick'));
	for (const id of ids) await recordWhenEnded(database, id);
	expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => 1));
}, 60_000);
