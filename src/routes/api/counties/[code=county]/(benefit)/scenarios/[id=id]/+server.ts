import type { RequestHandler } from './$types';
import { SavedScenario, ScenarioVersionQuery } from '#lib/modules/benefit/server/schemas.ts';
import { getScenario } from '#lib/modules/benefit/server/service.ts';
import { apiResponse } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { fieldErrors } from '#lib/core/outcome.ts';
import { apiCounty } from '#lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, SavedScenario);
	const query = ScenarioVersionQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success) {
		return apiResponse(
			{
				kind: 'invalid',
				message: 'Versionen ska vara ett positivt heltal.',
				fields: fieldErrors(query.error.issues)
			},
			SavedScenario
		);
	}
	return apiResponse(
		await getScenario(
			locals.db,
			locals.actor,
			county.value.code,
			formId(params.id),
			query.data.version
		),
		SavedScenario
	);
};
