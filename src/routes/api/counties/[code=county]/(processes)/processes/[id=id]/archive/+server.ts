import type { RequestHandler } from './$types';
import { Archived } from '$lib/core/api-schema.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { archiveProcess } from '$lib/modules/processes/service.server.ts';
import { apiCounty } from '$lib/platform/request.ts';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, Archived);
	return apiResponse(
		await archiveProcess(locals.db, locals.actor, county.value.code, formId(params.id), body),
		Archived
	);
};
