import type { PageServerLoad } from './$types';
import { regionAccount } from '#lib/modules/regions/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';

/** One region's account in the national overview, under the five headings. */
export const load: PageServerLoad = async ({ locals, params }) => ({
	region: unwrap(await regionAccount(locals.db, params.region))
});
