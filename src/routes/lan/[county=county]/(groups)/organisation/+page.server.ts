import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '#lib/core/permissions.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';
import * as groupsReads from '#lib/modules/groups/read.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		...unwrap(await groupsReads.organisations(locals.db, locals.actor, county.code)),
		canEdit: canEditCountyContent(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code)
	};
};
