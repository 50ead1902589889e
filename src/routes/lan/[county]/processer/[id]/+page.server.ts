import type { PageServerLoad } from './$types';
import { canManageProcesses, canReadInternal } from '$lib/server/auth/permissions.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';
import { formId } from '$lib/server/ids.ts';
import { getProcess, goalAreaLabels } from '$lib/server/processes/service.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	return {
		process: unwrap(await getProcess(locals.db, locals.actor, county.code, formId(params.id))),
		goalAreaLabels: await goalAreaLabels(locals.db, locals.actor, county.code),
		canEdit: canManageProcesses(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code)
	};
};
