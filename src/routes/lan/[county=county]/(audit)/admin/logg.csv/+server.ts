import type { RequestHandler } from './$types';
import { auditQueryFrom } from '#lib/modules/audit/schema.ts';
import * as auditLog from '#lib/modules/audit/server/service.ts';
import { csvResponse } from '#lib/platform/csv.ts';
import { unwrap } from '#lib/platform/http.ts';
import { requireUser } from '#lib/platform/request.ts';

/** The county's audit log with the log page's filters, as a CSV file (every page). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireUser(locals, url, { keepQuery: true });
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
