import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '$lib/core/permissions.ts';
import { config } from '$lib/platform/config.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { unwrap } from '$lib/platform/http.ts';

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
