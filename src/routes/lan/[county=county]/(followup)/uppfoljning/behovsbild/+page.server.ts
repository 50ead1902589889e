import type { PageServerLoad } from './$types';
import { needsCharts } from '#lib/modules/followup/server/page-charts.ts';
import { needsPicture } from '#lib/modules/followup/server/dashboard.ts';
import { unwrap } from '#lib/platform/http.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const d = unwrap(await needsPicture(locals.db, params.county));
	const charts = needsCharts(d);
	return {
		county: d.county,
		credit: d.credit,
		ratio: d.ratio,
		projection: d.projection,
		groups: d.groups.map((g, i) => ({ ...g, map: charts.maps[i]! })),
		ratioChart: charts.ratio
	};
};
