import type { EChartsOption } from 'echarts';
import type { ScenarioResult, SimulationResult } from '../domain/index.ts';
import { renderChart } from '../../../platform/charts/render.ts';
import {
	PALETTE,
	INK,
	BAND,
	WIDTH,
	text,
	money,
	listOf,
	inSentence,
	takesPart,
	colourOf,
	moneyAxis,
	yearAxis,
	grid,
	legend,
	NOTHING
} from './chart-kit.ts';
import { probabilityChart, tornadoChart } from './charts-uncertainty.ts';
import type { ChartView, ComputedScenario, ResultCharts } from '../ui/types.ts';

export type { ChartView, ResultCharts };
/**
 * The charts of a benefit calculation, rendered to SVG on the server (see
 * docs/decisions/0003). Each comes with its heading and a one-sentence
 * summary; the page puts the chart's data in a table beside it. Amounts are
 * undiscounted kronor over the horizon unless the heading says "nuvärde".
 */

/** Net (avoided costs − costs) of each organisation, year by year. */
export function netChart(result: ScenarioResult): ChartView {
	const parties = result.organisations.filter(takesPart);
	const H = result.horizonYears;
	const plus = listOf(
		parties.filter((p) => p.totals.net >= NOTHING).map((p) => inSentence(p.name))
	);
	const minus = listOf(
		parties.filter((p) => p.totals.net <= -NOTHING).map((p) => inSentence(p.name))
	);
	const summary =
		plus && minus
			? `Över ${H} år går ${plus} plus, medan ${minus} går minus (odiskonterat).`
			: plus || minus
				? `Över ${H} år går ${plus || minus} ${plus ? 'plus' : 'minus'} (odiskonterat).`
				: `Ingen organisation betalar eller sparar något under de ${H} åren.`;
	const option: EChartsOption = {
		textStyle: text,
		legend,
		grid,
		xAxis: yearAxis(H),
		yAxis: moneyAxis('Netto per år'),
		series: parties.map((p) => ({
			type: 'bar',
			name: p.name,
			data: p.years.map((y) => Math.round(y.net)),
			itemStyle: { color: colourOf(result, p.id) }
		}))
	};
	return {
		heading: 'Netto per organisation och år',
		summary,
		svg: parties.length
			? renderChart({
					option,
					width: WIDTH,
					height: 360,
					label: `Stapeldiagram över nettot per år, år 1–${H}, för ${listOf(parties.map((p) => inSentence(p.name)))}. Tabellen har siffrorna.`
				})
			: null
	};
}

/** Who pays into the effort and where the avoided costs end up, over the whole horizon. */
export function flowsChart(result: ScenarioResult): ChartView {
	const H = result.horizonYears;
	const payers = result.organisations.filter((o) => o.totals.costs >= NOTHING);
	const gainers = result.organisations.filter((o) => o.totals.avoidedCosts >= NOTHING);
	const costs = result.system.totals.costs;
	const avoided = result.system.totals.avoidedCosts;
	const paid = payers.map((p) => `${inSentence(p.name)} ${money(p.totals.costs)}`);
	const gained = gainers.map((g) => `${inSentence(g.name)} ${money(g.totals.avoidedCosts)}`);
	const summary =
		payers.length && gainers.length
			? `Under ${H} år kostar insatsen ${money(costs)} (${listOf(paid)}) och undviker kostnader för ${money(avoided)} (${listOf(gained)}).`
			: payers.length
				? `Under ${H} år kostar insatsen ${money(costs)} (${listOf(paid)}), men den undviker inga kostnader.`
				: `Under ${H} år har insatsen inga kostnader${gainers.length ? ` och undviker kostnader för ${money(avoided)} (${listOf(gained)})` : ''}.`;
	const effort = 'Insatsen';
	const option: EChartsOption = {
		textStyle: text,
		series: [
			{
				type: 'sankey',
				left: 8,
				right: 150,
				top: 16,
				bottom: 16,
				nodeWidth: 18,
				nodeGap: 18,
				draggable: false,
				emphasis: { disabled: true },
				label: {
					...text,
					formatter: (p: { name: string; value?: unknown }) =>
						`${p.name}\n${money(Number(p.value ?? 0))}`
				},
				lineStyle: { color: 'gradient', opacity: 0.35 },
				data: [
					...payers.map((p) => ({
						name: `${p.name} betalar`,
						itemStyle: { color: colourOf(result, p.id) }
					})),
					{ name: effort, itemStyle: { color: INK } },
					...gainers.map((g) => ({
						name: `${g.name} sparar`,
						itemStyle: { color: colourOf(result, g.id) }
					}))
				],
				links: [
					...payers.map((p) => ({
						source: `${p.name} betalar`,
						target: effort,
						value: Math.round(p.totals.costs)
					})),
					...gainers.map((g) => ({
						source: effort,
						target: `${g.name} sparar`,
						value: Math.round(g.totals.avoidedCosts)
					}))
				]
			}
		]
	};
	return {
		heading: 'Vem betalar och vem får vinsten',
		summary,
		svg:
			payers.length && gainers.length
				? renderChart({
						option,
						width: WIDTH,
						height: Math.max(240, 70 * Math.max(payers.length, gainers.length)),
						label: `Flödesdiagram: ${listOf(paid)} betalar insatsen; de undvikna kostnaderna hamnar hos ${listOf(gained)}. Tabellen har siffrorna.`
					})
				: null
	};
}

/** The system's cumulative net year by year: the likely values, the median and the 90 % band. */
export function cumulativeChart(result: ScenarioResult, simulation: SimulationResult): ChartView {
	const H = result.horizonYears;
	const band = simulation.system.cumulativeNet;
	const likely = result.system.years.map((y) => y.cumulativeNet);
	const last = band[H - 1]!;
	const breakEven = result.system.totals.breakEvenYear;
	const summary =
		`År ${H} är systemets samlade netto ${money(likely[H - 1]!)} med de troligaste värdena; i 90 % av dragningarna ligger det mellan ${money(last.p5)} och ${money(last.p95)}` +
		(breakEven === null
			? ', och med de troligaste värdena går systemet inte plus under perioden.'
			: `, och med de troligaste värdena går systemet plus år ${breakEven}.`);
	const option: EChartsOption = {
		textStyle: text,
		legend: { ...legend, data: ['Troligaste värden', 'Median', '90 % av dragningarna'] },
		grid,
		xAxis: { ...yearAxis(H), boundaryGap: false },
		yAxis: moneyAxis('Kumulativt netto'),
		series: [
			{
				type: 'line',
				name: 'p5',
				data: band.map((s) => Math.round(s.p5)),
				stack: 'band',
				stackStrategy: 'all',
				symbol: 'none',
				lineStyle: { opacity: 0 },
				silent: true
			},
			{
				type: 'line',
				name: '90 % av dragningarna',
				data: band.map((s) => Math.round(s.p95 - s.p5)),
				stack: 'band',
				stackStrategy: 'all',
				symbol: 'none',
				lineStyle: { opacity: 0 },
				areaStyle: { color: BAND, opacity: 0.8 },
				itemStyle: { color: BAND },
				silent: true
			},
			{
				type: 'line',
				name: 'Median',
				data: band.map((s) => Math.round(s.p50)),
				symbol: 'none',
				lineStyle: { type: 'dashed', color: '#1f7a8c', width: 2 },
				itemStyle: { color: '#1f7a8c' }
			},
			{
				type: 'line',
				name: 'Troligaste värden',
				data: likely.map(Math.round),
				symbol: 'circle',
				symbolSize: 6,
				lineStyle: { color: INK, width: 2 },
				itemStyle: { color: INK },
				markLine: {
					silent: true,
					symbol: 'none',
					lineStyle: { color: '#a14e3a', type: 'solid' },
					label: { show: false },
					data: [{ yAxis: 0 }]
				}
			}
		]
	};
	return {
		heading: 'Kumulativt netto för systemet som helhet, med osäkerhet',
		summary,
		svg: renderChart({
			option,
			width: WIDTH,
			height: 360,
			label: `Linjediagram över systemets kumulativa netto år 1–${H}, med ett band för 90 % av ${simulation.draws} dragningar. År ${H}: ${money(likely[H - 1]!)} med de troligaste värdena, mellan ${money(last.p5)} och ${money(last.p95)}. Tabellen har siffrorna.`
		})
	};
}

export function resultCharts(c: ComputedScenario): ResultCharts {
	return {
		net: netChart(c.result),
		flows: flowsChart(c.result),
		cumulative: cumulativeChart(c.result, c.simulation),
		probability: probabilityChart(c.result, c.simulation),
		tornado: tornadoChart(c.sensitivity)
	};
}

/** Two scenarios' cumulative net for the system, side by side. */
export function compareChart(
	a: { name: string; result: ScenarioResult },
	b: { name: string; result: ScenarioResult }
): ChartView {
	const H = Math.max(a.result.horizonYears, b.result.horizonYears);
	const line = (r: ScenarioResult) =>
		Array.from({ length: H }, (_, t) => {
			const y = r.system.years[t];
			return y ? Math.round(y.cumulativeNet) : null;
		});
	const endA = a.result.system.years.at(-1)!.cumulativeNet;
	const endB = b.result.system.years.at(-1)!.cumulativeNet;
	const summary = `Med de troligaste värdena är systemets samlade netto ${money(endA)} efter ${a.result.horizonYears} år i A och ${money(endB)} efter ${b.result.horizonYears} år i B.`;
	const names = ['A', 'B'];
	const option: EChartsOption = {
		textStyle: text,
		legend: { ...legend, data: names },
		grid,
		xAxis: { ...yearAxis(H), boundaryGap: false },
		yAxis: moneyAxis('Kumulativt netto'),
		series: [
			{
				type: 'line',
				name: 'A',
				data: line(a.result),
				lineStyle: { color: PALETTE[0], width: 2 },
				itemStyle: { color: PALETTE[0] }
			},
			{
				type: 'line',
				name: 'B',
				data: line(b.result),
				symbol: 'rect',
				lineStyle: { color: PALETTE[3], width: 2, type: 'dashed' },
				itemStyle: { color: PALETTE[3] }
			}
		]
	};
	return {
		heading: 'Systemets kumulativa netto i de två kalkylerna',
		summary,
		svg: renderChart({
			option,
			width: WIDTH,
			height: 340,
			label: `Linjediagram över systemets kumulativa netto år för år, A: ${a.name}, B: ${b.name}. ${summary} Tabellen har siffrorna.`
		})
	};
}
