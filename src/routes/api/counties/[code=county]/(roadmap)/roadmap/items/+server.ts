import type { RequestHandler } from './$types';
import { EditableRoadmapItem } from '$lib/modules/roadmap/schema.ts';
import { createRoadmapItem } from '$lib/modules/roadmap/service.server.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { apiCounty } from '$lib/platform/request.ts';

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableRoadmapItem);
	return apiResponse(
		await createRoadmapItem(locals.db, locals.actor, county.value.code, body),
		EditableRoadmapItem,
		{},
		201
	);
};
