import type { Actions, PageServerLoad } from './$types';
import { canSetRetention } from '#lib/modules/privacy/domain/permissions.ts';
import { retention, setRetention } from '#lib/modules/privacy/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { FILE_DAYS } from '#lib/platform/jobs/files.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		retention: await retention(locals.db, county.code),
		canSet: canSetRetention(locals.actor, county.code),
		signedIn: locals.actor.kind === 'user',
		/** how long a file a person ordered is kept (fixed, not a setting) */
		fileDays: FILE_DAYS
	};
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const actor = requireUser(locals, url);
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const done = await setRetention(locals.db, actor, county.code, values);
		if (done.kind !== 'ok') return formFailure(done, values);
		return { saved: true };
	}
};
