import type { PageServerLoad } from './$types';
import { compareRegions } from '#lib/modules/regions/read.server.ts';
import { RegionQuery } from '#lib/modules/regions/schema.ts';

/** Two or more regions side by side under the five headings (?lan=17&lan=20&lan=07). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const parsed = RegionQuery.safeParse({ lan: url.searchParams.getAll('lan') });
	const codes = parsed.success ? [...new Set(parsed.data.lan)] : [];
	const regions = await compareRegions(locals.db, codes);
	return {
		regions,
		message: regions.length < 2 ? 'Välj minst två regioner för att jämföra dem.' : null
	};
};
