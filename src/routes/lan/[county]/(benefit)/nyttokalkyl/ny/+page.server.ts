import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canEditCountyContent } from '$lib/core/permissions.ts';
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
} from '$lib/modules/benefit/server/editor.ts';
import { municipalities } from '$lib/modules/benefit/server/queries.ts';
import { createScenario } from '$lib/modules/benefit/server/service.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { unwrap } from '$lib/platform/http.ts';
import { valuesOfScenario } from '$lib/modules/benefit/ui/form.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	const template = templateOr404(url.searchParams.get('mall'));
	return {
		template: templateInfo(template),
		municipalities: await municipalities(locals.db, county.code),
		values: valuesOfScenario(templateDraft(template)),
		canSave: canEditCountyContent(locals.actor, county.code)
	};
};

export const actions: Actions = {
	compute: async ({ request }) => computeAction(await readEditorForm(request)),
	fill: async ({ locals, params, request, url }) => {
		const county = unwrap(await content.county(locals.db, params.county));
		const template = templateOr404(url.searchParams.get('mall'));
		return fillAction(locals.db, county.code, await readEditorForm(request), template.targetGroup);
	},
	save: async ({ locals, params, request }) => {
		const county = unwrap(await content.county(locals.db, params.county));
		const values = await readEditorForm(request);
		const refused = refusedBeforeSave(values);
		if (refused) return refused;
		const outcome = await createScenario(locals.db, locals.actor, county.code, saveInput(values));
		if (outcome.kind !== 'ok') return saveFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/nyttokalkyl/${outcome.value.id}?sparad=1`);
	}
};
