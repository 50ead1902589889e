import type { Point } from '../domain/aggregate.ts';
import { formatValue } from '../ui/format.ts';
import type { BoundaryFeature } from '../../counties/index.server.ts';
import type { Ranked } from '../domain/dashboard.ts';
import type { AreaSeries } from '../domain/indicator-view.ts';
import {
	renderChart,
	renderResponsive,
	type ResponsiveSvg
} from '../../../platform/charts/render.ts';
import { INK, NO_VALUE, PALETTE, seriesStyle } from '../../../platform/charts/palette.ts';

/**
 * The follow-up dashboards' charts, rendered to SVG on the server, each
 * twice: for a wide column (720 px) and for a phone (320 px, drawn at its
 * own size so no text is under 12 px, with fewer ticks). Each has a label
 * for screen readers; the page shows the same figures in a table.
 */

export type { ResponsiveSvg };

const MUNICIPALITY = '#8a96a3';
/** Light → dark: each step distinct, the darkest the highest value. */
const SCALE = ['#e3eef2', '#a9cfd9', '#5fa3b5', '#1f7a8c', '#123f5a'];
const FONT = 13;
const axisText = { color: INK, fontSize: FONT };

/** The width a chart is drawn at, and how many ticks its value axis gets. */
export function frame(narrow: boolean) {
	return { width: narrow ? 320 : 720, ticks: narrow ? 3 : 5 };
}

/** A tiny trend line (no axes, no text) for a table row. */
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
					lineStyle: { color: PALETTE[0], width: 2 },
					connectNulls: false
				}
			]
		}
	});
}

/** The municipalities (thin grey lines) with the region (thick) and Riket (thick, dashed) over the years. */
export function trendChart(years: number[], series: AreaSeries[], label: string): ResponsiveSvg {
	const style = (kind: AreaSeries['kind']) =>
		kind === 'municipality'
			? { color: MUNICIPALITY, width: 1, type: 'solid' as const }
			: kind === 'region'
				? { color: PALETTE[0], width: 3, type: 'solid' as const }
				: { color: PALETTE[1], width: 3, type: 'dashed' as const };
	return renderResponsive((narrow) => ({
		width: frame(narrow).width,
		height: narrow ? 320 : 380,
		label,
		option: {
			legend: {
				data: series.filter((s) => s.kind !== 'municipality').map((s) => s.name),
				top: 0,
				left: 0,
				orient: narrow ? 'vertical' : 'horizontal',
				textStyle: axisText
			},
			grid: { left: 8, right: 16, top: narrow ? 56 : 40, bottom: 8 },
			xAxis: { type: 'category', data: years.map(String), axisLabel: axisText },
			yAxis: { type: 'value', scale: true, splitNumber: frame(narrow).ticks, axisLabel: axisText },
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
	}));
}

/** The municipalities ranked, best at the top, as horizontal bars with their values. */
export function rankingChart(ranking: Ranked[], label: string): ResponsiveSvg {
	const rows = [...ranking].reverse();
	return renderResponsive((narrow) => ({
		width: frame(narrow).width,
		height: Math.max(160, 28 * rows.length + 40),
		label,
		option: {
			grid: { left: 8, right: narrow ? 56 : 72, top: 8, bottom: 8 },
			xAxis: {
				type: 'value',
				splitNumber: frame(narrow).ticks,
				axisLabel: { ...axisText, hideOverlap: true }
			},
			yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: axisText },
			series: [
				{
					type: 'bar',
					data: rows.map((r) => r.value),
					itemStyle: { color: PALETTE[0] },
					label: {
						show: true,
						position: 'right',
						color: INK,
						fontSize: FONT,
						formatter: (p: { value: unknown }) => formatValue(Number(p.value))
					}
				}
			]
		}
	}));
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

export interface MapValue {
	areaId: string;
	name: string;
	value: number | null;
}

/**
 * The municipalities coloured by a value (five classes), grey where there is
 * none, each named on the map (names that would overlap are left out; the
 * table beside names them all).
 */
export function choropleth(
	mapName: string,
	features: BoundaryFeature[],
	values: MapValue[],
	label: string
): ResponsiveSvg {
	const known = values.filter((v): v is MapValue & { value: number } => v.value !== null);
	const pieces = [
		...classes(known.map((v) => v.value))
			.reverse()
			.map((c) => ({ min: c.min, max: c.max, label: c.label, color: c.color })),
		{ value: -1e15, label: 'Uppgift saknas', color: NO_VALUE }
	];
	const names = new Map(values.map((v) => [v.areaId, v.name]));
	return renderResponsive((narrow) => ({
		width: narrow ? 320 : 640,
		height: narrow ? 480 + 20 * pieces.length : 560,
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
			aria: { enabled: false },
			visualMap: {
				type: 'piecewise',
				pieces,
				orient: 'vertical',
				left: 0,
				top: 0,
				itemWidth: 18,
				itemHeight: 14,
				textStyle: { color: INK, fontSize: FONT }
			},
			series: [
				{
					type: 'map',
					map: mapName,
					data: values.map((v) => ({ name: v.areaId, value: v.value ?? -1e15 })),
					left: narrow ? 0 : 170,
					right: 0,
					top: narrow ? 24 * pieces.length + 8 : 0,
					bottom: 0,
					label: {
						show: true,
						fontSize: 12,
						color: INK,
						textBorderColor: '#ffffff',
						textBorderWidth: 3,
						formatter: (p: { name: string }) => names.get(p.name) ?? ''
					},
					labelLayout: { hideOverlap: true },
					itemStyle: { borderColor: '#ffffff', borderWidth: 1, areaColor: NO_VALUE },
					emphasis: { disabled: true },
					select: { disabled: true }
				}
			]
		}
	}));
}

/** Women and men side by side per area; men's bars patterned so print in grey tells them apart. */
export function genderChart(
	rows: { name: string; K: number | null; M: number | null }[],
	label: string
): ResponsiveSvg {
	const bar = (name: string, i: number, values: (number | null)[]) => ({
		type: 'bar' as const,
		name,
		data: values.reverse(),
		itemStyle: seriesStyle(i)
	});
	return renderResponsive((narrow) => ({
		width: frame(narrow).width,
		height: Math.max(200, 36 * rows.length + 60),
		label,
		option: {
			legend: { data: ['Kvinnor', 'Män'], top: 0, left: 0, textStyle: axisText },
			grid: { left: 8, right: 24, top: 36, bottom: 8 },
			xAxis: {
				type: 'value',
				splitNumber: frame(narrow).ticks,
				axisLabel: { ...axisText, hideOverlap: true }
			},
			yAxis: { type: 'category', data: rows.map((r) => r.name).reverse(), axisLabel: axisText },
			series: [
				bar(
					'Kvinnor',
					0,
					rows.map((r) => r.K)
				),
				bar(
					'Män',
					1,
					rows.map((r) => r.M)
				)
			]
		}
	}));
}

/** One or two lines over the years (e.g. the support ratio: recorded, then projected, dashed). */
export function lineChart(
	points: { period: number; value: number }[],
	label: string,
	projected: { period: number; value: number }[] = []
): ResponsiveSvg {
	const years = [...new Set([...points, ...projected].map((p) => p.period))].sort((a, b) => a - b);
	const at = (list: { period: number; value: number }[]) => {
		const by = new Map(list.map((p) => [p.period, Number(p.value.toFixed(2))]));
		return years.map((y) => by.get(y) ?? null);
	};
	return renderResponsive((narrow) => ({
		width: frame(narrow).width,
		height: narrow ? 280 : 320,
		label,
		option: {
			legend: projected.length
				? { data: ['Utfall', 'Prognos'], top: 0, left: 0, textStyle: axisText }
				: undefined,
			grid: {
				left: 8,
				right: 16,
				top: projected.length ? 40 : 16,
				bottom: 8
			},
			xAxis: {
				type: 'category',
				data: years.map(String),
				axisLabel: { ...axisText, hideOverlap: true }
			},
			yAxis: { type: 'value', scale: true, splitNumber: frame(narrow).ticks, axisLabel: axisText },
			series: [
				{
					type: 'line',
					name: 'Utfall',
					data: at(points),
					symbol: 'none',
					lineStyle: { color: PALETTE[0], width: 3 },
					itemStyle: { color: PALETTE[0] }
				},
				...(projected.length
					? [
							{
								type: 'line' as const,
								name: 'Prognos',
								data: at(projected),
								symbol: 'none',
								lineStyle: { color: PALETTE[1], width: 3, type: 'dashed' as const },
								itemStyle: { color: PALETTE[1] }
							}
						]
					: [])
			]
		}
	}));
}
