import type { RequestHandler } from './$types';
import { XLSX_TYPE } from '#lib/modules/initiatives/export.server.ts';
import { templateWorkbook } from '#lib/modules/initiatives/workbook.server.ts';
import { pageCounty } from '#lib/platform/request.ts';

/** The import template as a workbook: the rows to fill in, the columns explained, the allowed values. */
export const GET: RequestHandler = async ({ locals }) => {
	await pageCounty(locals);
	return new Response(new Uint8Array(await templateWorkbook()), {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': 'attachment; filename="mall-insatser.xlsx"',
			'cache-control': 'no-store'
		}
	});
};
