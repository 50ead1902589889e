import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { nestFormValues } from '$lib/core/form-data.ts';
import { formFailure, formValues, formValuesWithLists } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { formValuesOf, PROCESS_LISTS } from '$lib/modules/processes/form.server.ts';
import {
	archiveProcess,
	processChoices,
	processForEdit,
	updateProcess
} from '$lib/modules/processes/service.server.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	const { process, fields } = unwrap(
		await processForEdit(locals.db, locals.actor, county.code, formId(params.id))
	);
	return {
		process,
		values: formValuesOf(fields, process.revision),
		choices: unwrap(await processChoices(locals.db, locals.actor, county.code))
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const values = await formValuesWithLists(request, PROCESS_LISTS);
		const outcome = await updateProcess(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			nestFormValues(values)
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/processer/${outcome.value.id}`);
	},
	archive: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await archiveProcess(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			values
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/processer`);
	}
};
