import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '$lib/core/permissions.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { unwrap } from '$lib/platform/http.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const page = unwrap(await content.visionPage(locals.db, locals.actor, params.county));
	return {
		...page,
		canEdit: canEditCountyContent(locals.actor, page.county.code),
		canReadInternal: canReadInternal(locals.actor, page.county.code)
	};
};
