import type { Actor } from '../../core/actor.ts';
import type { Db } from '../../platform/db/client.ts';
import { UserFacingError } from '../../platform/errors.ts';
import { defineJob } from '../../platform/jobs/define.ts';
import {
	fileJobRecord,
	keepJobFile,
	orderFile,
	type FileJobData
} from '../../platform/jobs/files.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { actorForUser } from '../accounts/index.server.ts';
import { exportFileName, exportFromUrl, XLSX_TYPE } from './export.server.ts';
import { exportWorkbook } from './workbook.server.ts';

/**
 * The inventory as an Excel workbook, made by a background job for a
 * signed-in person who orders it (the whole filtered list, however long;
 * kept for them on /jobb/{id}). A visitor downloads it directly
 * (export.xlsx); the CSV streams directly for everyone.
 */

export const INITIATIVES_WORKBOOK_QUEUE = 'initiatives-workbook';

interface WorkbookParams {
	/** the list's filters as export.xlsx takes them ("?q=…&phase=…", or "") */
	query: string;
	/** where the workbook's links point */
	origin: string;
}

/** Orders the workbook of a county's filtered list; null when the actor is not signed in. */
export function orderInitiativesWorkbook(
	db: Db,
	actor: Actor,
	county: { code: string; name: string },
	params: WorkbookParams,
	queue: JobQueue
): Promise<number | null> {
	const query = params.query.startsWith('?') ? params.query : '';
	return orderFile(
		db,
		actor,
		{
			kind: INITIATIVES_WORKBOOK_QUEUE,
			queue: INITIATIVES_WORKBOOK_QUEUE,
			countyCode: county.code,
			params: { query: query.slice(0, 2000), origin: params.origin },
			title: `Insatserna i ${county.name} som Excel`
		},
		queue
	);
}

export const initiativesWorkbookJob = defineJob<FileJobData>({
	name: INITIATIVES_WORKBOOK_QUEUE,
	title: 'Exporten av insatserna',
	retryLimit: 2,
	retryDelaySeconds: 10,
	timeoutSeconds: 30 * 60,
	heartbeatSeconds: 30,
	async run(ctx, { recordId }) {
		const row = await fileJobRecord(ctx.db, recordId);
		const params = row?.params as Partial<WorkbookParams> | undefined;
		if (!row?.countyCode || row.createdByUserId === null || !params?.origin)
			throw new UserFacingError('beställningen finns inte längre');
		const actor = await actorForUser(ctx.db, row.createdByUserId);
		if (!actor) throw new UserFacingError('kontot som beställde exporten är avstängt');
		ctx.progress('Hämtar insatserna', 0, 2);
		const url = new URL(`${params.origin}/${params.query ?? ''}`);
		const e = await exportFromUrl(ctx.db, actor, row.countyCode, url);
		if (e.kind !== 'ok') throw new UserFacingError(e.message);
		ctx.progress('Skriver arbetsboken', 1, 2);
		const bytes = await exportWorkbook(e.value, params.origin);
		await keepJobFile(ctx.db, recordId, {
			fileName: exportFileName(e.value, 'xlsx'),
			contentType: XLSX_TYPE,
			bytes: new Uint8Array(bytes)
		});
		ctx.progress('Klar', 2, 2);
		const n = e.value.items.length;
		return { message: `Arbetsboken med ${n} ${n === 1 ? 'insats' : 'insatser'} är klar.` };
	}
});
