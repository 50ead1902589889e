import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { chartDownload } from '#lib/modules/followup/server/chart-files.ts';
import { indicatorDashboard } from '#lib/modules/followup/server/dashboard.ts';
import { indicatorCharts } from '#lib/modules/followup/server/page-charts.ts';
import { unwrap } from '#lib/platform/http.ts';

/** One of the indicator page's charts as SVG or PNG: …/diagram/trend.svg, …/diagram/karta.png. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const d = unwrap(
		await indicatorDashboard(locals.db, locals.actor, params.county, params.kpi, {
			query: url.searchParams
		})
	);
	const c = indicatorCharts(d);
	const file = chartDownload(
		{ trend: c.trend, rangordning: c.ranking, karta: c.map, kon: c.gender },
		params.file,
		`${d.indicator.koladaId ?? d.indicator.id}-${d.county.slug}`
	);
	if (!file) error(404, 'Diagrammet finns inte.');
	return file;
};
