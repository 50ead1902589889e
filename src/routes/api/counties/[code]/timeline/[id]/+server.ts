import type { RequestHandler } from './$types';
import { EditableTimelineEvent } from '$lib/schemas/content.ts';
import * as content from '$lib/server/content/service.ts';
import { getTimelineEvent, updateTimelineEvent } from '$lib/server/content/timeline.ts';
import { apiResponse, jsonBody } from '$lib/server/http.ts';
import { formId } from '$lib/server/ids.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const county = await content.county(locals.db, params.code);
	if (county.kind !== 'ok') return apiResponse(county, EditableTimelineEvent);
	return apiResponse(
		await getTimelineEvent(locals.db, locals.actor, county.value.code, formId(params.id)),
		EditableTimelineEvent
	);
};

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await content.county(locals.db, params.code);
	if (county.kind !== 'ok') return apiResponse(county, EditableTimelineEvent);
	return apiResponse(
		await updateTimelineEvent(locals.db, locals.actor, county.value.code, formId(params.id), body),
		EditableTimelineEvent
	);
};
