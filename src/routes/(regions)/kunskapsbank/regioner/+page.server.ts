import type { PageServerLoad } from './$types';
import { listRegions } from '#lib/modules/regions/read.server.ts';
import { RegionQuery } from '#lib/modules/regions/schema.ts';

/** The 21 regions' facts in one table, filtered by theme. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const raw = {
		utvecklingsomrade: url.searchParams.get('utvecklingsomrade') ?? undefined,
		malomrade: url.searchParams.get('malomrade') ?? undefined,
		fokus: url.searchParams.get('fokus') ?? undefined
	};
	const query = RegionQuery.parse(raw);
	const [regions, all] = await Promise.all([
		listRegions(locals.db, query),
		listRegions(locals.db, { ...query, utvecklingsomrade: null, malomrade: null, fokus: null })
	]);
	return { query, regions, all: all.map((r) => ({ code: r.countyCode, region: r.region })) };
};
