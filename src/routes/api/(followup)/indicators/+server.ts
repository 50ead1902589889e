import type { RequestHandler } from './$types';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { Catalogue, indicatorSummary } from '#lib/modules/followup/server/api-schemas.ts';
import { searchCatalogue } from '#lib/modules/followup/server/service.ts';
import { ok } from '#lib/core/outcome.ts';

/** The indicator catalogue: free text or a Kolada id, with ETag (304 when unchanged). */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const outcome = await searchCatalogue(
		locals.db,
		locals.actor,
		Object.fromEntries(url.searchParams)
	);
	if (outcome.kind !== 'ok') return cachedApiResponse(request, outcome, Catalogue);
	const { query, total, hits } = outcome.value;
	return cachedApiResponse(
		request,
		ok({
			q: query.q,
			total,
			limit: query.limit,
			offset: query.offset,
			hits: hits.map(indicatorSummary)
		}),
		Catalogue
	);
};
