import type { RequestHandler } from './$types';
import { Vision, VisionVersions } from '$lib/schemas/content.ts';
import * as content from '$lib/server/content/service.ts';
import { publishVision } from '$lib/server/content/vision.ts';
import { apiResponse, jsonBody } from '$lib/server/http.ts';
import { ok } from '$lib/server/outcome.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const result = await content.visionVersions(locals.db, locals.actor, params.code);
	return apiResponse(
		result.kind === 'ok' ? ok({ versions: result.value.versions }) : result,
		VisionVersions
	);
};

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await content.county(locals.db, params.code);
	if (county.kind !== 'ok') return apiResponse(county, Vision);
	return apiResponse(
		await publishVision(locals.db, locals.actor, county.value.code, body),
		Vision,
		{},
		201
	);
};
