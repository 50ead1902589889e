import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { templateById } from '$lib/modules/benefit/domain/index.ts';
import { canEditCountyContent } from '$lib/core/permissions.ts';
import {
	computeAction,
	fillAction,
	readEditorForm,
	refusedBeforeSave,
	resultsView,
	saveFailure,
	saveInput,
	templateInfo
} from '$lib/modules/benefit/server/editor.ts';
import { municipalities } from '$lib/modules/benefit/server/service.ts';
import {
	archiveScenario,
	computeValidated,
	getScenario,
	saveScenarioVersion
} from '$lib/modules/benefit/server/service.ts';
import { formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { valuesOfScenario, type FormValues } from '$lib/modules/benefit/ui/form.ts';
import { pageCounty } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
	const asked = url.searchParams.get('version');
	const scenario = unwrap(
		await getScenario(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			asked === null ? undefined : formId(asked)
		)
	);
	const template = scenario.templateId ? templateById(scenario.templateId) : undefined;
	return {
		scenario,
		template: template ? templateInfo(template) : null,
		municipalities: await municipalities(locals.db, county.code),
		values: {
			...valuesOfScenario(scenario.input),
			description: scenario.description,
			visibility: scenario.visibility
		} as FormValues,
		results: resultsView(computeValidated(scenario.input)),
		canSave: canEditCountyContent(locals.actor, county.code),
		saved: url.searchParams.get('sparad') !== null
	};
};

/** The saved scenario the form was opened from (its qualitative gains go with a recomputed one). */
async function saved(locals: App.Locals, countyCode: string, id: string) {
	return unwrap(await getScenario(locals.db, locals.actor, countyCode, formId(id)));
}

export const actions: Actions = {
	compute: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const scenario = await saved(locals, county.code, params.id);
		return computeAction(await readEditorForm(request), scenario.input, locals.actor);
	},
	fill: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const scenario = await saved(locals, county.code, params.id);
		const template = scenario.templateId ? templateById(scenario.templateId) : undefined;
		return fillAction(
			locals.db,
			county.code,
			await readEditorForm(request),
			template?.targetGroup,
			scenario.input,
			locals.actor
		);
	},
	save: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const scenario = await saved(locals, county.code, params.id);
		const values = await readEditorForm(request);
		const refused = refusedBeforeSave(values, scenario.input);
		if (refused) return refused;
		const outcome = await saveScenarioVersion(
			locals.db,
			locals.actor,
			county.code,
			scenario.id,
			saveInput(values, scenario.input)
		);
		if (outcome.kind !== 'ok') return saveFailure(outcome, values, scenario.input);
		redirect(303, `/lan/${county.slug}/nyttokalkyl/${scenario.id}?sparad=1`);
	},
	archive: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const scenario = await saved(locals, county.code, params.id);
		const outcome = await archiveScenario(
			locals.db,
			locals.actor,
			county.code,
			scenario.id,
			await formValues(request)
		);
		if (outcome.kind !== 'ok') {
			// the editor shows the scenario as saved; the message says why it was not archived
			const values = {
				...valuesOfScenario(scenario.input),
				description: scenario.description,
				visibility: scenario.visibility
			};
			return saveFailure(outcome, values, scenario.input);
		}
		redirect(303, `/lan/${county.slug}/nyttokalkyl?arkiverad=${outcome.value.id}`);
	}
};
