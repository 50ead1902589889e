import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canOpenCampaigns } from '#lib/modules/campaigns/index.ts';
import { municipalities } from '#lib/modules/campaigns/read.server.ts';
import { openCampaign } from '#lib/modules/campaigns/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url);
	const county = await pageCounty(locals);
	if (!canOpenCampaigns(actor, county.code))
		error(403, 'Bara länets samordnare och administratörer ställer frågor till invånarna.');
	return { municipalities: await municipalities(locals.db, county.code) };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const actor = requireUser(locals, url);
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const opened = await openCampaign(locals.db, actor, county.code, values);
		if (opened.kind !== 'ok') return formFailure(opened, values);
		redirect(303, `/lan/${county.slug}/vad-ar-viktigt/${opened.value.id}`);
	}
};
