import type { RequestHandler } from './$types';
import { Decisions, EditableDecision } from '$lib/modules/decisions/schema.ts';
import { createDecision } from '$lib/modules/decisions/service.server.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { apiCounty } from '$lib/platform/request.ts';
import * as decisionsReads from '$lib/modules/decisions/read.server.ts';

export const GET: RequestHandler = async ({ locals, params }) =>
	apiResponse(await decisionsReads.decisions(locals.db, locals.actor, params.code), Decisions);

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, EditableDecision);
	return apiResponse(
		await createDecision(locals.db, locals.actor, county.value.code, body),
		EditableDecision,
		{},
		201
	);
};
