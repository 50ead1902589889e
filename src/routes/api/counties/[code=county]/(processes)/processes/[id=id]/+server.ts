import type { RequestHandler } from './$types';
import { cachedApiResponse } from '$lib/platform/api/etag.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { Process } from '$lib/modules/processes/api-schema.ts';
import { getProcess, updateProcess } from '$lib/modules/processes/service.server.ts';
import { apiCounty } from '$lib/platform/request.ts';

/** One process with its coverage and revision (for a PUT), if the caller may see it. */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, Process);
	return cachedApiResponse(
		request,
		await getProcess(locals.db, locals.actor, county.value.code, formId(params.id)),
		Process
	);
};

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, Process);
	return apiResponse(
		await updateProcess(locals.db, locals.actor, county.value.code, formId(params.id), body),
		Process
	);
};
