import type { PageServerLoad } from './$types';
import { listRequests } from '#lib/modules/support/service.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

/** The requests for support: all of the county's for the support structure, one's own for others. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	return unwrap(await listRequests(locals.db, locals.actor, county.code));
};
