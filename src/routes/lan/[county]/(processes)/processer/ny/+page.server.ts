import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { nestFormValues } from '$lib/core/form-data.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { formFailure, formValuesWithLists } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { createProcess, processChoices } from '$lib/modules/processes/service.server.ts';
import { PROCESS_LISTS } from '$lib/modules/processes/form.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	if (locals.actor.kind === 'anonymous')
		redirect(303, `/logga-in?till=${encodeURIComponent(url.pathname)}`);
	return { choices: unwrap(await processChoices(locals.db, locals.actor, county.code)) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const county = unwrap(await content.county(locals.db, params.county));
		const values = await formValuesWithLists(request, PROCESS_LISTS);
		const outcome = await createProcess(
			locals.db,
			locals.actor,
			county.code,
			nestFormValues(values)
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/processer/${outcome.value.id}`);
	}
};
