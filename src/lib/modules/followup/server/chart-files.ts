import { Resvg } from '@resvg/resvg-js';
import { reportFont } from '../../../platform/pdf/fonts.ts';

/**
 * A chart as a file of its own: the SVG the page shows (with its size, so
 * any viewer opens it at the size it was drawn), or a PNG drawn from it on
 * the server at twice that size, on white, with a font that has å, ä, ö.
 */

function size(svg: string): { width: number; height: number } {
	const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
	if (!m) throw new Error('Diagrammet saknar viewBox.');
	return { width: Number(m[1]), height: Number(m[2]) };
}

export function svgFile(svg: string): string {
	const { width, height } = size(svg);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(
		/^<svg /,
		`<svg width="${width}" height="${height}" `
	)}`;
}

/** The chart drawn as pixels, `scale` times its size. */
export function rasterise(svg: string, scale = 2) {
	const font = reportFont();
	return new Resvg(svg, {
		background: 'white',
		fitTo: { mode: 'width', value: Math.round(size(svg).width * scale) },
		font: {
			fontFiles: [font.regular, font.bold],
			loadSystemFonts: false,
			defaultFontFamily: font.family,
			sansSerifFamily: font.family
		}
	}).render();
}

export function pngFile(svg: string, scale = 2): Uint8Array {
	return rasterise(svg, scale).asPng();
}

/** The response that downloads a chart file. */
export function chartResponse(
	body: string | Uint8Array,
	fileName: string,
	kind: 'svg' | 'png'
): Response {
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'content-type': kind === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png',
			'content-disposition': `attachment; filename="${fileName}.${kind}"`,
			'cache-control': 'no-store'
		}
	});
}

/**
 * The download of one of a page's charts, by file name ("trend.svg",
 * "karta.png"); null when the page has no such chart.
 */
export function chartDownload(
	charts: Record<string, { wide: string } | null | undefined>,
	file: string,
	baseName: string
): Response | null {
	const m = /^([a-z0-9-]+)\.(svg|png)$/.exec(file);
	const chart = m ? charts[m[1]!] : null;
	if (!m || !chart) return null;
	const kind = m[2] as 'svg' | 'png';
	const name = `${baseName}-${m[1]}`;
	return chartResponse(kind === 'svg' ? svgFile(chart.wide) : pngFile(chart.wide), name, kind);
}
