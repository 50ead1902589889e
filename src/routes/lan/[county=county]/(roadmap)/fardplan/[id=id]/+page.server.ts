import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	archiveRoadmapItem,
	getRoadmapItem,
	updateRoadmapItem
} from '$lib/modules/roadmap/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	return {
		item: unwrap(await getRoadmapItem(locals.db, locals.actor, county.code, formId(params.id)))
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await updateRoadmapItem(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			values
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/fardplan#${outcome.value.kind}-${outcome.value.key}`);
	},
	archive: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await archiveRoadmapItem(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			values
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/fardplan`);
	}
};
