import type { RequestHandler } from './$types';
import * as content from '$lib/server/content/service.ts';
import { templateWorkbook, XLSX_TYPE } from '$lib/server/initiatives/export.ts';
import { unwrap } from '$lib/server/http.ts';

/** The import template as a workbook: the rows to fill in, the columns explained, the allowed values. */
export const GET: RequestHandler = async ({ locals, params }) => {
	unwrap(await content.county(locals.db, params.county));
	return new Response(new Uint8Array(await templateWorkbook()), {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': 'attachment; filename="mall-insatser.xlsx"',
			'cache-control': 'no-store'
		}
	});
};
