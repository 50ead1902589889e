import type { RequestHandler } from './$types';
import { csvResponse, toCsv } from '#lib/platform/csv.ts';
import { EXPORT_COLUMNS } from '#lib/modules/initiatives/domain/export.ts';
import { exportFileName, exportFromUrl } from '#lib/modules/initiatives/export.server.ts';
import { unwrap } from '#lib/platform/http.ts';

/** Every initiative matching the list's filters that the reader may see, as CSV for Excel. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const e = unwrap(await exportFromUrl(locals.db, locals.actor, params.county, url));
	return csvResponse(toCsv(EXPORT_COLUMNS, e.items), exportFileName(e, 'csv'));
};
