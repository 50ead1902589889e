import { GENDER_LABEL } from '../domain/filter.ts';
import { formatRatio, formatValue } from '../ui/format.ts';
import {
	choropleth,
	genderChart,
	lineChart,
	rankingChart,
	sparkline,
	trendChart,
	type ResponsiveSvg
} from './charts.ts';
import type { FollowUpOverview, IndicatorDashboard, NeedsPicture } from './dashboard.ts';

/**
 * Every chart of the follow-up pages, made from what the pages read: the
 * pages, the downloads (SVG, PNG, PDF) and the test that reads every chart's
 * text all take them from here.
 */

export interface IndicatorCharts {
	trend: ResponsiveSvg | null;
	ranking: ResponsiveSvg | null;
	map: ResponsiveSvg | null;
	gender: ResponsiveSvg | null;
}

export function indicatorCharts(d: IndicatorDashboard): IndicatorCharts {
	const title = d.indicator.title;
	const first = d.years[0];
	const last = d.latestPeriod;
	const best = d.ranking[0];
	const gender = d.filter.filter.gender;
	// women or men when chosen, said in each chart's description
	const whose = gender === 'T' ? '' : ` (${GENDER_LABEL[gender].toLowerCase()})`;
	return {
		trend: d.years.length
			? trendChart(
					d.years,
					d.series,
					`Linjediagram: ${title}${whose} ${first}–${last} för ${d.county.name}s kommuner, regionen och riket. Tabellen under diagrammet har samma värden.`
				)
			: null,
		ranking: best
			? rankingChart(
					d.ranking,
					`Stapeldiagram: kommunerna i ${d.county.name} rangordnade efter ${title}${whose} ${last}. Bäst: ${best.name}, ${formatValue(best.value)}.`
				)
			: null,
		map:
			best && d.boundaries.length
				? choropleth(
						`followup-${d.county.code}`,
						d.boundaries,
						d.series
							.filter((s) => s.kind === 'municipality')
							.map((s) => ({
								areaId: s.areaId,
								name: s.name,
								value: s.values[s.values.length - 1] ?? null
							})),
						`Karta över ${d.county.name}s kommuner färgade efter ${title}${whose} ${last}. Mörkare färg betyder högre värde.`
					)
				: null,
		gender: d.gender
			? genderChart(
					d.gender.rows,
					`Stapeldiagram: ${title} ${d.gender.period} för kvinnor och män per område.`
				)
			: null
	};
}

/** ", och enligt framskrivningen 4,6 år 2040 (20–66 år per 80+)" or nothing. */
function projectionText(d: NeedsPicture): string {
	const end = d.projection?.points.at(-1);
	if (!end) return '';
	const group = d.projection!.workingGroup === '20-64' ? '' : ' (räknat på 20–66 år)';
	return `, och enligt framskrivningen (streckad) ${formatRatio(end.value)} år ${end.year}${group}`;
}

export function needsCharts(d: NeedsPicture) {
	const first = d.ratio[0];
	const last = d.ratio[d.ratio.length - 1];
	return {
		maps: d.groups.map((g) =>
			choropleth(
				`behov-${d.county.code}-${g.key}`,
				d.boundaries,
				g.rows.map((r) => ({
					areaId: r.areaId,
					name: r.name,
					value:
						r.change?.percent === null || !r.change ? null : Number(r.change.percent.toFixed(1))
				})),
				`Karta över ${d.county.name}s kommuner färgade efter hur befolkningen ${g.label} har förändrats i procent${g.county ? ` ${g.county.fromPeriod}–${g.county.toPeriod}` : ''}. Mörkare färg betyder större ökning.`
			)
		),
		ratio:
			first && last
				? lineChart(
						d.ratio,
						`Linjediagram: antal personer 20–64 år per person 80 år och äldre i ${d.county.name}, ${first.period}–${last.period}, från ${formatRatio(first.value)} till ${formatRatio(last.value)}${projectionText(d)}.`,
						d.projection?.points.map((p) => ({ period: p.year, value: p.value })) ?? []
					)
				: null
	};
}

/** An overview row's trend line, or null when it has no values. */
export function itemSparkline(i: FollowUpOverview['groups'][number]['items'][number]) {
	return i.figure
		? sparkline(
				i.figure.trend,
				`Trend för ${i.title} ${i.figure.trend[0]!.period}–${i.figure.latest.period}`
			)
		: null;
}

/** The overview's trend lines, one per indicator with values. */
export function overviewSparklines(o: FollowUpOverview) {
	return o.groups.map((g) => g.items.map(itemSparkline));
}
