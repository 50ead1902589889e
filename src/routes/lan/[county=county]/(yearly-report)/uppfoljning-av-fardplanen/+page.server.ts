import type { PageServerLoad } from './$types';
import { pageExtras, reportView } from '#lib/modules/yearly-report/files.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	const view = unwrap(
		await reportView(locals.db, locals.actor, county.code, url.searchParams.get('ar'))
	);
	return { ...view, ...pageExtras(locals.actor, view) };
};
