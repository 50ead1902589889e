import type { RequestHandler } from './$types';
import { fundsReport } from '#lib/modules/funds/read.server.ts';
import { fundsWorkbook } from '#lib/modules/funds/workbook.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	const report = unwrap(
		await fundsReport(locals.db, locals.actor, county.code, {
			year: url.searchParams.get('ar') ?? undefined
		})
	);
	return new Response(new Uint8Array(await fundsWorkbook(report, url.origin)), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="statsbidrag-${county.slug}-${report.year}.xlsx"`
		}
	});
};
