import type { RequestHandler } from './$types';
import { listExamples } from '#lib/modules/good-examples/read.server.ts';
import { GoodExampleList } from '#lib/modules/good-examples/schema.ts';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { ok } from '#lib/core/outcome.ts';

/** Good examples of every county (confirmed and public), searched and filtered. */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const outcome = await listExamples(locals.db, Object.fromEntries(url.searchParams));
	if (outcome.kind !== 'ok') return cachedApiResponse(request, outcome, GoodExampleList);
	const { total, examples } = outcome.value;
	return cachedApiResponse(request, ok({ total, examples }), GoodExampleList);
};
