import type { RequestHandler } from './$types';
import { Decisions, EditableDecision } from '$lib/schemas/content.ts';
import { createDecision } from '$lib/server/content/decisions.ts';
import * as content from '$lib/server/content/service.ts';
import { apiResponse, jsonBody } from '$lib/server/http.ts';

export const GET: RequestHandler = async ({ locals, params }) =>
	apiResponse(await content.decisions(locals.db, locals.actor, params.code), Decisions);

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await content.county(locals.db, params.code);
	if (county.kind !== 'ok') return apiResponse(county, EditableDecision);
	return apiResponse(
		await createDecision(locals.db, locals.actor, county.value.code, body),
		EditableDecision,
		{},
		201
	);
};
