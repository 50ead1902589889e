import { eq } from 'drizzle-orm';
import { actorUserId } from '../../core/actor.ts';
import { audit } from '../../platform/audit.ts';
import { ok } from '../../core/outcome.ts';
import type { Tx } from '../../platform/db/client.ts';
import { importJobs } from '../../platform/db/tables.ts';
import { UserFacingError } from '../../platform/errors.ts';
import { defineJob } from '../../platform/jobs/define.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { actorForUser } from '../accounts/index.server.ts';
import { county as findCounty } from '../counties/index.server.ts';
import { onStaged, STAGED_KIND, stagedOf, type StagedParams } from './import.server.ts';
import { AlreadyImported, loadContext, run, type WriteHooks } from './import-spec.server.ts';

/**
 * The confirmed import of a staged file (import.server.ts) as a background
 * job: the confirmation puts the job in the queue in the same transaction
 * that marks the file confirmed, and a worker (in any Nära process) writes
 * the rows, all or none, with the rights the uploader has when it runs. The
 * staged record follows it: queued → running (with progress) → done or
 * failed with what to do. A worker that dies mid-import leaves nothing
 * written (one transaction), and the queue tries again; an import already
 * written is never written twice (the claim in the write's transaction).
 */

export const INITIATIVES_IMPORT_QUEUE = 'initiatives-import';

export interface InitiativesImportJobData {
	recordId: number;
}

const WAITING = 'Väntar på att en arbetare ska ta jobbet …';

/**
 * Confirms a staged file: queues its import. A second confirmation (a double
 * click, a reload) or one of a file with errors queues nothing; the page
 * shows the record as it is.
 */
export function confirmInitiativeImport(queue: JobQueue) {
	return onStaged(async (db, actor, c, row, id) => {
		const params = row.params as StagedParams;
		const importable =
			row.status === 'queued' &&
			!params.confirmed &&
			params.data !== undefined &&
			!(params.preview && params.preview.errors.length > 0);
		if (importable)
			await db.transaction(async (tx) => {
				// the row is locked: of two confirmations at once, the second finds it confirmed
				const [current] = await tx
					.select({ status: importJobs.status, params: importJobs.params })
					.from(importJobs)
					.where(eq(importJobs.id, id))
					.for('update');
				const p = current?.params as StagedParams | undefined;
				if (current?.status !== 'queued' || !p || p.confirmed) return;
				await tx
					.update(importJobs)
					.set({ params: { ...p, confirmed: true }, message: WAITING })
					.where(eq(importJobs.id, id));
				// who confirmed which file; the import audits what it writes
				await audit(tx, actor, {
					action: 'update',
					entityType: 'import_jobs',
					entityId: id,
					countyCode: c.code,
					before: { kind: STAGED_KIND, file: p.fileName, confirmed: false },
					after: { kind: STAGED_KIND, file: p.fileName, confirmed: true }
				});
				const data: InitiativesImportJobData = { recordId: id };
				await queue.send(tx, INITIATIVES_IMPORT_QUEUE, data);
			});
		const [now] = await db.select().from(importJobs).where(eq(importJobs.id, id));
		return ok({ county: c, staged: stagedOf(now!), run: null });
	});
}

/** The record's own row, in the write's transaction: is it still this attempt's to write? */
async function stillRunning(tx: Tx, id: number): Promise<boolean> {
	const [current] = await tx
		.select({ status: importJobs.status })
		.from(importJobs)
		.where(eq(importJobs.id, id))
		.for('update');
	return current?.status === 'running';
}

export const initiativesImportJob = defineJob<InitiativesImportJobData>({
	name: INITIATIVES_IMPORT_QUEUE,
	title: 'Inläsningen av insatser',
	retryLimit: 2,
	retryDelaySeconds: 10,
	timeoutSeconds: 30 * 60,
	heartbeatSeconds: 15,
	async run(ctx, { recordId }) {
		const [row] = await ctx.db.select().from(importJobs).where(eq(importJobs.id, recordId));
		const params = row?.params as StagedParams | undefined;
		if (!row || !params?.data || row.countyCode === null)
			throw new UserFacingError('Filen finns inte längre. Ladda upp den igen');
		const actor =
			row.createdByUserId === null ? null : await actorForUser(ctx.db, row.createdByUserId);
		if (!actor || actorUserId(actor) !== row.createdByUserId)
			throw new UserFacingError(
				'Kontot som laddade upp filen är avstängt, så ingenting lästes in. Be en samordnare läsa in filen'
			);
		const c = await findCounty(ctx.db, row.countyCode);
		if (c.kind !== 'ok') throw new UserFacingError('Länet finns inte längre');
		const hooks: WriteHooks = {
			claim: (tx) => stillRunning(tx, recordId),
			async done(tx, result) {
				const kept: StagedParams = {
					fileName: params.fileName,
					size: params.size,
					sha256: params.sha256,
					confirmed: true,
					result
				};
				// the file goes once its rows are in; the result stays
				await tx
					.update(importJobs)
					.set({ done: result.created, total: result.created, params: kept })
					.where(eq(importJobs.id, recordId));
			}
		};
		const importContext = await loadContext(ctx.db, actor, c.value, params.fileName);
		const bytes = new Uint8Array(Buffer.from(params.data, 'base64'));
		let outcome;
		try {
			outcome = await run(ctx.db, importContext, bytes, { hooks, progress: ctx.progress });
		} catch (e) {
			if (e instanceof AlreadyImported) return;
			throw e;
		}
		if (outcome.status !== 'done') {
			// the county changed since the preview (an organisation renamed, rights taken away)
			await ctx.db
				.update(importJobs)
				.set({ params: { ...params, preview: outcome.preview } })
				.where(eq(importJobs.id, recordId));
			const n = outcome.preview.errors.length + (outcome.preview.moreErrors ?? 0);
			throw new UserFacingError(
				`filen har ${n === 1 ? 'ett fel' : `${n} fel`} mot länet som det ser ut nu, så ingenting lästes in. Rätta raderna nedan och ladda upp filen igen`
			);
		}
		const created = outcome.result.created;
		return {
			message: `Läste in ${created} ${created === 1 ? 'insats' : 'insatser'} från ${params.fileName}.`,
			link: `/lan/${c.value.slug}/insatser`
		};
	}
});
