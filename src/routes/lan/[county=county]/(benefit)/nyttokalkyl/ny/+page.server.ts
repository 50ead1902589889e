import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canEditCountyContent } from '#lib/core/permissions.ts';
import {
	computeAction,
	fillAction,
	readEditorForm,
	refusedBeforeSave,
	saveFailure,
	saveInput,
	templateDraft,
	templateInfo,
	templateOr404
} from '#lib/modules/benefit/server/editor.ts';
import { municipalities } from '#lib/modules/benefit/server/service.ts';
import { createScenario } from '#lib/modules/benefit/server/service.ts';
import { valuesOfScenario } from '#lib/modules/benefit/ui/form.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	const template = templateOr404(url.searchParams.get('mall'));
	return {
		template: templateInfo(template),
		municipalities: await municipalities(locals.db, county.code),
		values: valuesOfScenario(templateDraft(template)),
		canSave: canEditCountyContent(locals.actor, county.code)
	};
};

export const actions: Actions = {
	compute: async ({ locals, request }) =>
		computeAction(await readEditorForm(request), undefined, locals.actor),
	fill: async ({ locals, request, url }) => {
		const county = await pageCounty(locals);
		const template = templateOr404(url.searchParams.get('mall'));
		return fillAction(
			locals.db,
			county.code,
			await readEditorForm(request),
			template.targetGroup,
			undefined,
			locals.actor
		);
	},
	save: async ({ locals, request }) => {
		const county = await pageCounty(locals);
		const values = await readEditorForm(request);
		const refused = refusedBeforeSave(values);
		if (refused) return refused;
		const outcome = await createScenario(locals.db, locals.actor, county.code, saveInput(values));
		if (outcome.kind !== 'ok') return saveFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/nyttokalkyl/${outcome.value.id}?sparad=1`);
	}
};
