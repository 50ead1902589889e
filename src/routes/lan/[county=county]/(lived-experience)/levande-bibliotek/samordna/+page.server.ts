import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requestAction } from '#lib/modules/lived-experience/request-action.server.ts';
import { assignParticipant, coordination } from '#lib/modules/lived-experience/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url);
	const county = await pageCounty(locals);
	return unwrap(await coordination(locals.db, actor, county.code));
};

export const actions: Actions = {
	request: requestAction('samordna?sparad=forfragan'),
	assign: async ({ locals, request, url }) => {
		const actor = requireUser(locals, url);
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const done = await assignParticipant(locals.db, actor, county.code, values);
		if (done.kind !== 'ok') return formFailure(done, values);
		redirect(303, `/lan/${county.slug}/levande-bibliotek/samordna?sparad=uppdrag`);
	}
};
