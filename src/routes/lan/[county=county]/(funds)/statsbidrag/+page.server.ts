import type { PageServerLoad } from './$types';
import { fundsReport } from '#lib/modules/funds/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	const asked = await fundsReport(locals.db, locals.actor, county.code, {
		year: url.searchParams.get('ar') ?? undefined
	});
	if (asked.kind === 'invalid')
		return {
			report: unwrap(await fundsReport(locals.db, locals.actor, county.code, {})),
			yearError: asked.fields?.year?.[0] ?? asked.message
		};
	return { report: unwrap(asked), yearError: null };
};
