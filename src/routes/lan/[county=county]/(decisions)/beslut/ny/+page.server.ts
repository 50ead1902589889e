import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createDecision, decisionChoices } from '$lib/modules/decisions/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	return { choices: unwrap(await decisionChoices(locals.db, locals.actor, county.code)) };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await createDecision(locals.db, locals.actor, county.code, values);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/beslut#beslut-${outcome.value.id}`);
	}
};
