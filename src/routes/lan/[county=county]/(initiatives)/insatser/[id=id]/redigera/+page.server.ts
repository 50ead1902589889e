import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { initiativeFailure, initiativeForm } from '$lib/modules/initiatives/form-action.server.ts';
import {
	archiveInitiative,
	getInitiative,
	initiativeChoices,
	updateInitiative
} from '$lib/modules/initiatives/service.server.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	const initiative = unwrap(
		await getInitiative(locals.db, locals.actor, county.code, formId(params.id))
	);
	if (!initiative.canEdit)
		error(
			403,
			'Du får bara ändra insatser som din egen organisation leder. Samordnare kan ändra alla.'
		);
	return {
		initiative,
		choices: unwrap(await initiativeChoices(locals.db, locals.actor, county.code)),
		confirmArchive: url.searchParams.has('arkivera')
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const { values, revision } = await initiativeForm(request);
		const id = formId(params.id);
		const outcome = await updateInitiative(locals.db, locals.actor, county.code, id, {
			...values,
			revision
		});
		if (outcome.kind !== 'ok') return initiativeFailure(outcome, values, revision);
		redirect(303, `/lan/${county.slug}/insatser/${id}`);
	},
	archive: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await archiveInitiative(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			values
		);
		if (outcome.kind === 'ok') redirect(303, `/lan/${county.slug}/insatser`);
		// refused because it changed meanwhile: the question is asked again, about the saved version
		if (outcome.kind === 'forbidden' || outcome.kind === 'not_found') unwrap(outcome);
		return fail(outcome.kind === 'conflict' ? 409 : 400, { archiveMessage: outcome.message });
	}
};
