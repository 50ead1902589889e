import type { Actions, PageServerLoad } from './$types';
import { getAction, reportAction } from '#lib/modules/actions/service.server.ts';
import { dueState, swedishDay } from '#lib/modules/actions/domain/due.ts';
import { formAction } from '#lib/platform/edit-page.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, url);
	const county = await pageCounty(locals);
	const found = unwrap(await getAction(locals.db, locals.actor, county.code, formId(params.id)));
	return { ...found, due: dueState(found.action, swedishDay(new Date())) };
};

export const actions: Actions = {
	report: formAction(reportAction, (county, a) => `/lan/${county.slug}/atgarder/${a.id}`)
};
