import type { PageServerLoad } from './$types';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { orderedFile } from '#lib/platform/jobs/files.ts';
import { requireUser } from '#lib/platform/request.ts';

/**
 * A file a person ordered (a report, an export): how its job goes, and the
 * download once it is made. The orderer's alone.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, url);
	const { record, title, file } = unwrap(
		await orderedFile(locals.db, locals.actor, formId(params.id))
	);
	return {
		job: {
			id: record.id,
			title,
			status: record.status,
			done: record.done,
			total: record.total,
			attempts: record.attempts,
			message: record.message,
			createdAt: record.createdAt
		},
		file: file && record.status === 'done' ? file : null
	};
};
