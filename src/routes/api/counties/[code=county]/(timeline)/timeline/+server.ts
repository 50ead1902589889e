import type { RequestHandler } from './$types';
import { EditableTimelineEvent, Timeline } from '$lib/modules/timeline/schema.ts';
import { createTimelineEvent } from '$lib/modules/timeline/service.server.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { apiCounty } from '$lib/platform/request.ts';
import * as timelineReads from '$lib/modules/timeline/read.server.ts';

export const GET: RequestHandler = async ({ locals, params, url }) =>
	apiResponse(
		await timelineReads.timeline(
			locals.db,
			locals.actor,
			params.code,
			Object.fromEntries(url.searchParams)
		),
		Timeline
	);

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableTimelineEvent);
	return apiResponse(
		await createTimelineEvent(locals.db, locals.actor, county.value.code, body),
		EditableTimelineEvent,
		{},
		201
	);
};
