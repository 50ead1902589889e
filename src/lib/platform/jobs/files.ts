import { and, eq, lt, sql } from 'drizzle-orm';
import { actorUserId, type Actor } from '../../core/actor.ts';
import { notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../db/client.ts';
import { importJobs, jobFiles } from '../db/tables.ts';
import { defineJob } from './define.ts';
import type { JobQueue } from './queue.ts';
import { createJobRecord, type JobRecord } from './records.ts';

/**
 * Files made by background jobs: a report or an export that a signed-in
 * person orders. Ordering writes the job's record and the job together; the
 * job keeps its file (table job_files) and the record says how it went; the
 * person follows it on /jobb/{id} and downloads the file there. A file is
 * its orderer's alone and goes after FILE_DAYS (the purge job below).
 */

export const FILE_DAYS = 7;

export interface FileOrder {
	/** the record's kind, e.g. "followup-report" */
	kind: string;
	/** the queue that makes the file */
	queue: string;
	countyCode: string;
	/** what the job needs besides its record's id */
	params: Record<string, unknown>;
	/** what is being made, in Swedish: "Översikten som PDF" */
	title: string;
}

/** The data of a file job in the queue. */
export interface FileJobData {
	recordId: number;
}

/** Orders a file: only a signed-in person can (the file is theirs). */
export async function orderFile(
	db: Db,
	actor: Actor,
	order: FileOrder,
	queue: JobQueue
): Promise<number | null> {
	const userId = actorUserId(actor);
	if (actor.kind !== 'user' || userId === null) return null;
	return db.transaction(async (tx) => {
		const recordId = await createJobRecord(tx, {
			kind: order.kind,
			countyCode: order.countyCode,
			params: { ...order.params, title: order.title },
			message: 'Väntar på att en arbetare ska ta jobbet …',
			createdByUserId: userId
		});
		const data: FileJobData = { recordId };
		await queue.send(tx, order.queue, data);
		return recordId;
	});
}

/** Keeps a job's file (a retry replaces what an earlier attempt kept). */
export async function keepJobFile(
	db: Db,
	recordId: number,
	file: { fileName: string; contentType: string; bytes: Uint8Array }
): Promise<void> {
	const expiresAt = new Date(Date.now() + FILE_DAYS * 24 * 60 * 60 * 1000);
	await db
		.insert(jobFiles)
		.values({ recordId, ...file, expiresAt })
		.onConflictDoUpdate({ target: jobFiles.recordId, set: { ...file, expiresAt } });
}

/** A file job's record, for the job: what it was asked to make. */
export async function fileJobRecord(db: Db, recordId: number): Promise<JobRecord | undefined> {
	const [row] = await db.select().from(importJobs).where(eq(importJobs.id, recordId));
	return row;
}

export interface OrderedFile {
	record: JobRecord;
	title: string;
	/** the file once it is made and while it is kept */
	file: { fileName: string; contentType: string; size: number; expiresAt: Date } | null;
}

const notYours = () =>
	notFound<never>(
		'Filen finns inte. Den kan ha tagits bort efter en vecka; beställ den igen från sidan den kom från.'
	);

/** A job that made (or makes) a file, for the person who ordered it; nobody else sees it. */
export async function orderedFile(db: Db, actor: Actor, id: number): Promise<Outcome<OrderedFile>> {
	const userId = actorUserId(actor);
	if (userId === null || !Number.isSafeInteger(id) || id < 1 || id > 2147483647) return notYours();
	const [row] = await db
		.select({
			record: importJobs,
			fileName: jobFiles.fileName,
			contentType: jobFiles.contentType,
			size: sql<number>`octet_length(${jobFiles.bytes})`,
			expiresAt: jobFiles.expiresAt
		})
		.from(importJobs)
		.leftJoin(jobFiles, eq(jobFiles.recordId, importJobs.id))
		.where(and(eq(importJobs.id, id), eq(importJobs.createdByUserId, userId)));
	const title = (row?.record.params as { title?: unknown } | undefined)?.title;
	if (!row || typeof title !== 'string') return notYours();
	return ok({
		record: row.record,
		title,
		file:
			row.fileName && row.contentType && row.expiresAt
				? {
						fileName: row.fileName,
						contentType: row.contentType,
						size: Number(row.size),
						expiresAt: row.expiresAt
					}
				: null
	});
}

/** The bytes of an ordered file, for the person who ordered it. */
export async function orderedFileBytes(
	db: Db,
	actor: Actor,
	id: number
): Promise<Outcome<{ fileName: string; contentType: string; bytes: Uint8Array }>> {
	const ordered = await orderedFile(db, actor, id);
	if (ordered.kind !== 'ok') return ordered;
	if (!ordered.value.file) return notYours();
	const [row] = await db
		.select({ bytes: jobFiles.bytes })
		.from(jobFiles)
		.where(eq(jobFiles.recordId, id));
	if (!row) return notYours();
	const { fileName, contentType } = ordered.value.file;
	return ok({ fileName, contentType, bytes: row.bytes });
}

/** Removes the files past their time, every hour, once across all workers. */
export const jobFilePurgeJob = defineJob({
	name: 'purge-job-files',
	title: 'Rensningen av beställda filer',
	retryLimit: 1,
	retryDelaySeconds: 60,
	timeoutSeconds: 10 * 60,
	schedule: '17 * * * *',
	async run(ctx) {
		const gone = await ctx.db
			.delete(jobFiles)
			.where(lt(jobFiles.expiresAt, new Date()))
			.returning({ recordId: jobFiles.recordId });
		return { message: `Tog bort ${gone.length} filer som passerat sin tid.` };
	}
});
