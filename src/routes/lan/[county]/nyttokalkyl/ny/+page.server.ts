import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canEditCountyContent } from '$lib/server/auth/permissions.ts';
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
} from '$lib/server/benefit/editor.ts';
import { municipalities } from '$lib/server/benefit/queries.ts';
import { createScenario } from '$lib/server/benefit/service.ts';
import * as content from '$lib/server/content/service.ts';
import { unwrap } from '$lib/server/http.ts';
import { valuesOfScenario } from '$lib/ui/benefit/form.ts';

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
	compute: async ({ locals, request }) =>
		computeAction(await readEditorForm(request), undefined, locals.actor),
	fill: async ({ locals, params, request, url }) => {
		const county = unwrap(await content.county(locals.db, params.county));
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
