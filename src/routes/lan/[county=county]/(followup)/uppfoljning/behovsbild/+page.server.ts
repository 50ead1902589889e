import type { PageServerLoad } from './$types';
import { choropleth, lineChart } from '#lib/modules/followup/server/charts.ts';
import { needsPicture } from '#lib/modules/followup/server/dashboard.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formatRatio } from '#lib/modules/followup/ui/format.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const d = unwrap(await needsPicture(locals.db, params.county));
	const first = d.ratio[0];
	const last = d.ratio[d.ratio.length - 1];
	return {
		county: d.county,
		credit: d.credit,
		ratio: d.ratio,
		groups: d.groups.map((g) => ({
			...g,
			map: choropleth(
				`behov-${d.county.code}-${g.key}`,
				d.boundaries,
				g.rows.map((r) => ({
					areaId: r.areaId,
					value:
						r.change?.percent === null || !r.change ? null : Number(r.change.percent.toFixed(1))
				})),
				`Karta över ${d.county.name}s kommuner färgade efter hur befolkningen ${g.label} har förändrats i procent${g.county ? ` ${g.county.fromPeriod}–${g.county.toPeriod}` : ''}. Mörkare färg betyder större ökning.`
			)
		})),
		ratioChart:
			first && last
				? lineChart(
						d.ratio,
						`Linjediagram: antal personer 20–64 år per person 80 år och äldre i ${d.county.name}, ${first.period}–${last.period}, från ${formatRatio(first.value)} till ${formatRatio(last.value)}.`
					)
				: null
	};
};
