import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '$lib/server/auth/permissions.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const page = unwrap(await content.visionPage(locals.db, locals.actor, params.county));
	return {
		...page,
		canEdit: canEditCountyContent(locals.actor, page.county.code),
		canReadInternal: canReadInternal(locals.actor, page.county.code)
	};
};
