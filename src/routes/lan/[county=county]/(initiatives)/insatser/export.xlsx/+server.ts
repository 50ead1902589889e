import type { RequestHandler } from './$types';
import { safeFileName } from '#lib/platform/csv.ts';
import {
	exportFileName,
	exportFromUrl,
	XLSX_TYPE
} from '#lib/modules/initiatives/export.server.ts';
import { exportWorkbook } from '#lib/modules/initiatives/workbook.server.ts';
import { unwrap } from '#lib/platform/http.ts';

/** The same as export.csv, as an Excel workbook; text that looks like a formula is neutralised. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const e = unwrap(await exportFromUrl(locals.db, locals.actor, params.county, url));
	return new Response(new Uint8Array(await exportWorkbook(e, url.origin)), {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': `attachment; filename="${safeFileName(exportFileName(e, 'xlsx'))}"`,
			'cache-control': 'no-store'
		}
	});
};
