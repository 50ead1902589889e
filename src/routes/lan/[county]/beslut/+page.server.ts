import type { PageServerLoad } from './$types';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';

export const load: PageServerLoad = async ({ locals, params }) =>
	unwrap(await content.adoption(locals.db, locals.actor, params.county));
