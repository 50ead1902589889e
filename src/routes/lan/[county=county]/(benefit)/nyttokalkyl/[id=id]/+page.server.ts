import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { templateById } from '#lib/modules/benefit/domain/index.ts';
import { canEditCountyContent } from '#lib/core/permissions.ts';
import {
	computeAction,
	fillAction,
	readEditorForm,
	refusedBeforeSave,
	saveFailure,
	saveInput
} from '#lib/modules/benefit/server/editor.ts';
import { savedValues, scenarioOfPage, scenarioView } from '#lib/modules/benefit/server/pages.ts';
import { municipalities } from '#lib/modules/benefit/server/service.ts';
import { archiveScenario, saveScenarioVersion } from '#lib/modules/benefit/server/service.ts';
import { formValues } from '#lib/platform/forms.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const view = await scenarioView(locals, params.id, url.searchParams.get('version'));
	return {
		scenario: view.scenario,
		template: view.template,
		municipalities: await municipalities(locals.db, view.county.code),
		values: savedValues(view.scenario),
		results: view.results,
		canSave: canEditCountyContent(locals.actor, view.county.code),
		saved: url.searchParams.get('sparad') !== null
	};
};

export const actions: Actions = {
	compute: async ({ locals, params, request }) => {
		// the saved scenario the form was opened from (its qualitative gains go with a recomputed one)
		const { scenario } = await scenarioOfPage(locals, params.id);
		return computeAction(await readEditorForm(request), scenario.input, locals.actor);
	},
	fill: async ({ locals, params, request }) => {
		const { county, scenario } = await scenarioOfPage(locals, params.id);
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
		const { county, scenario } = await scenarioOfPage(locals, params.id);
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
		const { county, scenario } = await scenarioOfPage(locals, params.id);
		const outcome = await archiveScenario(
			locals.db,
			locals.actor,
			county.code,
			scenario.id,
			await formValues(request)
		);
		if (outcome.kind !== 'ok') {
			// the editor shows the scenario as saved; the message says why it was not archived
			return saveFailure(outcome, savedValues(scenario), scenario.input);
		}
		redirect(303, `/lan/${county.slug}/nyttokalkyl?arkiverad=${outcome.value.id}`);
	}
};
