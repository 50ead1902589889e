import type { RequestHandler } from './$types';
import { EditableRoadmap, Roadmap } from '$lib/modules/roadmap/schema.ts';
import { updateRoadmap } from '$lib/modules/roadmap/service.server.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { apiCounty } from '$lib/platform/request.ts';
import * as roadmapReads from '$lib/modules/roadmap/read.server.ts';

export const GET: RequestHandler = async ({ locals, params }) =>
	apiResponse(await roadmapReads.roadmap(locals.db, locals.actor, params.code), Roadmap);

export const PUT: RequestHandler = async ({ locals, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableRoadmap);
	return apiResponse(
		await updateRoadmap(locals.db, locals.actor, county.value.code, body),
		EditableRoadmap
	);
};
