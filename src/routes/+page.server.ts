import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '$lib/server/auth/permissions.ts';
import { config } from '$lib/server/config.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const page = unwrap(
		await content.visionPage(locals.db, locals.actor, config().defaultCountyCode)
	);
	return {
		...page,
		canEdit: canEditCountyContent(locals.actor, page.county.code),
		canReadInternal: canReadInternal(locals.actor, page.county.code)
	};
};
