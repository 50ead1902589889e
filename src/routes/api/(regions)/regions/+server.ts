import type { RequestHandler } from './$types';
import { fieldErrors, invalid, ok } from '#lib/core/outcome.ts';
import { cachedApiResponse } from '#lib/platform/api/etag.ts';
import { listRegions } from '#lib/modules/regions/read.server.ts';
import { RegionList, RegionQuery } from '#lib/modules/regions/schema.ts';

/** The 21 regions' facts in the national overview (2020), filtered by theme and county. */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const parsed = RegionQuery.safeParse({
		utvecklingsomrade: url.searchParams.get('utvecklingsomrade') ?? undefined,
		malomrade: url.searchParams.get('malomrade') ?? undefined,
		fokus: url.searchParams.get('fokus') ?? undefined,
		lan: url.searchParams.getAll('lan')
	});
	if (!parsed.success)
		return cachedApiResponse(
			request,
			invalid('Filtret är ogiltigt.', fieldErrors(parsed.error.issues)),
			RegionList
		);
	return cachedApiResponse(
		request,
		ok({ regions: await listRegions(locals.db, parsed.data) }),
		RegionList
	);
};
