import type { RequestHandler } from './$types';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import {
	IndicatorDashboard,
	indicatorDashboardBody
} from '#lib/modules/followup/server/api-schemas.ts';
import { indicatorDashboard } from '#lib/modules/followup/server/dashboard.ts';
import { ok } from '#lib/core/outcome.ts';

/** What the indicator page shows, as data, with ETag (304 when unchanged). */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const outcome = await indicatorDashboard(locals.readDb, locals.actor, params.code, params.kpi, {
		map: false
	});
	return cachedApiResponse(
		request,
		outcome.kind === 'ok' ? ok(indicatorDashboardBody(outcome.value)) : outcome,
		IndicatorDashboard
	);
};
