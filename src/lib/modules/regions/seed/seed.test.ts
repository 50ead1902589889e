import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../../platform/paths.ts';
import { extractOverview } from './extract.ts';
import overview from './overview.json';
import { HEADINGS, OVERVIEW_SOURCE, type OverviewItem, type OverviewRegion } from './types.ts';

/**
 * The national overview as seed data (overview.json): every region, every
 * quote word for word in 002 on the lines it names, and the file is what the
 * extractor makes of the source today (so a hand edit or a stale file fails).
 */
const text = readFileSync(path.join(projectRoot(), 'seed', 'sources', OVERVIEW_SOURCE), 'utf8');
const sourceLines = text.split('\n');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const regions = overview as OverviewRegion[];

/** The text of the lines "rad a–b" names, squashed. */
function linesOf(locator: string): string {
	const m = /^rad (\d+)(?:–(\d+))?$/.exec(locator);
	if (!m) throw new Error(`bad locator ${locator}`);
	const from = Number(m[1]);
	const to = Number(m[2] ?? m[1]);
	return squash(sourceLines.slice(from - 1, to).join(' '));
}

const allItems = (r: OverviewRegion): [string, OverviewItem][] => [
	...r.sections.flatMap((s) => s.items.map((i) => [s.heading, i] as [string, OverviewItem])),
	...(r.caseStudy?.items ?? []).map((i) => ['case', i] as [string, OverviewItem]),
	...(r.caseStudy?.lessons ?? []).map((i) => ['lesson', i] as [string, OverviewItem]),
	...(r.facts.strategy ? [['strategy', r.facts.strategy] as [string, OverviewItem]] : []),
	...(r.facts.jointVision ? [['vision', r.facts.jointVision] as [string, OverviewItem]] : []),
	...r.facts.bodies.map((b) => ['body', b] as [string, OverviewItem])
];

describe('the national overview as seed data', () => {
	test('all 21 regions, each once, with the five headings in order', () => {
		expect(regions).toHaveLength(21);
		expect(new Set(regions.map((r) => r.countyCode)).size).toBe(21);
		for (const r of regions) expect(r.sections.map((s) => s.heading)).toEqual([...HEADINGS]);
	});

	test('every quote stands in 002 on the lines its locator names', () => {
		let n = 0;
		for (const r of regions)
			for (const [what, item] of allItems(r)) {
				expect(linesOf(item.lines), `${r.region} ${what}: ${item.quote}`).toContain(
					squash(item.quote)
				);
				n++;
			}
		expect(n).toBeGreaterThan(500);
	});

	test('the four case studies, each with its lessons', () => {
		const cases = regions.filter((r) => r.caseStudy);
		expect(cases.map((r) => r.countyCode).sort()).toEqual(['03', '04', '07', '22']);
		for (const r of cases) {
			expect(r.caseStudy!.items.length, r.region).toBeGreaterThan(2);
			expect(r.caseStudy!.lessons.length, r.region).toBeGreaterThan(0);
		}
	});

	test('the facts the overview states are there, and unknown ones are null, not guessed', () => {
		const byCode = new Map(regions.map((r) => [r.countyCode, r]));
		expect(byCode.get('07')!.facts.strategy).toMatchObject({ year: 2017 });
		expect(byCode.get('07')!.facts.jointVision).toMatchObject({ status: 'yes' });
		expect(byCode.get('17')!.facts.strategy).toMatchObject({ year: 2015 });
		expect(byCode.get('17')!.facts.jointVision).toBeNull();
		expect(byCode.get('20')!.facts.jointVision).toMatchObject({ status: 'in_progress' });
		expect(byCode.get('19')!.facts.strategy).toMatchObject({ year: null });
		// a strategy's year is one the quote itself states
		for (const r of regions) {
			const s = r.facts.strategy;
			if (s?.year) expect(s.quote, r.region).toContain(String(s.year));
		}
	});

	test('overview.json is what the extractor reads from the source today', () => {
		expect(JSON.parse(JSON.stringify(extractOverview(text)))).toEqual(regions);
	});
});
