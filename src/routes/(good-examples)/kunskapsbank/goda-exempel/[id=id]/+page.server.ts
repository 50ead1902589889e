import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { listCounties } from '#lib/modules/counties/index.server.ts';
import { getExample, reuseCounties } from '#lib/modules/good-examples/read.server.ts';
import { reuse } from '#lib/modules/good-examples/service.server.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { requireUser } from '#lib/platform/request.ts';

/** One good example: the initiative, the criteria, the rating, where it was reused, and "Använd i vårt län". */
export const load: PageServerLoad = async ({ locals, params }) => {
	const example = unwrap(await getExample(locals.db, locals.actor, formId(params.id)));
	const mine = new Set(reuseCounties(locals.actor));
	const counties = (await listCounties(locals.db)).filter(
		(c) => mine.has(c.code) && c.code !== example.countyCode
	);
	return { example, reuseInto: counties.map((c) => ({ id: c.code, name: c.name })) };
};

export const actions: Actions = {
	reuse: async ({ locals, params, request, url }) => {
		requireUser(locals, url);
		const values = await formValues(request);
		const outcome = await reuse(locals.db, locals.actor, formId(params.id), values, url.origin);
		if (outcome.kind !== 'ok') return formFailure(outcome, values);
		redirect(303, `/lan/${outcome.value.countySlug}/insatser/${outcome.value.initiativeId}`);
	}
};
