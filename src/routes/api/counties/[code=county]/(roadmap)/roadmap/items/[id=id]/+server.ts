import type { RequestHandler } from './$types';
import { EditableRoadmapItem } from '$lib/modules/roadmap/schema.ts';
import { getRoadmapItem, updateRoadmapItem } from '$lib/modules/roadmap/service.server.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { formId } from '$lib/platform/ids.ts';
import { apiCounty } from '$lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableRoadmapItem);
	return apiResponse(
		await getRoadmapItem(locals.db, locals.actor, county.value.code, formId(params.id)),
		EditableRoadmapItem
	);
};

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableRoadmapItem);
	return apiResponse(
		await updateRoadmapItem(locals.db, locals.actor, county.value.code, formId(params.id), body),
		EditableRoadmapItem
	);
};
