import type { RequestHandler } from './$types';
import { reportDocx } from '#lib/modules/yearly-report/docx.server.ts';
import { fileName, reportView } from '#lib/modules/yearly-report/files.server.ts';
import { safeFileName } from '#lib/platform/csv.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	const view = unwrap(
		await reportView(locals.db, locals.actor, county.code, url.searchParams.get('ar'))
	);
	return new Response(new Uint8Array(await reportDocx(view.document)), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': `attachment; filename="${safeFileName(`${fileName(view.report)}.docx`)}"`,
			'cache-control': 'no-store'
		}
	});
};
