import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { swedishDate } from '#lib/modules/self-assessment/domain/round.ts';
import { roundChoices } from '#lib/modules/self-assessment/read.server.ts';
import { openRound } from '#lib/modules/self-assessment/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	return { choices: unwrap(await roundChoices(locals.db, locals.actor, county.code)) };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const county = await pageCounty(locals);
		requireUser(locals, url);
		const values = await formValues(request);
		const opened = await openRound(
			locals.db,
			locals.actor,
			county.code,
			values,
			swedishDate(new Date())
		);
		if (opened.kind !== 'ok') return formFailure(opened, values);
		redirect(303, `/lan/${county.slug}/dialogguide/omgangar/${opened.value.id}`);
	}
};
