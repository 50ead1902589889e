import type { PageServerLoad } from './$types';
import { canEditCountyContent, canReadInternal } from '#lib/core/permissions.ts';
import { pageCounty } from '#lib/platform/request.ts';
import * as roadmapReads from '#lib/modules/roadmap/read.server.ts';
import { listMilestones } from '#lib/modules/milestones/index.server.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	const roadmap = await roadmapReads.roadmap(locals.db, locals.actor, county.code);
	return {
		roadmap: roadmap.kind === 'ok' ? roadmap.value : null,
		milestones: unwrap(await listMilestones(locals.db, locals.actor, county.code)).milestones,
		canEdit: canEditCountyContent(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code)
	};
};
