import type { RequestHandler } from './$types';
import { Vision } from '$lib/schemas/content.ts';
import * as content from '$lib/server/content/service.ts';
import { apiResponse } from '$lib/server/http.ts';

export const GET: RequestHandler = async ({ locals, params }) =>
	apiResponse(await content.vision(locals.db, locals.actor, params.code), Vision);
