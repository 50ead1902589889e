import type { PageServerLoad } from './$types';
import { canManageAgreements } from '#lib/modules/agreements/index.ts';
import { listAgreements } from '#lib/modules/agreements/service.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

/** The county's register of agreements and guidelines, overdue reviews first. */
export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		...unwrap(await listAgreements(locals.db, locals.actor, county.code, new Date())),
		canManage: canManageAgreements(locals.actor, county.code)
	};
};
