import type { PageServerLoad } from './$types';
import { moderationQueue } from '#lib/modules/stories/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url);
	const county = await pageCounty(locals);
	return unwrap(await moderationQueue(locals.db, actor, county.code));
};
