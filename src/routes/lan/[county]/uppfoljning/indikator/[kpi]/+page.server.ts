import type { PageServerLoad } from './$types';
import { choropleth, genderChart, rankingChart, trendChart } from '$lib/server/charts/followup.ts';
import { indicatorDashboard } from '$lib/server/followup/dashboard.ts';
import { unwrap } from '$lib/server/http.ts';
import { formatValue } from '$lib/ui/followup/format.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const d = unwrap(await indicatorDashboard(locals.db, locals.actor, params.county, params.kpi));
	const { boundaries } = d;
	// the page shows the figures in its tables; the rows go to the exports only
	const rest = { ...d, rows: undefined, boundaries: undefined };
	const title = d.indicator.title;
	const first = d.years[0];
	const last = d.latestPeriod;
	const best = d.ranking[0];
	return {
		...rest,
		charts: {
			trend: d.years.length
				? trendChart(
						d.years,
						d.series,
						`Linjediagram: ${title} ${first}–${last} för ${d.county.name}s kommuner, regionen och riket. Tabellen under diagrammet har samma värden.`
					)
				: null,
			ranking: d.ranking.length
				? rankingChart(
						d.ranking,
						`Stapeldiagram: kommunerna i ${d.county.name} rangordnade efter ${title} ${last}. Bäst: ${best!.name}, ${formatValue(best!.value)}.`
					)
				: null,
			map: d.ranking.length
				? choropleth(
						`followup-${d.county.code}`,
						boundaries,
						d.series
							.filter((s) => s.kind === 'municipality')
							.map((s) => ({ areaId: s.areaId, value: s.values[s.values.length - 1] ?? null })),
						`Karta över ${d.county.name}s kommuner färgade efter ${title} ${last}. Mörkare färg betyder högre värde.`
					)
				: null,
			gender: d.gender
				? genderChart(
						d.gender.rows,
						`Stapeldiagram: ${title} ${d.gender.period} för kvinnor och män per område.`
					)
				: null
		}
	};
};
