import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { nestFormValues } from '$lib/core/form-data.ts';
import { getVisionForEditing, publishVision } from '$lib/modules/vision/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	return { vision: unwrap(await getVisionForEditing(locals.db, locals.actor, county.code)) };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const county = await pageCounty(locals);
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
