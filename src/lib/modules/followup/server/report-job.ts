import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../platform/db/client.ts';
import { UserFacingError } from '../../../platform/errors.ts';
import { defineJob } from '../../../platform/jobs/define.ts';
import {
	fileJobRecord,
	keepJobFile,
	orderFile,
	type FileJobData
} from '../../../platform/jobs/files.ts';
import type { JobQueue } from '../../../platform/jobs/queue.ts';
import { actorForUser } from '../../accounts/index.server.ts';
import { FILTER_PARAMS } from '../domain/filter.ts';
import { followUpOverview } from './overview.ts';
import { overviewReport } from './pdf/reports.ts';
import { todayIso } from '../../../platform/pdf/response.ts';

/**
 * "Följ omställningen" as a PDF report made by a background job, for a
 * signed-in person who orders it (the file is kept for them on /jobb/{id});
 * a visitor downloads the same report directly (rapport.pdf).
 */

export const FOLLOWUP_REPORT_QUEUE = 'followup-report';
const KIND = 'followup-report';

/**
 * Orders the report of a county for the filters in `query` (as in the
 * page's address); null when the actor is not signed in.
 */
export function orderFollowUpReport(
	db: Db,
	actor: Actor,
	county: { code: string; name: string },
	queue: JobQueue,
	query: URLSearchParams = new URLSearchParams()
): Promise<number | null> {
	const filter = new URLSearchParams(
		[...query].filter(([k]) => (Object.values(FILTER_PARAMS) as string[]).includes(k))
	).toString();
	return orderFile(
		db,
		actor,
		{
			kind: KIND,
			queue: FOLLOWUP_REPORT_QUEUE,
			countyCode: county.code,
			params: { filter },
			title: `Följ omställningen – ${county.name} som PDF`
		},
		queue
	);
}

export const followUpReportJob = defineJob<FileJobData>({
	name: FOLLOWUP_REPORT_QUEUE,
	title: 'Rapporten Följ omställningen',
	retryLimit: 2,
	retryDelaySeconds: 10,
	timeoutSeconds: 10 * 60,
	async run(ctx, { recordId }) {
		const row = await fileJobRecord(ctx.db, recordId);
		if (!row?.countyCode || row.createdByUserId === null)
			throw new UserFacingError('beställningen finns inte längre');
		const actor = await actorForUser(ctx.db, row.createdByUserId);
		if (!actor) throw new UserFacingError('kontot som beställde rapporten är avstängt');
		ctx.progress('Hämtar värdena', 0, 2);
		const { filter } = row.params as { filter?: unknown };
		const query = new URLSearchParams(typeof filter === 'string' ? filter : '');
		const o = await followUpOverview(ctx.db, actor, row.countyCode, query);
		if (o.kind !== 'ok') throw new UserFacingError(o.message);
		ctx.progress('Ritar rapporten', 1, 2);
		const bytes = await overviewReport(o.value, todayIso());
		await keepJobFile(ctx.db, recordId, {
			fileName: `folj-omstallningen-${o.value.county.slug}.pdf`,
			contentType: 'application/pdf',
			bytes
		});
		ctx.progress('Klar', 2, 2);
		return { message: 'Rapporten är klar att ladda ner.' };
	}
});
