import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { anonymous } from '../../../core/actor.ts';
import { followUpOverview, indicatorDashboard, needsPicture } from './dashboard.ts';
import { indicatorCharts, needsCharts, overviewSparklines } from './page-charts.ts';

/**
 * Every chart of a seeded county's follow-up pages (Värmland: the overview,
 * every SKR indicator with values, the Behovsbild), drawn from the seeded
 * values, read for its texts: no number in English format ("6,000",
 * "11.5"), and on a phone no text smaller than 12 px.
 */

const database = databaseForFile();

/** "6,000", "11.5", "1,234.5": what a Swedish reader misreads. */
const ENGLISH = /\d,\d{3}(?!\d)|\d\.\d/;

function texts(svg: string): string[] {
	return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

function fontSizes(svg: string): number[] {
	return [...svg.matchAll(/font-size:\s*([\d.]+)px/g)].map((m) => Number(m[1]));
}

async function everyChart(county: string) {
	const overview = await followUpOverview(database.db, anonymous, county);
	if (overview.kind !== 'ok') throw new Error(JSON.stringify(overview));
	const charts: { name: string; wide: string; narrow: string }[] = [];
	for (const [i, svg] of overviewSparklines(overview.value).flat().entries())
		if (svg) charts.push({ name: `sparkline ${i}`, wide: svg, narrow: svg });
	const kpis = overview.value.groups
		.flatMap((g) => g.items)
		.filter((i) => i.figure && i.indicator)
		.map((i) => i.indicator!.koladaId ?? String(i.indicator!.id));
	for (const kpi of kpis) {
		const d = await indicatorDashboard(database.db, anonymous, county, kpi);
		if (d.kind !== 'ok') throw new Error(JSON.stringify(d));
		for (const [name, svg] of Object.entries(indicatorCharts(d.value)))
			if (svg) charts.push({ name: `${kpi} ${name}`, ...svg });
	}
	const needs = await needsPicture(database.db, county);
	if (needs.kind !== 'ok') throw new Error(JSON.stringify(needs));
	const n = needsCharts(needs.value);
	for (const [i, svg] of n.maps.entries()) charts.push({ name: `behovsbild map ${i}`, ...svg });
	if (n.ratio) charts.push({ name: 'behovsbild ratio', ...n.ratio });
	return { charts, kpis };
}

describe('every chart of Värmland', () => {
	test('writes its numbers in Swedish and its phone text at 12 px or more', async () => {
		const { charts, kpis } = await everyChart('17');
		expect(kpis.length).toBeGreaterThanOrEqual(3);
		expect(charts.length).toBeGreaterThan(10);
		const numbers: string[] = [];
		for (const c of charts) {
			for (const t of [...texts(c.wide), ...texts(c.narrow)]) {
				if (/\d/.test(t)) numbers.push(t);
				expect(t, `${c.name}: "${t}"`).not.toMatch(ENGLISH);
			}
			for (const size of fontSizes(c.narrow)) expect(size, c.name).toBeGreaterThanOrEqual(12);
			expect(c.narrow, c.name).toMatch(/viewBox="0 0 \d+ \d+"/);
		}
		// the check reads real figures: thousands with a space, decimals with a comma
		expect(numbers.some((t) => /\d\u00a0\d{3}/.test(t))).toBe(true);
		expect(numbers.some((t) => /\d,\d/.test(t))).toBe(true);
	});

	test('names the municipalities on its maps', async () => {
		const d = await indicatorDashboard(database.db, anonymous, '17', 'N20402');
		if (d.kind !== 'ok') throw new Error(JSON.stringify(d));
		const map = indicatorCharts(d.value).map!;
		expect(texts(map.wide)).toContain('Karlstad');
	});
});

test('the English-format check catches what ECharts writes by itself', () => {
	expect('6,000').toMatch(ENGLISH);
	expect('11.5').toMatch(ENGLISH);
	expect('6\u00a0000').not.toMatch(ENGLISH);
	expect('11,5').not.toMatch(ENGLISH);
	expect('2018–2022').not.toMatch(ENGLISH);
});
