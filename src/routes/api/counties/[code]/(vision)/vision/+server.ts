import type { RequestHandler } from './$types';
import { Vision } from '$lib/modules/counties/schema.ts';
import * as content from '$lib/modules/counties/service.server.ts';
import { apiResponse } from '$lib/platform/http.ts';

export const GET: RequestHandler = async ({ locals, params }) =>
	apiResponse(await content.vision(locals.db, locals.actor, params.code), Vision);
