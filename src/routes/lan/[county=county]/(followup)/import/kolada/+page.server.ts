import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canEditCountyContent } from '#lib/core/permissions.ts';
import { config } from '#lib/platform/config.ts';
import { startKoladaJob } from '#lib/modules/followup/server/kolada-jobs.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

/** Values from Kolada for the county, started as a background job (coordinators and administrators). */

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	if (!canEditCountyContent(locals.actor, county.code))
		error(403, 'Bara länets samordnare och administratörer kan läsa in värden från Kolada.');
	return { lastYear: new Date().getFullYear() - 1 };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await startKoladaJob(
			locals.db,
			locals.actor,
			county.code,
			{ kpis: values.kpis ?? '', from: values.from ?? '', to: values.to ?? '' },
			{ baseUrl: config().koladaBaseUrl }
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/import/kolada/${outcome.value.id}`);
	}
};
