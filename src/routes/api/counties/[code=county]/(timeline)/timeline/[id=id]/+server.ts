import type { RequestHandler } from './$types';
import { EditableTimelineEvent } from '$lib/modules/timeline/schema.ts';
import { getTimelineEvent, updateTimelineEvent } from '$lib/modules/timeline/service.server.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { apiCounty } from '$lib/platform/request.ts';
import { formId } from '$lib/platform/ids.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableTimelineEvent);
	return apiResponse(
		await getTimelineEvent(locals.db, locals.actor, county.value.code, formId(params.id)),
		EditableTimelineEvent
	);
};

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableTimelineEvent);
	return apiResponse(
		await updateTimelineEvent(locals.db, locals.actor, county.value.code, formId(params.id), body),
		EditableTimelineEvent
	);
};
