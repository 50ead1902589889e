import type { RequestHandler } from './$types';
import * as content from '$lib/modules/counties/service.server.ts';
import { templateWorkbook, XLSX_TYPE } from '$lib/modules/initiatives/export.server.ts';
import { unwrap } from '$lib/platform/http.ts';

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
