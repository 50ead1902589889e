import { formatDate } from '../../../../core/dates.ts';
import {
	basisLabel,
	directionLabel,
	formatChange,
	formatValue,
	verdictLabel
} from '../../ui/format.ts';
import type { FollowUpOverview, IndicatorDashboard } from '../dashboard.ts';
import { indicatorName } from '../../domain/catalogue.ts';
import { indicatorCharts } from '../page-charts.ts';
import { renderReport, type Block } from '../../../../platform/pdf/report.ts';

/**
 * The PDF reports of "Följ omställningen" and of one indicator page: the
 * same figures, charts, tables and sources as the pages, every year kept.
 */

const SKR = 'Indikatorer: SKR, infografiken "Indikatorer Nära vård" (2023)';
/** The filters the report was made with, as a sentence to end its lead. */
const filtered = (description: string | null) => (description ? ` Urval: ${description}.` : '');

/** The whole dashboard: each focus shift with its indicators, values, changes and sources. */
export function overviewReport(o: FollowUpOverview, todayIso: string): Promise<Uint8Array> {
	const blocks: Block[] = o.groups.flatMap((g): Block[] => [
		{ kind: 'heading', text: g.title },
		g.items.length
			? {
					kind: 'table',
					columns: [
						{ label: 'Indikator' },
						{ label: 'Senaste värde', number: true },
						{ label: 'År', number: true },
						{ label: 'Förändring 5 år', number: true },
						{ label: 'Bedömning' },
						{ label: 'Källa' }
					],
					rows: g.items.map((i) => {
						const name = i.indicator
							? `${i.title} (${i.indicator.koladaId ?? i.indicator.id})`
							: i.title;
						if (!i.indicator) return [name, 'Ingen datakälla ännu', '', '', '', ''];
						if (!i.figure)
							return [name, 'Inga värden hämtade ännu', '', '', '', i.indicator.credit];
						const f = i.figure;
						return [
							name,
							`${formatValue(f.latest.value)} ${i.indicator.unit ?? ''}`.trim(),
							String(f.latest.period),
							f.change ? formatChange(f.change.change) : 'Kan inte räknas',
							verdictLabel[f.verdict] ?? '',
							`${f.credit} (${(basisLabel[f.basis] ?? '').toLowerCase()})`
						];
					})
				}
			: { kind: 'text', text: 'SKR:s underlag har inga läsbara indikatorer för förflyttningen.' }
	]);
	return renderReport({
		title: `Följ omställningen – ${o.county.name}`,
		lead: `SKR:s nationella indikatorer för omställningen till nära vård med det senaste värdet för ${o.county.name}.${filtered(o.filter.description)}`,
		source: `${SKR}; värden: Kolada`,
		date: formatDate(todayIso),
		blocks
	});
}

/** One indicator: trend (every year), ranking, map and women and men, each chart with its table. */
export function indicatorReport(d: IndicatorDashboard, todayIso: string): Promise<Uint8Array> {
	const ind = d.indicator;
	const charts = indicatorCharts(d);
	const last = d.latestPeriod;
	const blocks: Block[] = [
		{
			kind: 'text',
			text: `Nyckeltal ${ind.koladaId ?? ind.id}${indicatorName(ind) === ind.title ? '' : `: ${ind.title}`}${ind.unit ? `, ${ind.unit}` : ''}. ${directionLabel[ind.direction] ?? ''}. ${d.credit}.`
		}
	];
	if (last === null) blocks.push({ kind: 'text', text: `Inga värden för ${d.county.name}.` });
	if (charts.trend)
		blocks.push(
			{ kind: 'heading', text: `Utveckling ${d.years[0]}–${last}` },
			{ kind: 'chart', svg: charts.trend.wide },
			{
				kind: 'table',
				columns: [{ label: 'Område' }, ...d.years.map((y) => ({ label: String(y), number: true }))],
				rows: d.series.map((s) => [s.name, ...s.values.map(formatValue)]),
				perPage: 8
			}
		);
	if (charts.ranking)
		blocks.push(
			{ kind: 'heading', text: `Kommunerna rangordnade ${last}` },
			{ kind: 'chart', svg: charts.ranking.wide },
			{
				kind: 'table',
				columns: [
					{ label: 'Kommun' },
					{ label: 'Plats', number: true },
					{ label: `Värde ${last}`, number: true }
				],
				rows: [
					...d.ranking.map((r) => [r.name, String(r.rank), formatValue(r.value)]),
					...d.references.map((r) => [r.name, '–', formatValue(r.value)])
				]
			}
		);
	if (charts.map)
		blocks.push(
			{ kind: 'heading', text: `Kommunerna på kartan ${last}` },
			{ kind: 'chart', svg: charts.map.wide }
		);
	if (charts.gender && d.gender)
		blocks.push(
			{ kind: 'heading', text: `Kvinnor och män ${d.gender.period}` },
			{ kind: 'chart', svg: charts.gender.wide },
			{
				kind: 'table',
				columns: [
					{ label: 'Område' },
					{ label: 'Kvinnor', number: true },
					{ label: 'Män', number: true }
				],
				rows: d.gender.rows.map((r) => [r.name, formatValue(r.K), formatValue(r.M)])
			}
		);
	return renderReport({
		title: indicatorName(ind),
		lead: `${d.county.name}: kommunerna, regionen och riket.${filtered(d.filter.description)}`,
		source: d.credit,
		date: formatDate(todayIso),
		blocks
	});
}
