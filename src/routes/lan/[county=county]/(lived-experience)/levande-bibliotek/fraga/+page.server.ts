import type { Actions, PageServerLoad } from './$types';
import { requestAction } from '#lib/modules/lived-experience/request-action.server.ts';
import { askableSubjects, ownRequests } from '#lib/modules/lived-experience/service.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

/**
 * Those who edit a process or an initiative ask for participants with lived
 * experience; the page lists only the items they may ask for, and their own
 * earlier requests with how many are matched (never who).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url);
	const county = await pageCounty(locals);
	const subjects = unwrap(await askableSubjects(locals.db, actor, county.code));
	const process = url.searchParams.get('process');
	const initiative = url.searchParams.get('initiative');
	const chosen = subjects.processes.some((p) => String(p.id) === process)
		? `process:${process}`
		: subjects.initiatives.some((i) => String(i.id) === initiative)
			? `initiative:${initiative}`
			: '';
	return {
		subjects,
		chosen,
		requests: await ownRequests(locals.db, actor, county.code)
	};
};

export const actions: Actions = {
	default: requestAction('fraga?sparad=1')
};
