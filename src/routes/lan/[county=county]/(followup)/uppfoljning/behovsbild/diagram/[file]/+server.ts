import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { chartDownload } from '#lib/modules/followup/server/chart-files.ts';
import { needsPicture } from '#lib/modules/followup/server/dashboard.ts';
import { needsCharts } from '#lib/modules/followup/server/page-charts.ts';
import { unwrap } from '#lib/platform/http.ts';

/** One of the Behovsbild's charts as SVG or PNG: …/diagram/kvot.svg, …/diagram/karta-80plus.png. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const d = unwrap(await needsPicture(locals.db, params.county));
	const c = needsCharts(d);
	const charts = Object.fromEntries([
		['kvot', c.ratio],
		...d.groups.map((g, i) => [`karta-${g.key.replace('+', 'plus')}`, c.maps[i]])
	]);
	const file = chartDownload(charts, params.file, `behovsbild-${d.county.slug}`);
	if (!file) error(404, 'Diagrammet finns inte.');
	return file;
};
