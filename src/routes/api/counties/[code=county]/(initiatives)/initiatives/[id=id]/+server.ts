import type { RequestHandler } from './$types';
import { Initiative } from '#lib/modules/initiatives/schema.ts';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { apiResponse, jsonBody } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { getInitiative, updateInitiative } from '#lib/modules/initiatives/service.server.ts';
import { apiCounty } from '#lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals, params, request }) =>
	cachedApiResponse(
		request,
		await getInitiative(locals.db, locals.actor, params.code, formId(params.id)),
		Initiative
	);

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, Initiative);
	return apiResponse(
		await updateInitiative(locals.db, locals.actor, county.value.code, formId(params.id), body),
		Initiative
	);
};
