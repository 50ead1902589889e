import type { PageServerLoad } from './$types';
import { canReadInternal } from '$lib/server/auth/permissions.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';
import { formId } from '$lib/server/ids.ts';
import { getInitiative } from '$lib/server/initiatives/service.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	const initiative = unwrap(
		await getInitiative(locals.db, locals.actor, county.code, formId(params.id))
	);
	return { initiative, canReadHistory: canReadInternal(locals.actor, county.code) };
};
