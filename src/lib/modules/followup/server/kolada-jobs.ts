import { and, eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit.ts';
import type { Actor } from '../../../core/actor.ts';
import { actorUserId } from '../../../core/actor.ts';
import { canEditCountyContent } from '../../../core/permissions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { importJobs } from '../../../platform/db/tables.ts';
import { UserFacingError } from '../../../platform/errors.ts';
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
 * county's coordinator: an import_jobs row is created, the import runs in
 * this process without being awaited, and the row follows it (done, total,
 * message; status done or failed with the one-line message).
 */

export const KOLADA_JOB = 'kolada';

export interface KoladaJob {
	id: number;
	countyCode: string;
	status: 'queued' | 'running' | 'done' | 'failed';
	done: number;
	total: number;
	message: string;
	kpis: string[];
	years: { from: number; to: number };
	createdAt: Date;
	finishedAt: Date | null;
}

export interface KoladaJobForm {
	kpis: string;
	from: string;
	to: string;
}

/** Updates of progress are written at most this often (ms), besides the first and the last. */
const PROGRESS_INTERVAL_MS = 500;

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
 * Checks the form, creates the job and starts it. Resolves with the job's id
 * as soon as it runs; the work goes on after. `client` is for tests; the
 * server passes the Kolada base URL.
 */
export async function startKoladaJob(
	db: Db,
	actor: Actor,
	countyCode: string,
	form: KoladaJobForm,
	options: { baseUrl: string; client?: (onProgress: ProgressFn) => KoladaClient }
): Promise<Outcome<{ id: number; run: Promise<void> }>> {
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
		const [job] = await tx
			.insert(importJobs)
			.values({
				kind: KOLADA_JOB,
				countyCode,
				status: 'running',
				message: 'Hämtar från Kolada …',
				params,
				createdByUserId: actorUserId(actor)
			})
			.returning({ id: importJobs.id });
		await audit(tx, actor, {
			action: 'create',
			entityType: 'import_jobs',
			entityId: job!.id,
			countyCode,
			before: null,
			after: { kind: KOLADA_JOB, ...params }
		});
		return job!.id;
	});

	let last = 0;
	let pending: Promise<unknown> = Promise.resolve();
	const onProgress: ProgressFn = (step, done, total) => {
		const t = Date.now();
		if (done !== 0 && done !== total && t - last < PROGRESS_INTERVAL_MS) return;
		last = t;
		pending = pending
			.then(() =>
				db
					.update(importJobs)
					.set({ done, total, message: `${step} …` })
					.where(eq(importJobs.id, id))
			)
			.catch(() => undefined);
	};
	const client = options.client
		? options.client(onProgress)
		: koladaImportClient({ baseUrl: options.baseUrl }, onProgress);

	const finish = (values: Partial<typeof importJobs.$inferInsert>) =>
		pending.then(() =>
			db
				.update(importJobs)
				.set({ ...values, finishedAt: new Date() })
				.where(eq(importJobs.id, id))
		);
	const run = runKoladaImport(db, actor, p, { client, onProgress })
		.then((result) => finish({ status: 'done', message: summary(result) }))
		.catch(async (error: unknown) => {
			const message =
				error instanceof UserFacingError
					? error.message
					: 'Importen misslyckades av ett oväntat fel. Försök igen eller kontakta förvaltningen.';
			if (!(error instanceof UserFacingError)) console.error('Kolada-import', id, error);
			await finish({ status: 'failed', message }).catch((e: unknown) =>
				console.error('Kolada-import', id, e)
			);
		})
		.then(() => undefined);
	return ok({ id, run });
}

type ProgressFn = (step: string, done: number, total: number) => void;

/** A job of the county, for its coordinators and administrators. */
export async function koladaJob(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<KoladaJob>> {
	if (!canEditCountyContent(actor, countyCode))
		return forbidden('Bara länets samordnare och administratörer kan se importerna.');
	const [row] = Number.isSafeInteger(id)
		? await db
				.select()
				.from(importJobs)
				.where(
					and(
						eq(importJobs.id, id),
						eq(importJobs.countyCode, countyCode),
						eq(importJobs.kind, KOLADA_JOB)
					)
				)
		: [];
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
		createdAt: row.createdAt,
		finishedAt: row.finishedAt
	});
}
