import type { RequestHandler } from './$types';
import { EditableRoadmapItem } from '$lib/schemas/content.ts';
import { getRoadmapItem, updateRoadmapItem } from '$lib/server/content/roadmap.ts';
import * as content from '$lib/server/content/service.ts';
import { apiResponse, jsonBody } from '$lib/server/http.ts';
import { formId } from '$lib/server/ids.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const county = await content.county(locals.db, params.code);
	if (county.kind !== 'ok') return apiResponse(county, EditableRoadmapItem);
	return apiResponse(
		await getRoadmapItem(locals.db, locals.actor, county.value.code, formId(params.id)),
		EditableRoadmapItem
	);
};

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await content.county(locals.db, params.code);
	if (county.kind !== 'ok') return apiResponse(county, EditableRoadmapItem);
	return apiResponse(
		await updateRoadmapItem(locals.db, locals.actor, county.value.code, formId(params.id), body),
		EditableRoadmapItem
	);
};
