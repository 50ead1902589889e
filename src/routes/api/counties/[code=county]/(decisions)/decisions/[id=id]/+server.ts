import type { RequestHandler } from './$types';
import { EditableDecision } from '$lib/modules/decisions/schema.ts';
import { getDecision, updateDecision } from '$lib/modules/decisions/service.server.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { apiCounty } from '$lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableDecision);
	return apiResponse(
		await getDecision(locals.db, locals.actor, county.value.code, formId(params.id)),
		EditableDecision
	);
};

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableDecision);
	return apiResponse(
		await updateDecision(locals.db, locals.actor, county.value.code, formId(params.id), body),
		EditableDecision
	);
};
