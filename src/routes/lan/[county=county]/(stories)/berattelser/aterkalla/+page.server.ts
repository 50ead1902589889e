import type { Actions } from './$types';
import { withdrawStory } from '#lib/modules/stories/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const actions: Actions = {
	default: async ({ locals, request, getClientAddress }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const done = await withdrawStory(
			locals.db,
			locals.actor,
			county.code,
			values,
			getClientAddress()
		);
		if (done.kind !== 'ok') return formFailure(done, values);
		return { withdrawn: true };
	}
};
