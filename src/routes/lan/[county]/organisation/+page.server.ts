import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '$lib/server/auth/permissions.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	return {
		...unwrap(await content.organisations(locals.db, locals.actor, county.code)),
		canEdit: canEditCountyContent(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code)
	};
};
