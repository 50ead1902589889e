import type { RequestHandler } from './$types';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { regionAccount } from '#lib/modules/regions/read.server.ts';
import { RegionAccount } from '#lib/modules/regions/schema.ts';

/** One region's account in the national overview under the five headings. */
export const GET: RequestHandler = async ({ locals, request, params }) =>
	cachedApiResponse(request, await regionAccount(locals.db, params.code), RegionAccount);
