import type { RequestHandler } from './$types';
import { CountyList } from '$lib/schemas/content.ts';
import * as content from '$lib/server/content/service.ts';
import { apiResponse } from '$lib/server/http.ts';
import { ok } from '$lib/server/outcome.ts';

export const GET: RequestHandler = async ({ locals }) =>
	apiResponse(ok({ counties: await content.listCounties(locals.db) }), CountyList);
