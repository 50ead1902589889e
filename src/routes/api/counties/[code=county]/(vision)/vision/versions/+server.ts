import type { RequestHandler } from './$types';
import { Vision, VisionVersions } from '$lib/modules/vision/schema.ts';
import { publishVision } from '$lib/modules/vision/service.server.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { ok } from '$lib/core/outcome.ts';
import { apiCounty } from '$lib/platform/request.ts';
import * as visionReads from '$lib/modules/vision/read.server.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const result = await visionReads.visionVersions(locals.db, locals.actor, params.code);
	return apiResponse(
		result.kind === 'ok' ? ok({ versions: result.value.versions }) : result,
		VisionVersions
	);
};

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, Vision);
	return apiResponse(
		await publishVision(locals.db, locals.actor, county.value.code, body),
		Vision,
		{},
		201
	);
};
