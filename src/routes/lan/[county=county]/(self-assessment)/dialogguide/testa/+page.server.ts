import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { currentTemplate, personalProfile } from '#lib/modules/self-assessment/read.server.ts';
import { formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return { template: unwrap(await currentTemplate(locals.db, county.code)) };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const profile = await personalProfile(locals.db, county.code, values);
		if (profile.kind === 'invalid')
			return fail(400, { message: profile.message, fields: profile.fields, values, profile: null });
		return {
			message: '',
			fields: {} as Record<string, string[]>,
			values,
			profile: unwrap(profile)
		};
	}
};
