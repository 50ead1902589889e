import { expect, test } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { lineChart } from './charts.ts';
import { pngFile, rasterise, svgFile } from './chart-files.ts';

const chart = lineChart(
	[
		{ period: 2020, value: 7.25 },
		{ period: 2021, value: 6.5 }
	],
	'Linjediagram: 20–64 år per person 80+ i Värmlands län'
);

/** The dark pixels of a drawn image (its text and lines). */
function darkPixels(img: { pixels: Buffer }): number {
	let dark = 0;
	for (let i = 0; i < img.pixels.length; i += 4) if (img.pixels[i]! < 100) dark++;
	return dark;
}

test('the SVG file is the chart with its size and an XML declaration', () => {
	const file = svgFile(chart.wide);
	expect(
		file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg width="720" height="320" ')
	).toBe(true);
	expect(file).toMatch(/>\d,\d+<\/text>/);
});

test('the PNG is a PNG at twice the size, its Swedish letters drawn', () => {
	const png = pngFile(chart.wide);
	expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	// IHDR: width and height, big-endian, at bytes 16–23
	const view = new DataView(png.buffer, png.byteOffset);
	expect([view.getUint32(16), view.getUint32(20)]).toEqual([1440, 640]);
	// the same text with and without a font: with it, å ä ö are drawn
	const text = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><text x="4" y="30" style="font-size:28px;font-family:sans-serif">åäö</text></svg>`;
	const fontless = new Resvg(text, { background: 'white', font: { loadSystemFonts: false } });
	expect(darkPixels(fontless.render())).toBe(0);
	expect(darkPixels(rasterise(text, 1))).toBeGreaterThan(100);
});
