import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createDecision, decisionChoices } from '$lib/modules/decisions/service.server.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	if (locals.actor.kind === 'anonymous')
		redirect(303, `/logga-in?till=${encodeURIComponent(url.pathname)}`);
	return { choices: unwrap(await decisionChoices(locals.db, locals.actor, county.code)) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const county = unwrap(await content.county(locals.db, params.county));
		const values = await formValues(request);
		const outcome = await createDecision(locals.db, locals.actor, county.code, values);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/beslut#beslut-${outcome.value.id}`);
	}
};
