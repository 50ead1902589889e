import type { PageServerLoad } from './$types';
import { canReadInternal } from '$lib/core/permissions.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { getInitiative } from '$lib/modules/initiatives/service.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	const initiative = unwrap(
		await getInitiative(locals.db, locals.actor, county.code, formId(params.id))
	);
	return { initiative, canReadHistory: canReadInternal(locals.actor, county.code) };
};
