import type { JobWithMetadata, PgBoss, Queue } from 'pg-boss';
import type { Database } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';
import {
	recordIdOf,
	retryableByDefault,
	type JobContext,
	type JobDefinition,
	type JobResult
} from './define.ts';
import {
	awaitRetry,
	failUnfinished,
	finishJobRecord,
	progressWriter,
	startAttempt
} from './records.ts';

/**
 * A worker: takes jobs from the queue (one at a time per kind in this
 * process) and runs them. A job a person started has a record that follows
 * it (records.ts). A failed attempt is retried as its kind allows; a job out
 * of attempts goes to the dead-letter queue, whose worker marks its record
 * failed with a message saying what the person can do.
 */

export const DEAD_LETTER_QUEUE = 'nara-dead-letter';

type Log = (message: string) => void;

function queueOptions(j: JobDefinition): Omit<Queue, 'name'> {
	return {
		retryLimit: j.retryLimit,
		retryDelay: j.retryDelaySeconds,
		retryBackoff: j.retryDelaySeconds > 0,
		expireInSeconds: j.timeoutSeconds,
		...(j.heartbeatSeconds ? { heartbeatSeconds: j.heartbeatSeconds } : {}),
		deadLetter: DEAD_LETTER_QUEUE
	};
}

/** Creates the job kinds' queues, or brings their rules up to date (any process that sends). */
export async function ensureQueues(boss: PgBoss, jobs: readonly JobDefinition[]): Promise<void> {
	if (!(await boss.getQueue(DEAD_LETTER_QUEUE)))
		await boss.createQueue(DEAD_LETTER_QUEUE, { retryLimit: 0 }).catch(ignoreExisting);
	for (const j of jobs) {
		const options = queueOptions(j);
		if (await boss.getQueue(j.name)) {
			const { deadLetter, heartbeatSeconds, ...rest } = options;
			await boss.updateQueue(j.name, {
				...rest,
				deadLetter,
				heartbeatSeconds: heartbeatSeconds ?? null
			});
		} else await boss.createQueue(j.name, options).catch(ignoreExisting);
	}
}

/** Two processes may create a queue at the same moment; the second finds it made. */
function ignoreExisting(e: unknown): void {
	if (!/duplicate key|already exists/i.test(String((e as Error)?.message))) throw e;
}

/** The message of a job that will not be tried again, saying what the person can do. */
export function failedMessage(title: string, attempts: number, error: unknown): string {
	const reason =
		error instanceof UserFacingError ? error.message.replace(/\.$/, '') : 'ett oväntat fel';
	const tries = attempts === 1 ? 'ett försök' : `${attempts} försök`;
	return `${title} misslyckades efter ${tries}: ${reason}. Du kan starta om den; om det händer igen, kontakta den som driver Nära och ange jobbets nummer.`;
}

/** One job at a time per kind and process, with its metadata (attempts, dead-letter source). */
const WORK = {
	includeMetadata: true,
	batchSize: 1,
	pollingIntervalSeconds: 1,
	// with a backlog (the queue's counts, refreshed each supervise interval) a worker asks for
	// the next job at once, not after the interval (burstWhenBatchFull does nothing at batch 1)
	burstWhenReadyExceeds: 1
} as const;

export interface Worker {
	/** stops taking jobs, lets the running ones finish (at most `timeoutMs`), then closes the queue */
	stop(timeoutMs: number): Promise<void>;
}

/** Runs one attempt of a job; a thrown error hands it back to the queue to retry or dead-letter. */
async function attempt(
	j: JobDefinition,
	job: JobWithMetadata<object>,
	database: Database,
	log: Log
): Promise<void> {
	const recordId = recordIdOf(job.data);
	const number = job.retryCount + 1;
	const lastAttempt = job.retryCount >= job.retryLimit;
	if (recordId !== undefined && !(await startAttempt(database.db, recordId))) return;
	const progress = recordId !== undefined ? progressWriter(database.db, recordId) : undefined;
	const ctx: JobContext = {
		db: database.db,
		database,
		attempt: number,
		lastAttempt,
		signal: job.signal,
		progress: progress ? progress.report : () => {},
		log
	};
	let result: JobResult | void;
	try {
		result = await j.run(ctx, job.data);
	} catch (error) {
		await progress?.flush();
		const retry = (j.retryable ?? retryableByDefault)(error) && !lastAttempt;
		if (!(error instanceof UserFacingError)) log(`${j.title} (jobb ${job.id}): ${String(error)}`);
		if (recordId === undefined) throw error;
		if (retry) {
			await awaitRetry(
				database.db,
				recordId,
				`Försök ${number} misslyckades${error instanceof UserFacingError ? `: ${error.message.replace(/\.$/, '')}` : ''}. Ett nytt försök görs om en stund …`
			);
			throw error;
		}
		await finishJobRecord(database.db, recordId, {
			status: 'failed',
			message: failedMessage(j.title, number, error)
		});
		// the record says it all; the queue need not try again
		return;
	}
	await progress?.flush();
	if (recordId !== undefined)
		await finishJobRecord(database.db, recordId, {
			status: 'done',
			message: result?.message ?? `${j.title} är klar.`,
			link: result?.link
		});
}

/** Starts a worker for the given kinds of job on an open queue. */
export async function startWorker(
	boss: PgBoss,
	database: Database,
	jobs: readonly JobDefinition[],
	log: Log
): Promise<Worker> {
	await ensureQueues(boss, jobs);
	const byName = new Map(jobs.map((j) => [j.name, j]));
	for (const j of jobs) {
		await boss.work(j.name, WORK, async ([job]) =>
			attempt(j, job as JobWithMetadata<object>, database, log)
		);
		if (j.schedule) await boss.schedule(j.name, j.schedule, {});
		else await boss.unschedule(j.name).catch(() => {});
	}
	// a job out of attempts (also when its last worker died): its record says so
	await boss.work(DEAD_LETTER_QUEUE, WORK, async ([job]) => {
		const dead = job as JobWithMetadata<object>;
		const recordId = recordIdOf(dead.data);
		const source = dead.sourceName ? byName.get(dead.sourceName) : undefined;
		if (recordId === undefined) return;
		const retries = dead.sourceRetryCount;
		await finishStuck(
			database,
			recordId,
			source?.title ?? 'Jobbet',
			retries === null ? undefined : retries + 1
		);
	});
	return {
		async stop(timeoutMs) {
			await boss.stop({ graceful: true, timeout: timeoutMs, close: true });
		}
	};
}

/** A job whose last attempt never ended (its process died): failed, unless it already ended. */
function finishStuck(
	database: Database,
	recordId: number,
	title: string,
	attempts: number | undefined
): Promise<void> {
	return failUnfinished(database.db, recordId, (recorded) =>
		failedMessage(
			title,
			attempts ?? recorded,
			new UserFacingError('arbetet avbröts varje gång innan det blev klart')
		)
	);
}
