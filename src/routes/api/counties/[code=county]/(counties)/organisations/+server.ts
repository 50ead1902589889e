import type { RequestHandler } from './$types';
import { Organisations } from '#lib/modules/groups/schema.ts';
import { apiResponse } from '#lib/platform/http.ts';
import * as groupsReads from '#lib/modules/groups/read.server.ts';

export const GET: RequestHandler = async ({ locals, params }) =>
	apiResponse(await groupsReads.organisations(locals.db, locals.actor, params.code), Organisations);
