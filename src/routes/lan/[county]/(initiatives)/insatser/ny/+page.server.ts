import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as content from '$lib/modules/counties/service.server.ts';
import { unwrap } from '$lib/platform/http.ts';
import { initiativeFailure, initiativeForm } from '$lib/modules/initiatives/form-action.server.ts';
import { createInitiative, initiativeChoices } from '$lib/modules/initiatives/service.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	if (locals.actor.kind === 'anonymous')
		redirect(303, `/logga-in?till=${encodeURIComponent(url.pathname)}`);
	return { choices: unwrap(await initiativeChoices(locals.db, locals.actor, county.code)) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const county = unwrap(await content.county(locals.db, params.county));
		const { values } = await initiativeForm(request);
		const outcome = await createInitiative(locals.db, locals.actor, county.code, values);
		if (outcome.kind !== 'ok') return initiativeFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/insatser/${outcome.value.id}`);
	}
};
