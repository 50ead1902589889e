import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '$lib/server/auth/permissions.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	const roadmap = await content.roadmap(locals.db, locals.actor, county.code);
	return {
		roadmap: roadmap.kind === 'ok' ? roadmap.value : null,
		canEdit: canEditCountyContent(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code)
	};
};
