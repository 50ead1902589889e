import type { PageServerLoad } from './$types';
import { config } from '$lib/server/config.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';

export const load: PageServerLoad = async ({ locals }) =>
	unwrap(await content.visionPage(locals.db, locals.actor, config().defaultCountyCode));
