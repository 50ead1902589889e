import type { RequestHandler } from './$types';
import { cachedApiResponse } from '$lib/server/api/etag.ts';
import { IndicatorDashboard, indicatorDashboardBody } from '$lib/server/followup/api-schemas.ts';
import { indicatorDashboard } from '$lib/server/followup/dashboard.ts';
import { ok } from '$lib/server/outcome.ts';

/** What the indicator page shows, as data, with ETag (304 when unchanged). */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const outcome = await indicatorDashboard(locals.db, locals.actor, params.code, params.kpi, {
		map: false
	});
	return cachedApiResponse(
		request,
		outcome.kind === 'ok' ? ok(indicatorDashboardBody(outcome.value)) : outcome,
		IndicatorDashboard
	);
};
