import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { auditQueryFrom } from '$lib/modules/audit/schema.ts';
import * as auditLog from '$lib/modules/audit/server/service.ts';
import { csvResponse } from '$lib/platform/csv.ts';
import { unwrap } from '$lib/platform/http.ts';

/** The county's audit log with the log page's filters, as a CSV file (every page). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (locals.actor.kind === 'anonymous') {
		redirect(303, `/logga-in?till=${encodeURIComponent(url.pathname + url.search)}`);
	}
	const file = unwrap(
		await auditLog.exportCsv(
			locals.db,
			locals.actor,
			params.county,
			auditQueryFrom(url.searchParams)
		)
	);
	return csvResponse(file.body, file.fileName);
};
