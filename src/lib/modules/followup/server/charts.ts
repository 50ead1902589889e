import type { Point } from '../domain/aggregate.ts';
import { formatValue } from '../ui/format.ts';
import type { BoundaryFeature } from '../../counties/index.server.ts';
import type { Ranked } from '../domain/dashboard.ts';
import type { AreaSeries } from '../domain/indicator-view.ts';
import { renderChart } from '../../../platform/charts/render.ts';

/**
 * The follow-up dashboards' charts, rendered to SVG on the server. Each has
 * a label for screen readers; the page shows the same figures in a table.
 */

const INK = '#1e2b37';
const MUNICIPALITY = '#8a96a3';
const REGION = '#123f5a';
const COUNTRY = '#a14e3a';
/** Light → dark: each step distinct, the darkest the highest value. */
const SCALE = ['#e3eef2', '#a9cfd9', '#5fa3b5', '#1f7a8c', '#123f5a'];
const NO_VALUE = '#d9dde1';

const axisText = { color: INK, fontSize: 13 };

/** A tiny trend line (no axes) for a table row. */
export function sparkline(points: Point[], label: string): string {
	return renderChart({
		width: 120,
		height: 32,
		label,
		option: {
			grid: { left: 2, right: 2, top: 4, bottom: 4 },
			xAxis: { type: 'category', show: false, data: points.map((p) => String(p.period)) },
			yAxis: { type: 'value', show: false, scale: true },
			series: [
				{
					type: 'line',
					data: points.map((p) => p.value),
					symbol: 'none',
					lineStyle: { color: REGION, width: 2 },
					connectNulls: false
				}
			]
		}
	});
}

/** The municipalities (thin grey lines) with the region and Riket (thick, in colour) over the years. */
export function trendChart(years: number[], series: AreaSeries[], label: string): string {
	const style = (kind: AreaSeries['kind']) =>
		kind === 'municipality'
			? { color: MUNICIPALITY, width: 1 }
			: { color: kind === 'region' ? REGION : COUNTRY, width: 3 };
	return renderChart({
		width: 720,
		height: 380,
		label,
		option: {
			legend: {
				data: series.filter((s) => s.kind !== 'municipality').map((s) => s.name),
				top: 0,
				textStyle: axisText
			},
			grid: { left: 64, right: 16, top: 40, bottom: 32 },
			xAxis: {
				type: 'category',
				data: years.map(String),
				axisLabel: axisText
			},
			yAxis: { type: 'value', scale: true, axisLabel: axisText },
			series: series.map((s) => ({
				type: 'line' as const,
				name: s.name,
				data: s.values,
				symbol: 'none',
				z: s.kind === 'municipality' ? 1 : 3,
				lineStyle: style(s.kind),
				itemStyle: { color: style(s.kind).color }
			}))
		}
	});
}

/** The municipalities ranked, best at the top, as horizontal bars. */
export function rankingChart(ranking: Ranked[], label: string): string {
	const rows = [...ranking].reverse();
	return renderChart({
		width: 720,
		height: Math.max(160, 28 * rows.length + 40),
		label,
		option: {
			grid: { left: 130, right: 72, top: 8, bottom: 24 },
			xAxis: { type: 'value', axisLabel: axisText },
			yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: axisText },
			series: [
				{
					type: 'bar',
					data: rows.map((r) => r.value),
					itemStyle: { color: REGION },
					label: {
						show: true,
						position: 'right',
						color: INK,
						formatter: (p: { value: unknown }) => formatValue(Number(p.value))
					}
				}
			]
		}
	});
}

/** Equal-width classes from the lowest to the highest value. */
function classes(values: number[]): { min: number; max: number; label: string; color: string }[] {
	if (values.length === 0) return [];
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	if (lo === hi) return [{ min: lo, max: hi, label: formatValue(lo), color: SCALE[2]! }];
	const step = (hi - lo) / SCALE.length;
	return SCALE.map((color, i) => {
		const min = lo + step * i;
		const max = i === SCALE.length - 1 ? hi : lo + step * (i + 1);
		return { min, max, label: `${formatValue(min)}–${formatValue(max)}`, color };
	});
}

/** The municipalities coloured by a value (five classes); grey where there is none. */
export function choropleth(
	mapName: string,
	features: BoundaryFeature[],
	values: { areaId: string; value: number | null }[],
	label: string
): string {
	const known = values.filter((v): v is { areaId: string; value: number } => v.value !== null);
	const pieces = [
		...classes(known.map((v) => v.value))
			.reverse()
			.map((c) => ({ min: c.min, max: c.max, label: c.label, color: c.color })),
		{ value: -1e15, label: 'Uppgift saknas', color: NO_VALUE }
	];
	return renderChart({
		width: 640,
		height: 560,
		label,
		maps: {
			[mapName]: {
				type: 'FeatureCollection',
				features: features.map((f) => ({
					type: 'Feature',
					properties: { name: f.areaCode },
					geometry: f.geometry
				}))
			}
		},
		option: {
			visualMap: {
				type: 'piecewise',
				pieces,
				orient: 'vertical',
				left: 0,
				top: 0,
				itemWidth: 18,
				itemHeight: 14,
				textStyle: { color: INK, fontSize: 14 }
			},
			series: [
				{
					type: 'map',
					map: mapName,
					data: values.map((v) => ({ name: v.areaId, value: v.value ?? -1e15 })),
					left: 170,
					right: 0,
					top: 0,
					bottom: 0,
					label: { show: false },
					itemStyle: { borderColor: '#ffffff', borderWidth: 1, areaColor: NO_VALUE },
					emphasis: { disabled: true },
					select: { disabled: true }
				}
			]
		}
	});
}

/** Women and men side by side per area. */
export function genderChart(
	rows: { name: string; K: number | null; M: number | null }[],
	label: string
): string {
	return renderChart({
		width: 720,
		height: Math.max(200, 36 * rows.length + 60),
		label,
		option: {
			legend: { data: ['Kvinnor', 'Män'], top: 0, textStyle: axisText },
			grid: { left: 170, right: 24, top: 36, bottom: 24 },
			xAxis: { type: 'value', axisLabel: axisText },
			yAxis: {
				type: 'category',
				data: rows.map((r) => r.name).reverse(),
				axisLabel: axisText
			},
			series: [
				{
					type: 'bar',
					name: 'Kvinnor',
					data: rows.map((r) => r.K).reverse(),
					itemStyle: { color: REGION }
				},
				{
					type: 'bar',
					name: 'Män',
					data: rows.map((r) => r.M).reverse(),
					itemStyle: { color: COUNTRY }
				}
			]
		}
	});
}

/** One line over the years (e.g. the support ratio). */
export function lineChart(points: { period: number; value: number }[], label: string): string {
	return renderChart({
		width: 720,
		height: 320,
		label,
		option: {
			grid: { left: 56, right: 16, top: 16, bottom: 32 },
			xAxis: { type: 'category', data: points.map((p) => String(p.period)), axisLabel: axisText },
			yAxis: { type: 'value', scale: true, axisLabel: axisText },
			series: [
				{
					type: 'line',
					data: points.map((p) => Number(p.value.toFixed(2))),
					symbol: 'none',
					lineStyle: { color: REGION, width: 3 }
				}
			]
		}
	});
}
