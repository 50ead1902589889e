import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	archiveTimelineEvent,
	getTimelineEvent,
	updateTimelineEvent
} from '$lib/modules/timeline/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';
import { formId } from '$lib/platform/ids.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	return {
		event: unwrap(await getTimelineEvent(locals.db, locals.actor, county.code, formId(params.id)))
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await updateTimelineEvent(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			values
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/tidslinje#handelse-${params.id}`);
	},
	archive: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await archiveTimelineEvent(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			values
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/tidslinje`);
	}
};
