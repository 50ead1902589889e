import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	askableSubjects,
	ownRequests,
	requestParticipants
} from '#lib/modules/lived-experience/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
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
	default: async ({ locals, request, url }) => {
		const actor = requireUser(locals, url);
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const done = await requestParticipants(locals.db, actor, county.code, values);
		if (done.kind !== 'ok') return formFailure(done, values);
		redirect(303, `/lan/${county.slug}/levande-bibliotek/fraga?sparad=1`);
	}
};
