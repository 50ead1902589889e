import { createHash } from 'node:crypto';
import type { EChartsOption } from 'echarts';
import { BarChart, LineChart, MapChart, SankeyChart } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	TitleComponent,
	VisualMapComponent
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { axisNumber, swedishNumber } from '../../core/numbers.ts';
import { DECALS, PALETTE } from './palette.ts';

// Only the parts Nära draws: a fraction of ECharts to load and keep in memory.
echarts.use([
	AriaComponent,
	BarChart,
	LineChart,
	MapChart,
	SankeyChart,
	GridComponent,
	LegendComponent,
	TitleComponent,
	VisualMapComponent,
	SVGRenderer
]);

/**
 * Renders an ECharts option to an SVG string on the server. The SVG scales
 * with its container, has role="img" and a label, and is cached by the hash
 * of its input, so a page view re-renders nothing that has not changed.
 */

const MAX_CACHED = 200;
const cache = new Map<string, string>();

export function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

export interface ChartSpec {
	option: EChartsOption;
	width: number;
	height: number;
	/** what the chart shows, read by screen readers (the table beside it has the data) */
	label: string;
	/** GeoJSON maps the option refers to, by name */
	maps?: Record<string, unknown>;
}

type Axis = { type?: string; axisLabel?: { formatter?: unknown } };
type Series = { label?: { show?: boolean; formatter?: unknown } };

/**
 * Value axes and value labels in Swedish format (ECharts writes "6,000" and
 * "11.5" by itself); a chart that sets its own formatter keeps it.
 */
function swedish(option: EChartsOption): EChartsOption {
	const axes = (a: unknown) =>
		a === undefined
			? a
			: ([a].flat() as Axis[]).map((axis) =>
					axis.type === 'value' && !axis.axisLabel?.formatter
						? { ...axis, axisLabel: { ...axis.axisLabel, formatter: axisNumber } }
						: axis
				);
	const series = ([option.series ?? []].flat() as Series[]).map((s) =>
		s.label?.show && !s.label.formatter
			? {
					...s,
					label: {
						...s.label,
						formatter: (p: { value: unknown; name: string }) =>
							typeof p.value === 'number' ? swedishNumber(p.value) : p.name
					}
				}
			: s
	);
	return {
		...option,
		...(option.xAxis ? { xAxis: axes(option.xAxis) } : {}),
		...(option.yAxis ? { yAxis: axes(option.yAxis) } : {}),
		series
	} as EChartsOption;
}

/** A chart drawn twice: for a wide column and for a phone (larger text, fewer ticks). */
export interface ResponsiveSvg {
	wide: string;
	narrow: string;
}

export function renderResponsive(spec: (narrow: boolean) => ChartSpec): ResponsiveSvg {
	return { wide: renderChart(spec(false)), narrow: renderChart(spec(true)) };
}

export function renderChart(spec: ChartSpec): string {
	const key = createHash('sha256').update(JSON.stringify(spec)).digest('base64url');
	const hit = cache.get(key);
	if (hit) {
		// keep recently used entries at the end
		cache.delete(key);
		cache.set(key, hit);
		return hit;
	}
	for (const [name, geo] of Object.entries(spec.maps ?? {})) {
		echarts.registerMap(name, geo as Parameters<typeof echarts.registerMap>[1]);
	}
	const chart = echarts.init(null, null, {
		renderer: 'svg',
		ssr: true,
		width: spec.width,
		height: spec.height
	});
	try {
		chart.setOption(
			swedish({
				animation: false,
				color: PALETTE,
				// a pattern per series on bars and areas, so greyscale print separates them
				aria: { enabled: true, decal: { show: true, decals: DECALS } },
				...spec.option
			})
		);
		const raw = chart.renderToSVGString();
		const svg = raw.replace(
			/^<svg([^>]*?) width="\d+" height="\d+"/,
			`<svg$1 preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeXml(spec.label)}" focusable="false" class="chart-svg"`
		);
		cache.set(key, svg);
		if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
		return svg;
	} finally {
		chart.dispose();
	}
}
