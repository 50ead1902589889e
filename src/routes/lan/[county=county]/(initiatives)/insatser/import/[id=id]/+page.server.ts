import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { unwrap } from '#lib/platform/http.ts';
import { describeFile } from '#lib/platform/imports/report.ts';
import {
	importPreviewBody,
	stagedInitiativeImport
} from '#lib/modules/initiatives/import.server.ts';
import { confirmInitiativeImport } from '#lib/modules/initiatives/import-job.server.ts';
import { appJobQueue } from '#lib/platform/jobs/queue.ts';
import { requireUser } from '#lib/platform/request.ts';
import { formId } from '#lib/platform/ids.ts';

/**
 * Importing initiatives, step two: the preview of the uploaded file (what
 * will be created, every bad row, close titles), and the confirmation that
 * queues the job writing all rows or none. The same page then follows the
 * job and shows the result.
 */

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, url);
	const { staged, run } = unwrap(
		await stagedInitiativeImport(locals.db, locals.actor, params.county, formId(params.id))
	);
	return {
		staged: {
			id: staged.id,
			fileName: staged.fileName,
			status: staged.status,
			confirmed: staged.confirmed,
			done: staged.done,
			total: staged.total,
			attempts: staged.attempts,
			message: staged.message,
			created: staged.result?.created ?? 0
		},
		file: run ? describeFile(run.preview) : null,
		preview: run ? importPreviewBody(run) : null
	};
};

export const actions: Actions = {
	default: async ({ locals, params, url }) => {
		requireUser(locals, url);
		const outcome = await confirmInitiativeImport(await appJobQueue())(
			locals.db,
			locals.actor,
			params.county,
			formId(params.id)
		);
		if (outcome.kind === 'forbidden') error(403, outcome.message);
		if (outcome.kind !== 'ok') error(404, outcome.message);
		// queued, or refused with the rows to fix: the page shows which
		redirect(303, url.pathname);
	}
};
