import type { RequestHandler } from './$types';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { FollowUp, followUpBody } from '#lib/modules/followup/server/api-schemas.ts';
import { followUpOverview } from '#lib/modules/followup/server/dashboard.ts';
import { ok } from '#lib/core/outcome.ts';

/** "Följ omställningen": the four focus shifts with the county's figures, with ETag. */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const outcome = await followUpOverview(locals.readDb, locals.actor, params.code);
	return cachedApiResponse(
		request,
		outcome.kind === 'ok' ? ok(followUpBody(outcome.value)) : outcome,
		FollowUp
	);
};
