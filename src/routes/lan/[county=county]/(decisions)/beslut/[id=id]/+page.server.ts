import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	archiveDecision,
	decisionChoices,
	getDecision,
	updateDecision
} from '$lib/modules/decisions/service.server.ts';
import { formFailure, formValues } from '$lib/platform/forms.ts';
import { unwrap } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { pageCounty, requireUser } from '$lib/platform/request.ts';
import * as groupsReads from '$lib/modules/groups/read.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	const decision = unwrap(
		await getDecision(locals.db, locals.actor, county.code, formId(params.id))
	);
	const all = unwrap(await groupsReads.organisations(locals.db, locals.actor, county.code));
	return {
		decision,
		choices: unwrap(await decisionChoices(locals.db, locals.actor, county.code)),
		/** every name a conflict may show */
		names: {
			organisations: Object.fromEntries(all.organisations.map((o) => [o.id, o.name])),
			groups: Object.fromEntries(all.groups.map((g) => [g.id, g.name]))
		}
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await updateDecision(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			values
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/beslut#beslut-${outcome.value.id}`);
	},
	archive: async ({ locals, params, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const outcome = await archiveDecision(
			locals.db,
			locals.actor,
			county.code,
			formId(params.id),
			values
		);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${county.slug}/beslut`);
	}
};
