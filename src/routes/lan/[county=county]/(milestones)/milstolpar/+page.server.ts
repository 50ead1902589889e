import type { PageServerLoad } from './$types';
import { canReadInternal } from '#lib/core/permissions.ts';
import { canManageMilestones } from '#lib/modules/milestones/domain/permissions.ts';
import { listMilestones } from '#lib/modules/milestones/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

/** The county's milestones in order of time. */
export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		...unwrap(await listMilestones(locals.db, locals.actor, county.code)),
		canManage: canManageMilestones(locals.actor, county.code),
		canReadInternal: canReadInternal(locals.actor, county.code)
	};
};
