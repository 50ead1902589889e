import ExcelJS from 'exceljs';
import type { RequestHandler } from './$types';
import { safeText } from '#lib/modules/benefit/server/xlsx.ts';
import { safeFileName } from '#lib/platform/csv.ts';
import { EXPORT_HEADERS, indicatorExport } from '#lib/modules/followup/server/dashboard.ts';
import { unwrap } from '#lib/platform/http.ts';

/** The indicator page's values as a workbook; text cells that look like formulas are neutralised. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const e = unwrap(
		await indicatorExport(locals.db, locals.actor, params.county, params.kpi, url.searchParams)
	);
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Värden');
	sheet.columns = EXPORT_HEADERS.map((h, i) => ({ header: h, width: i === 1 ? 48 : 14 }));
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	for (const row of e.rows) {
		sheet.addRow(row.map((c) => (typeof c === 'string' ? safeText(c) : c)));
	}
	const buffer = await book.xlsx.writeBuffer();
	return new Response(new Uint8Array(buffer as ArrayBuffer), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${safeFileName(`${e.fileName}.xlsx`)}"`,
			'cache-control': 'no-store'
		}
	});
};
