import type { Actions, PageServerLoad } from './$types';
import { formStamp } from '#lib/modules/privacy/index.server.ts';
import { municipalities, offerToTakePart } from '#lib/modules/lived-experience/service.server.ts';
import { canCoordinateLivedExperience } from '#lib/modules/lived-experience/index.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		municipalities: await municipalities(locals.db, county.code),
		stamp: await formStamp(locals.db),
		canCoordinate: canCoordinateLivedExperience(locals.actor, county.code)
	};
};

export const actions: Actions = {
	default: async ({ locals, request, getClientAddress }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const sent = await offerToTakePart(
			locals.db,
			locals.actor,
			county.code,
			values,
			getClientAddress()
		);
		if (sent.kind !== 'ok') return formFailure(sent, values);
		return { sent: true };
	}
};
