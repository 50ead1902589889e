import type { RequestHandler } from './$types';
import { jsonBody } from '#lib/platform/http.ts';
import {
	computeAnswer,
	computeRateRefusal,
	computeWithinLimits
} from '#lib/modules/benefit/server/compute-limits.ts';

/**
 * A scenario in, its result with percentiles and sensitivity out; anyone may
 * compute, within bounds (see compute-limits.ts): rate-limited, fewer draws
 * and a shorter horizon for anonymous callers, and a time budget.
 */
export const POST: RequestHandler = async ({ request, locals, url, getClientAddress }) => {
	const refused = await computeRateRefusal(locals.db, locals.actor, getClientAddress());
	if (refused) return refused;
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	return computeAnswer(await computeWithinLimits(locals.actor, body, url.searchParams));
};
