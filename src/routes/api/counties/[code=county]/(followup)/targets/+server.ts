import type { RequestHandler } from './$types';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { Target, Targets } from '#lib/modules/followup/server/api-schemas.ts';
import { setTarget, targetsOf } from '#lib/modules/followup/server/service.ts';
import { apiResponse, jsonBody } from '#lib/platform/http.ts';
import { ok } from '#lib/core/outcome.ts';
import { apiCounty } from '#lib/platform/request.ts';

/** The county's targets (of one indicator with ?indicator=), as the caller may see them, with ETag. */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return cachedApiResponse(request, county, Targets);
	const list = await targetsOf(
		locals.db,
		locals.actor,
		county.value.code,
		url.searchParams.get('indicator') ?? undefined
	);
	return cachedApiResponse(
		request,
		list.kind === 'ok' ? ok({ targets: list.value }) : list,
		Targets
	);
};

/** Sets a target: 201 for a new one, 200 for a change (which names the revision it was based on). */
export const POST: RequestHandler = async ({ locals, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, Target);
	const outcome = await setTarget(locals.db, locals.actor, county.value.code, body);
	const changed = body.revision !== undefined && body.revision !== null && body.revision !== '';
	return apiResponse(outcome, Target, {}, changed ? 200 : 201);
};
