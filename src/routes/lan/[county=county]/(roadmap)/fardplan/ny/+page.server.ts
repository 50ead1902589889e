import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canEditCountyContent } from '$lib/core/permissions.ts';
import { createRoadmapItem } from '$lib/modules/roadmap/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';
import * as roadmapReads from '$lib/modules/roadmap/read.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	if (!canEditCountyContent(locals.actor, county.code))
		error(403, 'Du har inte behörighet att göra det här.');
	unwrap(await roadmapReads.roadmap(locals.db, locals.actor, county.code));
	return {};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await createRoadmapItem(locals.db, locals.actor, county.code, values);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/fardplan#${outcome.value.kind}-${outcome.value.key}`);
	}
};
