import type { RequestHandler } from './$types';
import { reportDocx } from '#lib/modules/yearly-report/docx.server.ts';
import { fileName, requestedView } from '#lib/modules/yearly-report/files.server.ts';
import { safeFileName } from '#lib/platform/csv.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const view = await requestedView(locals, url);
	return new Response(new Uint8Array(await reportDocx(view.document)), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': `attachment; filename="${safeFileName(`${fileName(view.report)}.docx`)}"`,
			'cache-control': 'no-store'
		}
	});
};
