import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	archiveRoadmapItem,
	getRoadmapItem,
	updateRoadmapItem
} from '$lib/modules/roadmap/service.server.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	if (locals.actor.kind === 'anonymous')
		redirect(303, `/logga-in?till=${encodeURIComponent(url.pathname)}`);
	return {
		item: unwrap(await getRoadmapItem(locals.db, locals.actor, county.code, formId(params.id)))
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const county = unwrap(await content.county(locals.db, params.county));
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
		const county = unwrap(await content.county(locals.db, params.county));
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
