import type { RequestHandler } from './$types';
import { EditableGroup } from '$lib/schemas/content.ts';
import { createGroup } from '$lib/server/content/groups.ts';
import * as content from '$lib/server/content/service.ts';
import { apiResponse, jsonBody } from '$lib/server/http.ts';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await content.county(locals.db, params.code);
	if (county.kind !== 'ok') return apiResponse(county, EditableGroup);
	return apiResponse(
		await createGroup(locals.db, locals.actor, county.value.code, body),
		EditableGroup,
		{},
		201
	);
};
