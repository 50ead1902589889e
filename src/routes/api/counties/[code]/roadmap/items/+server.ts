import type { RequestHandler } from './$types';
import { EditableRoadmapItem } from '$lib/schemas/content.ts';
import { createRoadmapItem } from '$lib/server/content/roadmap.ts';
import * as content from '$lib/server/content/service.ts';
import { apiResponse, jsonBody } from '$lib/server/http.ts';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await content.county(locals.db, params.code);
	if (county.kind !== 'ok') return apiResponse(county, EditableRoadmapItem);
	return apiResponse(
		await createRoadmapItem(locals.db, locals.actor, county.value.code, body),
		EditableRoadmapItem,
		{},
		201
	);
};
