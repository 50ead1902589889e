import type { RequestHandler } from './$types';
import { Vision } from '$lib/modules/vision/schema.ts';
import { apiResponse } from '$lib/platform/http.ts';
import * as visionReads from '$lib/modules/vision/read.server.ts';

export const GET: RequestHandler = async ({ locals, params }) =>
	apiResponse(await visionReads.vision(locals.db, locals.actor, params.code), Vision);
