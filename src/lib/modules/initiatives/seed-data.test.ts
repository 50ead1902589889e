import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { seedInitiatives } from '../../../../seed/initiatives/index.ts';
import { sourceDocuments } from '../../../../seed/sources.ts';
import {
	DEVELOPMENT_AREAS,
	FOCUS_SHIFTS,
	GOAL_AREAS,
	PHASES,
	WORK_LEVELS
} from '../../core/vocabulary.ts';
import { projectRoot } from '../../platform/paths.ts';
import { loadCounties, loadMunicipalities } from '../../app/seed/reference.ts';

/**
 * The seeded inventory as data (seed/initiatives/): well-formed, named by
 * its source, and tagged with care rather than wholesale. That every
 * organisation resolves and every county has its initiatives in the
 * database is checked in seed.db.test.ts.
 */

const items = seedInitiatives;
const counties = new Map(loadCounties().map((c) => [c.code, c]));
const municipalityNames = new Set(loadMunicipalities().map((m) => `${m.countyCode} ${m.name}`));
const sourceText = (file: string) =>
	readFileSync(path.join(projectRoot(), 'seed', 'sources', file), 'utf8');

describe('the seeded initiatives', () => {
	test('at least 150, in every one of the 21 counties, several each', () => {
		expect(items.length).toBeGreaterThanOrEqual(150);
		const perCounty = new Map<string, typeof items>();
		for (const i of items) perCounty.set(i.countyCode, [...(perCounty.get(i.countyCode) ?? []), i]);
		expect([...perCounty.keys()].sort()).toEqual([...counties.keys()].sort());
		for (const [code, list] of perCounty) expect(list.length, code).toBeGreaterThanOrEqual(5);
	});

	test('titles are unique within their county, and nothing is empty', () => {
		const keys = items.map((i) => `${i.countyCode} ${i.title}`);
		expect(keys.filter((k, n) => keys.indexOf(k) !== n)).toEqual([]);
		for (const i of items) {
			expect(i.title.trim(), i.title).toBe(i.title);
			expect(i.title.length, i.title).toBeGreaterThan(2);
			expect(i.description.trim().length, i.title).toBeGreaterThan(20);
			expect(i.description, i.title).toBe(i.description.trim());
		}
	});

	test('every initiative names a source document and where in it', () => {
		const files = new Set(sourceDocuments.map((s) => s.fileName));
		const overviewLines = new Set(
			sourceText('002_ab6905b18fea9e05.txt')
				.split('\n')
				.map((l) => l.trim())
		);
		for (const i of items) {
			expect(files.has(i.source), i.title).toBe(true);
			expect(i.sourceLocator.length, i.title).toBeGreaterThan(5);
			if (i.source === '002_ab6905b18fea9e05.txt') {
				// the locator starts with the region's heading in the overview
				const region = i.sourceLocator.split(' – ')[0]!;
				expect(overviewLines.has(region), `${i.title}: ${region}`).toBe(true);
			}
		}
	});

	test('levels, phases and tags are keys of the vocabulary, each at most once', () => {
		for (const i of items) {
			expect(WORK_LEVELS, i.title).toContain(i.level);
			expect(PHASES, i.title).toContain(i.phase);
			for (const [list, allowed] of [
				[i.goalAreas, GOAL_AREAS],
				[i.developmentAreas, DEVELOPMENT_AREAS],
				[i.focusShifts, FOCUS_SHIFTS]
			] as const) {
				for (const key of list) expect(allowed, i.title).toContain(key);
				expect(new Set(list).size, i.title).toBe(list.length);
			}
		}
	});

	test('development areas and focus shifts are tagged where the text supports them, not wholesale', () => {
		const share = (f: (i: (typeof items)[number]) => boolean) =>
			items.filter(f).length / items.length;
		// hardly any item has all four
		expect(share((i) => i.developmentAreas.length === DEVELOPMENT_AREAS.length)).toBeLessThan(0.02);
		expect(share((i) => i.focusShifts.length === FOCUS_SHIFTS.length)).toBeLessThan(0.02);
		// many items have none (the text says nothing of them)
		expect(share((i) => i.developmentAreas.length === 0)).toBeGreaterThan(0.25);
		expect(share((i) => i.focusShifts.length === 0)).toBeGreaterThan(0.5);
		// every key is used, none on most items
		type Item = (typeof items)[number];
		const keys: (readonly [string, (i: Item) => readonly string[]])[] = [
			...DEVELOPMENT_AREAS.map((key) => [key, (i: Item) => i.developmentAreas] as const),
			...FOCUS_SHIFTS.map((key) => [key, (i: Item) => i.focusShifts] as const)
		];
		for (const [key, tagsOf] of keys) {
			const used = share((i) => tagsOf(i).includes(key));
			expect(used, key).toBeGreaterThan(0);
			expect(used, key).toBeLessThan(0.5);
		}
	});

	test('dates are real days, and an end is not before its start', () => {
		const day = /^\d{4}-\d{2}-\d{2}$/;
		for (const i of items) {
			for (const d of [i.startsOn, i.endsOn]) {
				if (d === undefined) continue;
				expect(d, i.title).toMatch(day);
				expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10), i.title).toBe(d);
			}
			if (i.startsOn && i.endsOn) expect(i.startsOn <= i.endsOn, i.title).toBe(true);
		}
	});

	test('organisations: municipalities are municipalities of the county, the lead is not also a partner', () => {
		for (const i of items) {
			const region = counties.get(i.countyCode)!.regionName;
			for (const m of i.municipalities)
				expect(municipalityNames.has(`${i.countyCode} ${m}`), `${i.title}: ${m}`).toBe(true);
			for (const p of [...(i.lead ? [i.lead] : []), ...i.partners])
				expect(
					p === region || municipalityNames.has(`${i.countyCode} ${p}`),
					`${i.title}: ${p}`
				).toBe(true);
			if (i.lead) expect(i.partners, i.title).not.toContain(i.lead);
		}
	});

	test('funding only where stated: a year, a source, a whole amount or none', () => {
		const funded = items.filter((i) => i.funding?.length);
		expect(funded.length).toBeGreaterThan(0);
		for (const i of funded)
			for (const f of i.funding!) {
				expect(f.year, i.title).toBeGreaterThanOrEqual(2000);
				expect(f.year, i.title).toBeLessThanOrEqual(2030);
				expect(f.fundingSource.length, i.title).toBeGreaterThan(0);
				if (f.amountSek !== null) expect(Number.isInteger(f.amountSek), i.title).toBe(true);
			}
	});

	test('good examples are exactly the four case studies of the national overview', () => {
		const good = items.filter((i) => i.goodExample);
		expect(good.map((i) => i.countyCode).sort()).toEqual(['03', '04', '07', '22']);
		for (const i of good) expect(i.sourceLocator, i.title).toContain('Fallstudie');
	});

	test('links are https addresses with a title', () => {
		for (const i of items)
			for (const l of i.links ?? []) {
				expect(l.url, i.title).toMatch(/^https:\/\/[^\s]+$/);
				expect(l.title.length, i.title).toBeGreaterThan(0);
			}
	});
});
