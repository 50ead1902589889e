import type { EChartsOption } from 'echarts';
import {
	formatProbability,
	type ScenarioResult,
	type SensitivityResult,
	type SimulationResult
} from '../domain/index.ts';
import { renderChart } from '../../../platform/charts/render.ts';
import type { ChartView } from '../ui/types.ts';
import {
	INK,
	WIDTH,
	text,
	money,
	listOf,
	inSentence,
	takesPart,
	colourOf,
	legend,
	moneyAxis
} from './chart-kit.ts';

/** The charts of a calculation's uncertainty: the chance of a gain, and what the result is most sensitive to. */

/** The probability that each organisation, and the system, comes out ahead over the horizon. */
export function probabilityChart(result: ScenarioResult, simulation: SimulationResult): ChartView {
	const parties = [
		...simulation.organisations.filter((_, i) => takesPart(result.organisations[i]!)),
		simulation.system
	];
	const summary = `Sannolikheten att gå plus över hela perioden, i nuvärde: ${listOf(
		parties.map((p) => `${inSentence(p.name)} ${formatProbability(p.probabilityAhead)}`)
	)}.`;
	const option: EChartsOption = {
		textStyle: text,
		grid: { left: 170, right: 110, top: 16, bottom: 40 },
		xAxis: {
			type: 'value',
			min: 0,
			max: 100,
			axisLabel: { ...text, formatter: (v: number) => `${v} %` },
			splitLine: { lineStyle: { color: '#d9dde1' } }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: parties.map((p) => p.name),
			axisLabel: { ...text, width: 160, overflow: 'break' }
		},
		series: [
			{
				type: 'bar',
				barMaxWidth: 28,
				data: parties.map((p) => ({
					value: Math.round(p.probabilityAhead * 1000) / 10,
					itemStyle: {
						color: p.id === 'system' ? INK : colourOf(result, p.id)
					},
					label: { formatter: formatProbability(p.probabilityAhead) }
				})),
				label: { show: true, position: 'right', ...text }
			}
		]
	};
	return {
		heading: 'Sannolikhet att gå plus',
		summary,
		svg: renderChart({
			option,
			width: WIDTH,
			height: 60 + 48 * parties.length,
			label: `Stapeldiagram: ${summary} Tabellen har siffrorna.`
		})
	};
}

/** The tornado: the inputs that move the system's net present value most, low to high. */
export function tornadoChart(sensitivity: SensitivityResult): ChartView {
	const items = sensitivity.items.slice(0, 10);
	if (!items.length) {
		return {
			heading: 'Vilka uppgifter betyder mest',
			summary:
				'Ingen uppgift har ett intervall (lägsta och högsta värde), så det finns ingen känslighetsanalys. Ange intervall för de osäkra uppgifterna.',
			svg: null
		};
	}
	const top = items[0]!;
	const base = sensitivity.systemNet;
	const summary = `Mest betyder uppgiften ”${top.label}”: systemets nuvärde blir ${money(top.systemNetAtLow)} vid det lägsta värdet och ${money(top.systemNetAtHigh)} vid det högsta (${money(base)} med de troligaste värdena).`;
	const option: EChartsOption = {
		textStyle: text,
		legend,
		grid: { left: 280, right: 32, top: 48, bottom: 56 },
		xAxis: {
			...moneyAxis('Förändring av systemets nuvärde'),
			nameGap: 32,
			splitNumber: 4
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: items.map((i) => i.label),
			axisLabel: { ...text, width: 210, overflow: 'truncate' }
		},
		series: [
			{
				type: 'bar',
				name: 'Lägsta värdet',
				data: items.map((i) => Math.round(i.systemNetAtLow - base)),
				itemStyle: { color: '#a14e3a' },
				barMaxWidth: 24
			},
			{
				type: 'bar',
				name: 'Högsta värdet',
				data: items.map((i) => Math.round(i.systemNetAtHigh - base)),
				itemStyle: { color: '#1f7a8c' },
				barGap: '-100%',
				barMaxWidth: 24
			}
		]
	};
	return {
		heading: 'Vilka uppgifter betyder mest',
		summary,
		svg: renderChart({
			option,
			width: WIDTH,
			height: 110 + 40 * items.length,
			label: `Tornadodiagram över hur systemets nuvärde ändras när varje osäker uppgift går från sitt lägsta till sitt högsta värde. ${summary} Tabellen har siffrorna.`
		})
	};
}
