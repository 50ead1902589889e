import type { PageServerLoad } from './$types';
import { canManageProcesses } from '#lib/modules/processes/index.ts';
import { canReadInternal } from '#lib/core/permissions.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { getProcess, goalAreaLabels } from '#lib/modules/processes/service.server.ts';
import { pageCounty } from '#lib/platform/request.ts';
import { storiesLinkedTo } from '#lib/modules/stories/index.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = await pageCounty(locals);
	const process = unwrap(await getProcess(locals.db, locals.actor, county.code, formId(params.id)));
	return {
		process,
		stories: await storiesLinkedTo(locals.db, county.code, { process: process.id }),
		goalAreaLabels: await goalAreaLabels(locals.db, locals.actor, county.code),
		canEdit: canManageProcesses(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code)
	};
};
