import type { RequestHandler } from './$types';
import { CountyList } from '#lib/modules/counties/schema.ts';
import * as content from '#lib/modules/counties/service.server.ts';
import { apiResponse } from '#lib/platform/http.ts';
import { ok } from '#lib/core/outcome.ts';

export const GET: RequestHandler = async ({ locals }) =>
	apiResponse(ok({ counties: await content.listCounties(locals.db) }), CountyList);
