import type { RequestHandler } from './$types';
import { Archived } from '$lib/schemas/content.ts';
import * as content from '$lib/server/content/service.ts';
import { archiveTimelineEvent } from '$lib/server/content/timeline.ts';
import { apiResponse, jsonBody } from '$lib/server/http.ts';
import { formId } from '$lib/server/ids.ts';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await content.county(locals.db, params.code);
	if (county.kind !== 'ok') return apiResponse(county, Archived);
	return apiResponse(
		await archiveTimelineEvent(locals.db, locals.actor, county.value.code, formId(params.id), body),
		Archived
	);
};
