import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { unwrap } from '$lib/platform/http.ts';
import { initiativeFailure, initiativeForm } from '$lib/modules/initiatives/form-action.server.ts';
import { createInitiative, initiativeChoices } from '$lib/modules/initiatives/service.server.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	return { choices: unwrap(await initiativeChoices(locals.db, locals.actor, county.code)) };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const county = await pageCounty(locals);
		const { values } = await initiativeForm(request);
		const outcome = await createInitiative(locals.db, locals.actor, county.code, values);
		if (outcome.kind !== 'ok') return initiativeFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/insatser/${outcome.value.id}`);
	}
};
