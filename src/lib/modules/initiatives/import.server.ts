import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { County } from '../counties/index.ts';
import { audit } from '../../platform/audit.ts';
import { actorUserId, type Actor } from '../../core/actor.ts';
import { canEditSomething } from '../../core/permissions.ts';
import { county as findCounty } from '../counties/index.server.ts';
import type { Db } from '../../platform/db/client.ts';
import { importJobs } from '../../platform/db/tables.ts';
import type { ImportPreview, ImportProgress } from '../../platform/imports/core.ts';
import { invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { InitiativeImportPreview } from './io-schema.ts';
import type { InitiativeImportRow } from './import-rows.server.ts';
import {
	MAX_FILE_BYTES,
	baseName,
	loadContext,
	noImporting,
	run,
	tooLarge,
	type InitiativeImportResult,
	type InitiativeImportRun
} from './import-spec.server.ts';

/**
 * Importing the inventory from a file (CSV or XLSX): one row per
 * initiative, with the template's Swedish headers (or the open data's
 * English identifiers). Uses the import core: every bad row is reported with
 * its row, column, value and a Swedish message, and one bad row writes
 * nothing. Each row is checked with the same schema as the form
 * (InitiativeInput), organisations are found by their names in the county,
 * an editor may import only what their organisation leads, and a title that
 * is the same as or close to one in the county (or another row's) is a
 * warning, as in the form (titles.ts). All rows are written in one transaction with bulk inserts, with
 * one audit entry per initiative and one for the import.
 *
 * From the browser the file is staged first (import_jobs, kind
 * "initiatives"): it is read and checked once, when it is uploaded, and its
 * preview is kept with it, so the preview page never reads the file again;
 * the confirmation reads the same staged bytes, so nothing has to be
 * uploaded twice and nothing rides in the page.
 */

// the import for the core, as the benchmarks run it
export { initiativeImportSpec } from './import-spec.server.ts';

export const STAGED_KIND = 'initiatives';
/** Staged files that were never confirmed are removed after this long. */
const STAGE_HOURS = 24;

/**
 * Imports a file of initiatives into a county: a preview only with
 * `dryRun`, else all rows in one transaction (audited), or nothing when any
 * row is bad.
 */
export async function importInitiatives(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	file: { name: string; bytes: Uint8Array },
	opts: { dryRun?: boolean; progress?: ImportProgress } = {}
): Promise<Outcome<InitiativeImportRun>> {
	const c = await findCounty(db, codeOrSlug);
	if (c.kind !== 'ok') return c;
	if (!canEditSomething(actor, c.value.code)) return noImporting();
	if (file.bytes.length > MAX_FILE_BYTES) return tooLarge();
	const ctx = await loadContext(db, actor, c.value, baseName(file.name) || 'import.csv');
	return ok(await run(db, ctx, file.bytes, opts));
}

// ——— Staged files: upload, preview, confirm

export interface StagedImport {
	id: number;
	countyCode: string;
	fileName: string;
	size: number;
	status: 'queued' | 'running' | 'done' | 'failed';
	/** confirmed and waiting for, or in, the job queue */
	confirmed: boolean;
	done: number;
	total: number;
	attempts: number;
	message: string;
	createdAt: Date;
	finishedAt: Date | null;
	result: InitiativeImportResult | null;
}

export interface StagedParams {
	fileName: string;
	size: number;
	sha256: string;
	/** the file, base64; removed once it is imported */
	data?: string;
	/** the file as read and checked when it was uploaded: the preview page shows this */
	preview?: ImportPreview<InitiativeImportRow>;
	result?: InitiativeImportResult;
	/** confirmed by its uploader: its import is in the job queue (import-job.server.ts) */
	confirmed?: boolean;
}

/**
 * Keeps an uploaded file for its preview and confirmation (import_jobs,
 * status queued), for the person who uploaded it. Audited like the start of
 * a Kolada import: who brought which file. Old unconfirmed files go.
 */
export async function stageInitiativeImport(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	file: { name: string; bytes: Uint8Array } | null
): Promise<Outcome<{ id: number }>> {
	const c = await findCounty(db, codeOrSlug);
	if (c.kind !== 'ok') return c;
	const countyCode = c.value.code;
	if (actor.kind !== 'user' || !canEditSomething(actor, countyCode)) return noImporting();
	if (!file || file.bytes.length === 0)
		return invalid('Filen kunde inte läsas in.', {
			file: [
				file
					? 'Filen är tom. Välj en CSV- eller Excel-fil med insatser.'
					: 'Välj en CSV- eller Excel-fil med insatser.'
			]
		});
	if (file.bytes.length > MAX_FILE_BYTES) return tooLarge();
	const fileName = baseName(file.name).slice(0, 200) || 'insatser.csv';
	// read and checked once, here; the preview page shows what is kept
	const checked = await run(db, await loadContext(db, actor, c.value, fileName), file.bytes, {
		dryRun: true
	});
	const params: StagedParams = {
		fileName,
		size: file.bytes.length,
		sha256: createHash('sha256').update(file.bytes).digest('hex'),
		// a file that cannot be imported as it is needs no keeping
		data: checked.status === 'invalid' ? undefined : Buffer.from(file.bytes).toString('base64'),
		preview: checked.preview
	};
	const id = await db.transaction(async (tx) => {
		await tx.delete(importJobs).where(
			and(
				eq(importJobs.kind, STAGED_KIND),
				eq(importJobs.status, 'queued'),
				// a confirmed file waits for its job, however long the queue is
				sql`coalesce((${importJobs.params}->>'confirmed')::boolean, false) = false`,
				lt(importJobs.createdAt, sql`now() - make_interval(hours => ${STAGE_HOURS})`)
			)
		);
		const [job] = await tx
			.insert(importJobs)
			.values({
				kind: STAGED_KIND,
				countyCode,
				status: 'queued',
				total: 0,
				message: 'Väntar på att bekräftas',
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
			after: {
				kind: STAGED_KIND,
				file: params.fileName,
				size: params.size,
				sha256: params.sha256
			}
		});
		return job!.id;
	});
	return ok({ id });
}

type ImportJob = typeof importJobs.$inferSelect;

/**
 * A use case on a staged file, run once the file is found in the county and
 * is the actor's: a staged file is its uploader's, nobody else sees what it
 * holds.
 */
export function onStaged(
	use: (db: Db, actor: Actor, county: County, row: ImportJob, id: number) => Promise<StagedOutcome>
) {
	return async (db: Db, actor: Actor, codeOrSlug: string, id: number): Promise<StagedOutcome> => {
		const c = await findCounty(db, codeOrSlug);
		if (c.kind !== 'ok') return c;
		if (!canEditSomething(actor, c.value.code)) return noImporting();
		if (!Number.isSafeInteger(id) || id < 1 || id > 2147483647) return noStaged();
		const [row] = await db
			.select()
			.from(importJobs)
			.where(
				and(
					eq(importJobs.id, id),
					eq(importJobs.countyCode, c.value.code),
					eq(importJobs.kind, STAGED_KIND)
				)
			);
		if (!row || row.createdByUserId === null || row.createdByUserId !== actorUserId(actor))
			return noStaged();
		return use(db, actor, c.value, row, id);
	};
}

export function stagedOf(row: ImportJob): StagedImport {
	const p = row.params as StagedParams;
	return {
		id: row.id,
		countyCode: row.countyCode!,
		fileName: p.fileName,
		size: p.size,
		status: row.status,
		confirmed: p.confirmed === true,
		done: row.done,
		total: row.total,
		attempts: row.attempts,
		message: row.message,
		createdAt: row.createdAt,
		finishedAt: row.finishedAt,
		result: p.result ?? null
	};
}

type StagedOutcome = Outcome<{
	county: County;
	staged: StagedImport;
	run: InitiativeImportRun | null;
}>;

/** The preview kept when the file was uploaded, as a dry run's outcome. */
const keptRun = (preview: ImportPreview<InitiativeImportRow>): InitiativeImportRun =>
	preview.errors.length > 0 ? { status: 'invalid', preview } : { status: 'preview', preview };

const noStaged = () =>
	notFound<never>(
		'Importen finns inte. Den kan ha tagits bort efter ett dygn utan att bekräftas; ladda upp filen igen.'
	);

/**
 * A staged file and, while it waits for confirmation, its preview against
 * the county as it is now (a dry run).
 */
export const stagedInitiativeImport = onStaged(async (db, actor, c, row) => {
	const staged = stagedOf(row);
	const { data, preview, confirmed } = row.params as StagedParams;
	// a job that failed on rows the county no longer accepts keeps them to show
	if (row.status === 'failed' && preview && preview.errors.length > 0)
		return ok({ county: c, staged, run: keptRun(preview) });
	if (row.status !== 'queued' || confirmed) return ok({ county: c, staged, run: null });
	if (preview) return ok({ county: c, staged, run: keptRun(preview) });
	if (!data) return ok({ county: c, staged, run: null });
	const ctx = await loadContext(db, actor, c, staged.fileName);
	const run_ = await run(db, ctx, new Uint8Array(Buffer.from(data, 'base64')), { dryRun: true });
	return ok({ county: c, staged, run: run_ });
});

/** The preview of an import as the API returns it. */
export function importPreviewBody(run: InitiativeImportRun): InitiativeImportPreview {
	const p = run.preview;
	return {
		status: run.status,
		fileName: p.fileName,
		format: p.format,
		encoding: p.encoding,
		delimiter: p.delimiter,
		sheet: p.sheet,
		decimalComma: p.decimalComma,
		columns: p.columns,
		ignoredColumns: p.ignoredColumns,
		rows: p.rows,
		validRows: p.validRows,
		invalidRows: p.invalidRows,
		errors: p.errors,
		moreErrors: p.moreErrors ?? 0,
		warnings: p.warnings,
		sample: p.sample.flatMap((s) =>
			s.value
				? [
						{
							row: s.row,
							title: s.value.input.title,
							lead: s.value.lead,
							municipalities: s.value.municipalities,
							level: s.value.input.level,
							phase: s.value.input.phase
						}
					]
				: []
		),
		created: run.status === 'done' ? run.result.ids : []
	};
}
