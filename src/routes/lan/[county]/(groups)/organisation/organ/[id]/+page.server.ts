import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { archiveGroup, getGroup, updateGroup } from '$lib/modules/groups/service.server.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = unwrap(await content.county(locals.db, params.county));
	if (locals.actor.kind === 'anonymous')
		redirect(303, `/logga-in?till=${encodeURIComponent(url.pathname)}`);
	return {
		group: unwrap(await getGroup(locals.db, locals.actor, county.code, formId(params.id)))
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const county = unwrap(await content.county(locals.db, params.county));
		const values = await formValues(request);
		const outcome = await updateGroup(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			values
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/organisation#group-${outcome.value.id}`);
	},
	archive: async ({ locals, params, request }) => {
		const county = unwrap(await content.county(locals.db, params.county));
		const values = await formValues(request);
		const outcome = await archiveGroup(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			values
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/organisation`);
	}
};
