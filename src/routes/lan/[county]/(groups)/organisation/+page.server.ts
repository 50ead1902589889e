import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '$lib/core/permissions.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { unwrap } from '$lib/platform/http.ts';
import { pageCounty } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		...unwrap(await content.organisations(locals.db, locals.actor, county.code)),
		canEdit: canEditCountyContent(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code)
	};
};
