import type { RequestHandler } from './$types';
import { fileName, reportView } from '#lib/modules/yearly-report/files.server.ts';
import { reportPdf } from '#lib/modules/yearly-report/pdf.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pdfResponse } from '#lib/platform/pdf/response.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	const view = unwrap(
		await reportView(locals.db, locals.actor, county.code, url.searchParams.get('ar'))
	);
	return pdfResponse(await reportPdf(view.document), `${fileName(view.report)}.pdf`);
};
