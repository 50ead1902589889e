import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { nestFormValues } from '$lib/core/form-data.ts';
import { formFailure, formValuesWithLists } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { createProcess, processChoices } from '$lib/modules/processes/service.server.ts';
import { PROCESS_LISTS } from '$lib/modules/processes/form.server.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	return { choices: unwrap(await processChoices(locals.db, locals.actor, county.code)) };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const county = await pageCounty(locals);
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
