import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canEditCountyContent } from '$lib/core/permissions.ts';
import { config } from '$lib/platform/config.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { startKoladaJob } from '$lib/modules/followup/server/kolada-jobs.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';

/** Values from Kolada for the county, started as a background job (coordinators and administrators). */

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	if (locals.actor.kind === 'anonymous')
		redirect(303, `/logga-in?till=${encodeURIComponent(url.pathname)}`);
	if (!canEditCountyContent(locals.actor, county.code))
		error(403, 'Bara länets samordnare och administratörer kan läsa in värden från Kolada.');
	return { lastYear: new Date().getFullYear() - 1 };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const county = unwrap(await content.county(locals.db, params.county));
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
