import os from 'node:os';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { importJobs } from '../db/tables.ts';

/**
 * The record of a job a person started (table import_jobs): what they see of
 * it. The queue moves it: queued → running → done or failed; a retry puts it
 * back to queued with a message saying so.
 */

export type JobRecord = typeof importJobs.$inferSelect;

type Executor = Pick<Db, 'insert' | 'update' | 'select'>;

export interface NewJobRecord {
	kind: string;
	countyCode: string | null;
	params: Record<string, unknown>;
	message: string;
	createdByUserId: number | null;
}

/** Creates the record (in the caller's transaction, with the queue's job). */
export async function createJobRecord(tx: Executor, values: NewJobRecord): Promise<number> {
	const [row] = await tx
		.insert(importJobs)
		.values({ ...values, status: 'queued' })
		.returning({ id: importJobs.id });
	return row!.id;
}

/**
 * A worker starts an attempt: the record becomes running and counts it. A
 * record that has already ended is left alone (undefined): the work was done.
 */
export async function startAttempt(db: Db, id: number): Promise<JobRecord | undefined> {
	const [row] = await db
		.update(importJobs)
		.set({
			status: 'running',
			attempts: sql`${importJobs.attempts} + 1`,
			startedAt: new Date(),
			finishedAt: null,
			runner: `${os.hostname()}:${process.pid}`
		})
		.where(and(eq(importJobs.id, id), inArray(importJobs.status, ['queued', 'running'])))
		.returning();
	return row;
}

/** Ends the record: done with what was done (and where to see it), or failed with what to do. */
export async function finishJobRecord(
	db: Executor,
	id: number,
	end: { status: 'done' | 'failed'; message: string; link?: string | null }
): Promise<void> {
	await db
		.update(importJobs)
		.set({
			status: end.status,
			message: end.message,
			link: end.link ?? null,
			finishedAt: new Date()
		})
		.where(eq(importJobs.id, id));
}

/** A failed attempt that the queue will try again. */
export async function awaitRetry(db: Executor, id: number, message: string): Promise<void> {
	await db
		.update(importJobs)
		.set({ status: 'queued', message })
		.where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')));
}

/** Fails a record that has not ended (its last attempt died with its process). */
export async function failUnfinished(
	db: Db,
	id: number,
	message: (attempts: number) => string
): Promise<void> {
	const [row] = await db
		.select({ attempts: importJobs.attempts })
		.from(importJobs)
		.where(and(eq(importJobs.id, id), inArray(importJobs.status, ['queued', 'running'])));
	if (!row) return;
	await db
		.update(importJobs)
		.set({ status: 'failed', message: message(row.attempts), finishedAt: new Date() })
		.where(and(eq(importJobs.id, id), inArray(importJobs.status, ['queued', 'running'])));
}

/** Updates of progress are written at most this often (ms), besides the first and the last. */
const PROGRESS_INTERVAL_MS = 500;

export interface ProgressWriter {
	report(step: string, done: number, total: number): void;
	/** waits for the updates already asked for */
	flush(): Promise<void>;
}

/** Writes progress to the record, at most every half second, in order, never failing the job. */
export function progressWriter(db: Db, id: number): ProgressWriter {
	let last = 0;
	let pending: Promise<unknown> = Promise.resolve();
	return {
		report(step, done, total) {
			const t = Date.now();
			if (done !== 0 && done !== total && t - last < PROGRESS_INTERVAL_MS) return;
			last = t;
			pending = pending
				.then(() =>
					db
						.update(importJobs)
						.set({ done, total, message: `${step} …` })
						.where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')))
				)
				.catch(() => undefined);
		},
		flush: () => pending.then(() => undefined)
	};
}

/** One job record of a county and kind, or undefined. */
export async function jobRecord(
	db: Db,
	where: { id: number; kind: string; countyCode: string }
): Promise<JobRecord | undefined> {
	const [row] = await db
		.select()
		.from(importJobs)
		.where(
			and(
				eq(importJobs.id, where.id),
				eq(importJobs.kind, where.kind),
				eq(importJobs.countyCode, where.countyCode)
			)
		);
	return row;
}
