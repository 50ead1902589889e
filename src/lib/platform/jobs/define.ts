import type { Database, Db } from '../db/client.ts';
import { UserFacingError } from '../errors.ts';

/**
 * A kind of background job: its queue's rules and the work. Modules define
 * their jobs; the app lists them (app/jobs.ts) and a worker runs them
 * (worker.ts).
 */

export interface JobContext {
	db: Db;
	database: Database;
	/** 1 for the first attempt; a retry or a restart after a crash adds one */
	attempt: number;
	/** whether the queue will not try again if this attempt fails */
	lastAttempt: boolean;
	/** aborted when the job's time is up or the worker is stopping */
	signal: AbortSignal;
	/** progress for the person watching (only jobs with a record show it) */
	progress: (step: string, done: number, total: number) => void;
	log: (message: string) => void;
}

export interface JobResult {
	/** one Swedish sentence on what was done */
	message: string;
	/** where the result can be seen */
	link?: string;
}

export interface JobDefinition<T extends object = object> {
	/** the queue's name, e.g. "kolada-import" */
	name: string;
	/** what it does, in Swedish, for logs and messages */
	title: string;
	/** times the queue tries again after a failed attempt */
	retryLimit: number;
	/** seconds before the first retry (doubling after) */
	retryDelaySeconds: number;
	/** an attempt longer than this is stopped and counted as failed (seconds) */
	timeoutSeconds: number;
	/**
	 * A running attempt tells the queue it is alive this often; one that goes
	 * quiet (its process died) is failed and retried after this many seconds
	 * (at least 10). Long jobs set it, so a crash does not wait for the timeout.
	 */
	heartbeatSeconds?: number;
	/** runs by itself on a schedule (cron, in UTC), once across all workers */
	schedule?: string;
	/** whether a failed attempt is worth another (default: unless the error is a UserFacingError) */
	retryable?: (error: unknown) => boolean;
	run(ctx: JobContext, data: T): Promise<JobResult | void>;
}

export function defineJob<T extends object>(definition: JobDefinition<T>): JobDefinition<T> {
	return definition;
}

/** The default rule: an error that already tells a person what to do would say the same again. */
export function retryableByDefault(error: unknown): boolean {
	return !(error instanceof UserFacingError);
}

/** The data of a job that a person started: the id of its record (records.ts). */
export interface RecordedJobData {
	recordId: number;
}

export function recordIdOf(data: object): number | undefined {
	const id = (data as Partial<RecordedJobData>).recordId;
	return typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined;
}
