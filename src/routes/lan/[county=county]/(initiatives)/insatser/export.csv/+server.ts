import type { RequestHandler } from './$types';
import { queryFromSearchParams } from '$lib/modules/initiatives/schema.ts';
import { csvResponse, toCsv } from '$lib/platform/csv.ts';
import {
	EXPORT_COLUMNS,
	exportFileName,
	exportInitiatives
} from '$lib/modules/initiatives/export.server.ts';
import { unwrap } from '$lib/platform/http.ts';

/** Every initiative matching the list's filters that the reader may see, as CSV for Excel. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const e = unwrap(
		await exportInitiatives(
			locals.db,
			locals.actor,
			params.county,
			queryFromSearchParams(url.searchParams),
			url.origin
		)
	);
	return csvResponse(toCsv(EXPORT_COLUMNS, e.items), exportFileName(e, 'csv'));
};
