import type { RequestHandler } from './$types';
import { cachedApiResponse } from '$lib/server/api/etag.ts';
import * as content from '$lib/server/content/service.ts';
import { apiResponse, jsonBody } from '$lib/server/http.ts';
import { formId } from '$lib/server/ids.ts';
import { Process } from '$lib/server/processes/api-schemas.ts';
import { getProcess, updateProcess } from '$lib/server/processes/service.ts';

/** One process with its coverage and revision (for a PUT), if the caller may see it. */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const county = await content.county(locals.db, params.code);
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
	const county = await content.county(locals.db, params.code);
	if (county.kind !== 'ok') return apiResponse(county, Process);
	return apiResponse(
		await updateProcess(locals.db, locals.actor, county.value.code, formId(params.id), body),
		Process
	);
};
