import type { RequestHandler } from './$types';
import { getExample } from '#lib/modules/good-examples/read.server.ts';
import { GoodExample } from '#lib/modules/good-examples/schema.ts';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { formId } from '#lib/platform/ids.ts';

/** One good example with where it has been reused. */
export const GET: RequestHandler = async ({ locals, request, params }) =>
	cachedApiResponse(
		request,
		await getExample(locals.db, locals.actor, formId(params.id)),
		GoodExample
	);
