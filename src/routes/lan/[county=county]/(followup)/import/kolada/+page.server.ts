import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canEditCountyContent } from '#lib/core/permissions.ts';
import { appJobQueue } from '#lib/platform/jobs/queue.ts';
import { startKoladaJob } from '#lib/modules/followup/server/kolada-jobs.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

/** Values from Kolada for the county, started as a background job (coordinators and administrators). */

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	if (!canEditCountyContent(locals.actor, county.code))
		error(403, 'Bara länets samordnare och administratörer kan läsa in värden från Kolada.');
	// ?kpis=N20402&from=2010&to=2024 fills the form (a link from an indicator, or "start again")
	const asked = (name: string) => url.searchParams.get(name)?.slice(0, 200) ?? undefined;
	return {
		lastYear: new Date().getFullYear() - 1,
		asked: { kpis: asked('kpis'), from: asked('from'), to: asked('to') }
	};
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
			await appJobQueue()
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/import/kolada/${outcome.value.id}`);
	}
};
