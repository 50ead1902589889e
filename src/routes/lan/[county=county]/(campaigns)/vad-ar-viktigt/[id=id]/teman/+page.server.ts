import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { campaignAnswers } from '#lib/modules/campaigns/read.server.ts';
import { themingFromForm } from '#lib/modules/campaigns/schema.ts';
import { addThemes, themeAnswers } from '#lib/modules/campaigns/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireUser(locals, url);
	const county = await pageCounty(locals);
	return unwrap(await campaignAnswers(locals.db, actor, county.code, Number(params.id)));
};

export const actions: Actions = {
	themes: async ({ locals, request, params, url }) => {
		const actor = requireUser(locals, url);
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const done = await addThemes(locals.db, actor, county.code, Number(params.id), values);
		if (done.kind !== 'ok') return formFailure(done, values);
		redirect(303, `/lan/${county.slug}/vad-ar-viktigt/${params.id}/teman?sparad=teman`);
	},
	group: async ({ locals, request, params, url }) => {
		const actor = requireUser(locals, url);
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const done = await themeAnswers(
			locals.db,
			actor,
			county.code,
			Number(params.id),
			themingFromForm(values)
		);
		if (done.kind !== 'ok') return formFailure(done, values);
		redirect(303, `/lan/${county.slug}/vad-ar-viktigt/${params.id}/teman?sparad=grupper`);
	}
};
