import { RadarChart } from 'echarts/charts';
import { RadarComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { PALETTE } from '../../platform/charts/palette.ts';
import { renderChart } from '../../platform/charts/render.ts';

// The radar is the Dialogguide's own chart: registered here, beside the parts the platform draws.
echarts.use([RadarChart, RadarComponent]);

export interface RadarSeries {
	name: string;
	/** one value per dimension, null where the cell is not shown */
	values: (number | null)[];
}

/**
 * A radar of medians per dimension (1–5), as an SVG made on the server. A
 * dimension whose cell is hidden (under K) is drawn at 0 and named so in the
 * table beside the chart, which holds every figure.
 */
export function radarSvg(dimensions: string[], series: RadarSeries[], label: string): string {
	const short = (s: string) => (s.length > 28 ? `${s.slice(0, 26)}…` : s);
	return renderChart({
		width: 640,
		height: 420,
		label,
		option: {
			color: ['#1e6b52', '#8a4f00'],
			legend: {
				bottom: 0,
				data: series.map((s) => s.name),
				textStyle: { fontSize: 13, color: '#1a1a1a' }
			},
			radar: {
				indicator: dimensions.map((d) => ({ name: short(d), max: 5, min: 0 })),
				radius: '60%',
				splitNumber: 5,
				axisName: { color: '#1a1a1a', fontSize: 11 }
			},
			series: [
				{
					type: 'radar',
					data: series.map((s, i) => ({
						name: s.name,
						value: s.values.map((v) => v ?? 0),
						lineStyle: { width: 2, type: i === 0 ? 'solid' : 'dashed' },
						areaStyle: i === 0 ? { opacity: 0.15 } : undefined
					}))
				}
			]
		}
	});
}

const SYMBOLS = [
	'circle',
	'rect',
	'triangle',
	'diamond',
	'pin',
	'arrow',
	'roundRect',
	'emptyCircle'
];

/**
 * A workplace's medians per dimension over its rounds, as lines (one per
 * dimension, each with its own marker so the lines are told apart without
 * colour); a hidden cell is a gap. The table beside it holds every figure.
 */
export function trendSvg(
	rounds: string[],
	series: { name: string; values: (number | null)[] }[],
	label: string
): string {
	return renderChart({
		width: 640,
		height: 380,
		label,
		option: {
			color: PALETTE,
			grid: { left: 40, right: 16, top: 16, bottom: 110 },
			legend: { bottom: 0, textStyle: { fontSize: 12, color: '#1a1a1a' } },
			xAxis: { type: 'category', data: rounds, axisLabel: { color: '#1a1a1a' } },
			yAxis: { type: 'value', min: 1, max: 5, interval: 1, axisLabel: { color: '#1a1a1a' } },
			series: series.map((s, i) => ({
				type: 'line',
				name: s.name.length > 40 ? `${s.name.slice(0, 38)}…` : s.name,
				data: s.values,
				connectNulls: false,
				symbol: SYMBOLS[i % SYMBOLS.length],
				symbolSize: 8,
				lineStyle: { width: 2, type: i >= PALETTE.length ? 'dashed' : 'solid' }
			}))
		}
	});
}
