import type { RequestHandler } from './$types';
import { queryFromSearchParams } from '$lib/schemas/initiatives.ts';
import { safeFileName } from '$lib/server/csv.ts';
import {
	exportFileName,
	exportInitiatives,
	exportWorkbook,
	XLSX_TYPE
} from '$lib/server/initiatives/export.ts';
import { unwrap } from '$lib/server/http.ts';

/** The same as export.csv, as an Excel workbook; text that looks like a formula is neutralised. */
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
	return new Response(new Uint8Array(await exportWorkbook(e, url.origin)), {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': `attachment; filename="${safeFileName(exportFileName(e, 'xlsx'))}"`,
			'cache-control': 'no-store'
		}
	});
};
