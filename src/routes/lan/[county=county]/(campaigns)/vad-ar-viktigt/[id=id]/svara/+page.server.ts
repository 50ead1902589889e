import type { Actions, PageServerLoad } from './$types';
import { formStamp } from '#lib/modules/privacy/index.server.ts';
import { campaignForAnswer } from '#lib/modules/campaigns/read.server.ts';
import { submitAnswer } from '#lib/modules/campaigns/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const county = await pageCounty(locals);
	return {
		...unwrap(await campaignForAnswer(locals.db, county.code, Number(params.id))),
		stamp: await formStamp(locals.db)
	};
};

export const actions: Actions = {
	default: async ({ locals, request, params, getClientAddress }) => {
		const county = await pageCounty(locals);
		const values = await formValues(request);
		const sent = await submitAnswer(
			locals.db,
			locals.actor,
			county.code,
			Number(params.id),
			values,
			getClientAddress()
		);
		if (sent.kind !== 'ok') return formFailure(sent, values);
		return { sent: true };
	}
};
