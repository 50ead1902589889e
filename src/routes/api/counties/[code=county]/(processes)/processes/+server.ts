import type { RequestHandler } from './$types';
import { cachedApiResponse } from '$lib/platform/api/etag.ts';
import { apiResponse, jsonBody } from '$lib/platform/http.ts';
import { ok } from '$lib/core/outcome.ts';
import { Process, ProcessList } from '$lib/modules/processes/api-schema.ts';
import { createProcess, listProcesses } from '$lib/modules/processes/service.server.ts';
import { apiCounty } from '$lib/platform/request.ts';

/** The county's processes with their coverage, the summary per development area and the gaps. */
export const GET: RequestHandler = async ({ locals, request }) => {
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, ProcessList);
	const list = await listProcesses(locals.db, locals.actor, county.value.code);
	if (list.kind !== 'ok') return apiResponse(list, ProcessList);
	const { processes, matrix } = list.value;
	return cachedApiResponse(
		request,
		ok({ countyCode: county.value.code, processes, summary: matrix.summary, gaps: matrix.gaps }),
		ProcessList
	);
};

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	const county = await apiCounty(locals);
	if (county.kind !== 'ok') return apiResponse(county, Process);
	return apiResponse(
		await createProcess(locals.db, locals.actor, county.value.code, body),
		Process,
		{},
		201
	);
};
