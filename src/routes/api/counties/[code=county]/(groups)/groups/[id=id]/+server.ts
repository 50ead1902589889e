import type { RequestHandler } from './$types';
import { EditableGroup } from '$lib/modules/groups/schema.ts';
import { getGroup, updateGroup } from '$lib/modules/groups/service.server.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { apiCounty } from '$lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableGroup);
	return apiResponse(
		await getGroup(locals.db, locals.actor, county.value.code, formId(params.id)),
		EditableGroup
	);
};

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableGroup);
	return apiResponse(
		await updateGroup(locals.db, locals.actor, county.value.code, formId(params.id), body),
		EditableGroup
	);
};
