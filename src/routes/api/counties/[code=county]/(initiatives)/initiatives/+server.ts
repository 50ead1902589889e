import type { RequestHandler } from './$types';
import {
	Initiative,
	InitiativeList,
	queryFromSearchParams
} from '#lib/modules/initiatives/schema.ts';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { apiResponse, jsonBody } from '#lib/platform/http.ts';
import { createInitiative, listInitiatives } from '#lib/modules/initiatives/service.server.ts';
import { apiCounty } from '#lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals, params, request, url }) =>
	cachedApiResponse(
		request,
		await listInitiatives(
			locals.db,
			locals.actor,
			params.code,
			queryFromSearchParams(url.searchParams)
		),
		InitiativeList
	);

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, Initiative);
	return apiResponse(
		await createInitiative(locals.db, locals.actor, county.value.code, body),
		Initiative,
		{},
		201
	);
};
