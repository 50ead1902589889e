import type { RequestHandler } from './$types';
import { SavedScenarioList } from '#lib/modules/benefit/server/schemas.ts';
import { listScenarios } from '#lib/modules/benefit/server/service.ts';
import { apiResponse } from '#lib/platform/http.ts';
import { apiCounty } from '#lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals }) => {
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, SavedScenarioList);
	const list = await listScenarios(locals.db, locals.actor, county.value.code);
	return apiResponse(
		list.kind === 'ok' ? { kind: 'ok', value: { scenarios: list.value } } : list,
		SavedScenarioList
	);
};
