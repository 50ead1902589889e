import { renderChart } from '../../platform/charts/render.ts';
import type { Part } from './domain/document.ts';

/**
 * The report's chart: the year's initiatives per development area (started,
 * running, ended) as grouped bars, an SVG made on the server from the
 * part's own table, which stays beside it with every figure.
 */
export function initiativesSvg(part: Part, narrow = false): string {
	const rows = part.rows;
	const short = (s: string) => (s.length > 46 ? `${s.slice(0, 44)}…` : s);
	const series = part.columns.slice(1).map((c, i) => ({
		type: 'bar' as const,
		name: c.label,
		data: rows.map((r) => Number(r[i + 1])),
		label: { show: true, position: 'right' as const, fontSize: 11 }
	}));
	return renderChart({
		width: narrow ? 360 : 720,
		height: 80 + rows.length * 70,
		label: `${part.heading}: ${part.summary}`,
		option: {
			legend: { top: 0, textStyle: { fontSize: 12, color: '#1e2b37' } },
			grid: { left: narrow ? 120 : 300, right: 40, top: 36, bottom: 24 },
			xAxis: { type: 'value', minInterval: 1 },
			yAxis: {
				type: 'category',
				inverse: true,
				data: rows.map((r) => short(r[0]!)),
				axisLabel: { fontSize: 11, color: '#1e2b37', width: narrow ? 110 : 290, overflow: 'break' }
			},
			series
		}
	});
}
