import type { RequestHandler } from './$types';
import { EditableGroup } from '$lib/modules/groups/schema.ts';
import { createGroup } from '$lib/modules/groups/service.server.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { apiCounty } from '$lib/platform/request.ts';

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableGroup);
	return apiResponse(
		await createGroup(locals.db, locals.actor, county.value.code, body),
		EditableGroup,
		{},
		201
	);
};
