import type { RequestHandler } from './$types';
import { Timeline } from '$lib/schemas/content.ts';
import * as content from '$lib/server/content/service.ts';
import { apiResponse } from '$lib/server/http.ts';

export const GET: RequestHandler = async ({ locals, params, url }) =>
	apiResponse(
		await content.timeline(
			locals.db,
			locals.actor,
			params.code,
			Object.fromEntries(url.searchParams)
		),
		Timeline
	);
