import { audit } from '../../../platform/audit.ts';
import type { Actor } from '../../../core/actor.ts';
import { actorUserId, systemActor } from '../../../core/actor.ts';
import { canEditCountyContent } from '../../../core/permissions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { UserFacingError } from '../../../platform/errors.ts';
import { defineJob } from '../../../platform/jobs/define.ts';
import type { JobQueue } from '../../../platform/jobs/queue.ts';
import { createJobRecord, jobRecord } from '../../../platform/jobs/records.ts';
import { actorForUser } from '../../accounts/index.server.ts';
import { KoladaError } from '../kolada/errors.ts';
import type { KoladaClient } from '../kolada/client.ts';
import { forbidden, invalid, notFound, ok, type Outcome } from '../../../core/outcome.ts';
import {
	koladaImportClient,
	parseKpis,
	parseYears,
	prepareKoladaImport,
	runKoladaImport,
	type KoladaImportResult
} from './kolada-import.ts';

/**
 * The Kolada import as a background job, started from the browser by a
 * county's coordinator: the start writes the job's record (import_jobs), its
 * audit entry and the job in the queue in one transaction; a worker (in any
 * Nära process) runs it, and the record follows it (done, total, message;
 * done or failed with one line). A job whose worker dies is retried by
 * another (platform/jobs/).
 */

/** The kind of the job's record. */
export const KOLADA_JOB = 'kolada';
/** The queue. */
export const KOLADA_QUEUE = 'kolada-import';

export interface KoladaJob {
	id: number;
	countyCode: string;
	status: 'queued' | 'running' | 'done' | 'failed';
	done: number;
	total: number;
	message: string;
	kpis: string[];
	years: { from: number; to: number };
	attempts: number;
	createdAt: Date;
	startedAt: Date | null;
	finishedAt: Date | null;
}

export interface KoladaJobForm {
	kpis: string;
	from: string;
	to: string;
}

/** What the queue carries: the record, and the request as it was checked. */
export interface KoladaJobData {
	recordId: number;
	countyCode: string;
	kpis: string[];
	years: { from: number; to: number };
	/** who started it; the import runs with their rights as they are when it runs */
	userId: number | null;
}

/** "Inläsningen lyckades" line of a finished job. */
export function summary(r: KoladaImportResult): string {
	return `Läste in ${r.rows} värden (${r.inserted} nya, ${r.updated} ersatta, ${r.missing} utan värde) för ${r.areas} områden, ${r.years.from}–${r.years.to}.`;
}

function yearsOf(form: KoladaJobForm): number[] | null {
	const from = form.from.trim();
	const to = form.to.trim() || from;
	return parseYears(`${from}-${to}`);
}

/**
 * Checks the form, then writes the job's record, its audit entry and the job
 * in the queue, together. Resolves with the record's id; a worker runs it.
 */
export async function startKoladaJob(
	db: Db,
	actor: Actor,
	countyCode: string,
	form: KoladaJobForm,
	queue: JobQueue
): Promise<Outcome<{ id: number }>> {
	if (!canEditCountyContent(actor, countyCode))
		return forbidden('Bara länets samordnare och administratörer kan läsa in värden från Kolada.');
	const years = yearsOf(form);
	const kpis = parseKpis(form.kpis);
	if (!years)
		return invalid('Importen kunde inte starta.', {
			...(kpis.length ? {} : { kpis: ['Ange minst ett nyckeltal, t.ex. N20402.'] }),
			from: ['Ange åren som fyra siffror, t.ex. 2010 till 2022, med det första året först.']
		});
	const prepared = await prepareKoladaImport(db, actor, { kpis, countyCode, years });
	if (prepared.kind !== 'ok') return prepared;
	const p = prepared.value;

	const params = { kpis: p.kpis, years: { from: p.years[0]!, to: p.years[p.years.length - 1]! } };
	// the start is audited (who asked for what); the import audits what it wrote
	const id = await db.transaction(async (tx) => {
		const recordId = await createJobRecord(tx, {
			kind: KOLADA_JOB,
			countyCode,
			params,
			message: 'Väntar på att en arbetare ska ta jobbet …',
			createdByUserId: actorUserId(actor)
		});
		await audit(tx, actor, {
			action: 'create',
			entityType: 'import_jobs',
			entityId: recordId,
			countyCode,
			before: null,
			after: { kind: KOLADA_JOB, ...params }
		});
		const data: KoladaJobData = { recordId, countyCode, ...params, userId: actorUserId(actor) };
		await queue.send(tx, KOLADA_QUEUE, data);
		return recordId;
	});
	return ok({ id });
}

type ProgressFn = (step: string, done: number, total: number) => void;

/** Kolada did not answer, or was busy or broken (429, 5xx): worth another try later. */
export function worthRetrying(error: unknown): boolean {
	if (error instanceof KoladaError) {
		if (error.kind === 'unreachable' || error.kind === 'timeout') return true;
		const status = error.details.status ?? 0;
		return error.kind === 'http' && (status === 429 || status >= 500);
	}
	return !(error instanceof UserFacingError);
}

/**
 * A failed Kolada call as the coordinator following the job reads it: what
 * happened, in plain words. The message written for `nara import kolada`
 * names Kolada's addresses and the KOLADA_BASE_URL setting, which are for the
 * one who runs Nära; the job logs it. The kind and details stay, so the
 * retry rule (worthRetrying) is the same.
 */
export function forCoordinator(error: KoladaError): KoladaError {
	const status = error.details.status ?? 0;
	let plain: string;
	switch (error.kind) {
		case 'unreachable':
		case 'timeout':
			plain = 'Kolada gick inte att nå just då.';
			break;
		case 'http':
			plain =
				status === 429 || status >= 500
					? 'Kolada var överbelastat eller hade ett fel just då.'
					: `Kolada tog inte emot frågan (svar ${status}). Kontrollera nyckeltalen och åren.`;
			break;
		case 'malformed':
			plain = 'Kolada gav ett svar som Nära inte kunde läsa.';
			break;
		default:
			return error;
	}
	return new KoladaError(plain, error.kind, error.details);
}

/**
 * The job's work: the import as the person who started it (their rights as
 * they are now). `client` is for tests; otherwise Kolada at `baseUrl`.
 */
export function koladaImportJob(options: {
	baseUrl: string;
	client?: (onProgress: ProgressFn) => KoladaClient;
}) {
	return defineJob<KoladaJobData>({
		name: KOLADA_QUEUE,
		title: 'Importen från Kolada',
		retryLimit: 2,
		retryDelaySeconds: 30,
		timeoutSeconds: 2 * 60 * 60,
		heartbeatSeconds: 15,
		retryable: worthRetrying,
		async run(ctx, data) {
			const actor =
				data.userId === null
					? systemActor('Kolada-import')
					: await actorForUser(ctx.db, data.userId);
			if (!actor)
				throw new UserFacingError(
					'Kontot som startade importen är avstängt, så den gjordes inte. Be en samordnare starta den igen.'
				);
			const years: number[] = [];
			for (let y = data.years.from; y <= data.years.to; y++) years.push(y);
			const prepared = await prepareKoladaImport(ctx.db, actor, {
				kpis: data.kpis,
				countyCode: data.countyCode,
				years
			});
			if (prepared.kind !== 'ok') {
				const details = prepared.kind === 'invalid' ? Object.values(prepared.fields).flat() : [];
				throw new UserFacingError([prepared.message, ...details].join(' '));
			}
			const client = options.client
				? options.client(ctx.progress)
				: koladaImportClient({ baseUrl: options.baseUrl }, ctx.progress);
			const result = await runKoladaImport(ctx.db, actor, prepared.value, {
				client,
				onProgress: ctx.progress,
				signal: ctx.signal
			}).catch((e: unknown) => {
				if (!(e instanceof KoladaError)) throw e;
				ctx.log(
					`Importen från Kolada (jobb ${data.recordId}, försök ${ctx.attempt}): ${e.message}`
				);
				throw forCoordinator(e);
			});
			return { message: summary(result) };
		}
	});
}

/** A job of the county, for its coordinators and administrators. */
export async function koladaJob(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<KoladaJob>> {
	if (!canEditCountyContent(actor, countyCode))
		return forbidden('Bara länets samordnare och administratörer kan se importerna.');
	const row = Number.isSafeInteger(id)
		? await jobRecord(db, { id, kind: KOLADA_JOB, countyCode })
		: undefined;
	if (!row) return notFound('Importen finns inte.');
	const params = row.params as { kpis?: string[]; years?: { from: number; to: number } };
	return ok({
		id: row.id,
		countyCode,
		status: row.status,
		done: row.done,
		total: row.total,
		message: row.message,
		kpis: params.kpis ?? [],
		years: params.years ?? { from: 0, to: 0 },
		attempts: row.attempts,
		createdAt: row.createdAt,
		startedAt: row.startedAt,
		finishedAt: row.finishedAt
	});
}
