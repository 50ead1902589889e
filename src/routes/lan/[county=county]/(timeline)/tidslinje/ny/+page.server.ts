import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canEditCountyContent } from '$lib/core/permissions.ts';
import { createTimelineEvent } from '$lib/modules/timeline/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	if (!canEditCountyContent(locals.actor, county.code))
		error(403, 'Du har inte behörighet att göra det här.');
	return {};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await createTimelineEvent(locals.db, locals.actor, county.code, values);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(
			303,
			`/lan/${county.slug}/tidslinje?sparad=${outcome.value.id}#handelse-${outcome.value.id}`
		);
	}
};
