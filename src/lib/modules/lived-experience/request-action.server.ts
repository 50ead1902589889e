import { redirect, type RequestEvent } from '@sveltejs/kit';
import { formFailure, formValues } from '../../platform/forms.ts';
import { pageCounty, requireUser } from '../../platform/request.ts';
import { requestParticipants } from './service.server.ts';

/**
 * The form action asking for participants, on the coordinators' page and on
 * the asking page: refused or bad input shows the form again; a saved
 * request goes to `then` (a path under the county's levande-bibliotek).
 */
export function requestAction(then: string) {
	return async ({ locals, request, url }: RequestEvent) => {
		const actor = requireUser(locals, url);
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const done = await requestParticipants(locals.db, actor, county.code, values);
		if (done.kind !== 'ok') return formFailure(done, values);
		redirect(303, `/lan/${county.slug}/levande-bibliotek/${then}`);
	};
}
