import type { PageServerLoad } from './$types';
import { canManageSupport, canRequestSupport } from '#lib/modules/support/index.ts';
import { supportCatalogue } from '#lib/modules/support/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

/** The catalogue of the county's support structure. */
export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		...unwrap(await supportCatalogue(locals.db, locals.actor, county.code)),
		canManage: canManageSupport(locals.actor, county.code),
		canRequest: canRequestSupport(locals.actor, county.code)
	};
};
