import type { RequestHandler } from './$types';
import { fileName, requestedView } from '#lib/modules/yearly-report/files.server.ts';
import { reportPdf } from '#lib/modules/yearly-report/pdf.server.ts';
import { pdfResponse } from '#lib/platform/pdf/response.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const view = await requestedView(locals, url);
	return pdfResponse(await reportPdf(view.document), `${fileName(view.report)}.pdf`);
};
