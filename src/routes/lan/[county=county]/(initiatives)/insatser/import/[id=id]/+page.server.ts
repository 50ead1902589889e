import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { unwrap } from '#lib/platform/http.ts';
import { describeFile } from '#lib/platform/imports/report.ts';
import {
	confirmInitiativeImport,
	importPreviewBody,
	stagedInitiativeImport
} from '#lib/modules/initiatives/import.server.ts';
import { requireUser } from '#lib/platform/request.ts';
import { formId } from '#lib/platform/ids.ts';

/**
 * Importing initiatives, step two: the preview of the uploaded file (what
 * will be created, every bad row, close titles), and the confirmation that
 * writes all rows or none. Afterwards the same page shows the result.
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
		const outcome = await confirmInitiativeImport(
			locals.db,
			locals.actor,
			params.county,
			formId(params.id)
		);
		if (outcome.kind === 'forbidden') error(403, outcome.message);
		if (outcome.kind !== 'ok') error(404, outcome.message);
		// done, or refused with the rows to fix: the page shows which
		redirect(303, url.pathname);
	}
};
