import type { RequestHandler } from './$types';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { IndicatorDetail, indicatorSummary } from '#lib/modules/followup/server/api-schemas.ts';
import { getIndicator } from '#lib/modules/followup/server/service.ts';
import { ok } from '#lib/core/outcome.ts';

/** One indicator (by its id in Nära or Kolada's id), with ETag (304 when unchanged). */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const outcome = await getIndicator(locals.db, locals.actor, params.id);
	if (outcome.kind !== 'ok') return cachedApiResponse(request, outcome, IndicatorDetail);
	const i = outcome.value;
	return cachedApiResponse(
		request,
		ok({
			...indicatorSummary(i),
			description: i.description,
			source: i.source,
			frequency: i.frequency,
			aggregation: i.aggregation,
			operatingArea: i.operatingArea,
			publicationPeriod: i.publicationPeriod,
			visibility: i.visibility
		}),
		IndicatorDetail
	);
};
