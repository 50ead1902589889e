import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { nestFormValues } from '$lib/core/form-data.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { getVisionForEditing, publishVision } from '$lib/modules/vision/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	if (locals.actor.kind === 'anonymous')
		redirect(303, `/logga-in?till=${encodeURIComponent(url.pathname)}`);
	return { vision: unwrap(await getVisionForEditing(locals.db, locals.actor, county.code)) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const county = unwrap(await content.county(locals.db, params.county));
		const values = await formValues(request);
		const outcome = await publishVision(
			locals.db,
			locals.actor,
			county.code,
			nestFormValues(values)
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}`);
	}
};
