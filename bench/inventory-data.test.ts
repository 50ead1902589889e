import { describe, expect, test } from 'vitest';
import {
	DEVELOPMENT_AREAS,
	FOCUS_SHIFTS,
	GOAL_AREAS,
	PHASES,
	WORK_LEVELS
} from '../src/lib/core/vocabulary.ts';
import { InitiativeInput } from '../src/lib/modules/initiatives/schema.ts';
import { loadCounties, loadMunicipalities } from '../src/lib/app/seed/reference.ts';
import { generateInitiatives, type CountyOrganisations } from './inventory-data.ts';

function countyOf(code: string): CountyOrganisations {
	const c = loadCounties().find((x) => x.code === code)!;
	return {
		code,
		name: c.name,
		shortName: c.shortName,
		region: { code, name: c.regionName },
		municipalities: loadMunicipalities()
			.filter((m) => m.countyCode === code)
			.sort((a, b) => a.code.localeCompare(b.code))
			.map((m) => ({ code: m.code, name: m.name, shortName: m.shortName }))
	};
}

const varmland = countyOf('17');
const rows = generateInitiatives(varmland, 5_000, 7);
const text = (r: (typeof rows)[number]) =>
	`${r.title} ${r.description} ${r.results} ${r.lessons}`.toLowerCase();
const share = (word: string) => rows.filter((r) => text(r).includes(word)).length / rows.length;

describe('generated initiatives for the inventory-search benchmark', () => {
	test('the same seed gives the same rows; another seed gives other rows', () => {
		expect(generateInitiatives(varmland, 5_000, 7)).toEqual(rows);
		const other = generateInitiatives(varmland, 5_000, 8);
		expect(other.map((r) => r.title)).not.toEqual(rows.map((r) => r.title));
	});

	test('fewer rows are the first rows of more, so a row does not depend on how many are made', () => {
		expect(generateInitiatives(varmland, 300, 7)).toEqual(rows.slice(0, 300));
	});

	test('every value is one of the vocabulary’s keys, without repeats', () => {
		const problems: string[] = [];
		const check = (
			r: (typeof rows)[number],
			what: string,
			values: string[],
			keys: readonly string[],
			min: number
		) => {
			if (values.length < min) problems.push(`${r.id}: no ${what}`);
			if (new Set(values).size !== values.length) problems.push(`${r.id}: ${what} repeated`);
			for (const v of values) if (!keys.includes(v)) problems.push(`${r.id}: ${what} ${v}`);
		};
		for (const r of rows) {
			check(r, 'level', [r.level], WORK_LEVELS, 1);
			check(r, 'phase', [r.phase], PHASES, 1);
			check(r, 'goal areas', r.goalAreas, GOAL_AREAS, 1);
			check(r, 'development areas', r.developmentAreas, DEVELOPMENT_AREAS, 1);
			check(r, 'focus shifts', r.focusShifts, FOCUS_SHIFTS, 0);
			check(r, 'visibility', [r.visibility], ['public', 'internal'], 1);
		}
		expect(problems).toEqual([]);
		// and every key is used
		expect(new Set(rows.flatMap((r) => r.goalAreas)).size).toBe(GOAL_AREAS.length);
		expect(new Set(rows.map((r) => r.phase)).size).toBe(PHASES.length);
	});

	test('1–4 municipalities and 0–3 partners each, all the county’s own, never the lead as partner', () => {
		const municipalityCodes = new Set(varmland.municipalities.map((m) => m.code));
		const orgCodes = new Set([varmland.region.code, ...municipalityCodes]);
		const problems: string[] = [];
		for (const r of rows) {
			const m = r.municipalityCodes;
			const p = r.partnerCodes;
			if (m.length < 1 || m.length > 4 || new Set(m).size !== m.length)
				problems.push(`${r.id}: municipalities ${m}`);
			if (m.some((c) => !municipalityCodes.has(c)))
				problems.push(`${r.id}: not the county’s municipality ${m}`);
			if (p.length > 3 || new Set(p).size !== p.length) problems.push(`${r.id}: partners ${p}`);
			if (p.some((c) => !orgCodes.has(c)))
				problems.push(`${r.id}: not the county’s organisation ${p}`);
			if (r.leadCode !== null && (!orgCodes.has(r.leadCode) || p.includes(r.leadCode)))
				problems.push(`${r.id}: lead ${r.leadCode}`);
		}
		expect(problems).toEqual([]);
		// every municipality and every size of list occurs
		expect(new Set(rows.flatMap((r) => r.municipalityCodes)).size).toBe(municipalityCodes.size);
		expect(new Set(rows.map((r) => r.partnerCodes.length))).toEqual(new Set([0, 1, 2, 3]));
		expect(new Set(rows.map((r) => r.municipalityCodes.length))).toEqual(new Set([1, 2, 3, 4]));
	});

	test('every row is one a person could register through the form', () => {
		const ids = new Map(
			[varmland.region.code, ...varmland.municipalities.map((m) => m.code)].map((c, i) => [
				c,
				i + 1
			])
		);
		for (const r of rows) {
			const parsed = InitiativeInput.safeParse({
				title: r.title,
				description: r.description,
				leadOrganisationId: r.leadCode === null ? undefined : ids.get(r.leadCode),
				partnerIds: r.partnerCodes.map((c) => ids.get(c)),
				otherPartners: r.otherPartners,
				municipalityIds: r.municipalityCodes.map((c) => ids.get(c)),
				level: r.level,
				phase: r.phase,
				startsOn: r.startsOn ?? undefined,
				endsOn: r.endsOn ?? undefined,
				goalAreas: r.goalAreas,
				developmentAreas: r.developmentAreas,
				focusShifts: r.focusShifts,
				contactFunction: r.contactFunction,
				contactEmail: r.contactEmail,
				results: r.results,
				lessons: r.lessons,
				goodExample: r.goodExample,
				visibility: r.visibility
			});
			if (!parsed.success) throw new Error(`row ${r.id}: ${JSON.stringify(parsed.error.issues)}`);
		}
	});

	test('dates hang together: an ended initiative has ended, nothing is updated before it was made', () => {
		for (const r of rows) {
			if (r.startsOn && r.endsOn) expect(r.startsOn <= r.endsOn).toBe(true);
			if (r.phase === 'ended') expect(r.endsOn).not.toBeNull();
			expect(r.createdAt <= r.updatedAt).toBe(true);
			if (r.archivedAt) expect(r.archivedAt >= r.updatedAt).toBe(true);
		}
		expect(rows.filter((r) => r.archivedAt).length / rows.length).toBeLessThan(0.05);
	});

	test('it reads like an inventory of nära vård: common phrases are common, rare ones rare', () => {
		expect(share('hemsjukvård')).toBeGreaterThan(0.15);
		expect(share('mobila team')).toBeGreaterThan(0.05);
		expect(share('samordnad individuell plan')).toBeGreaterThan(0.03);
		expect(share('fallprevention')).toBeGreaterThan(0.02);
		expect(share('tandvårdsbuss')).toBeGreaterThan(0);
		expect(share('tandvårdsbuss')).toBeLessThan(0.01);
		expect(new Set(rows.map((r) => r.title)).size).toBeGreaterThan(500);
		const lengths = rows.map((r) => r.description.length).sort((a, b) => a - b);
		expect(lengths[0]).toBeGreaterThan(80);
		expect(lengths[lengths.length - 1]).toBeLessThan(2000);
	});

	test('works for any county: the place names and organisations are that county’s', () => {
		const dalarna = countyOf('20');
		const some = generateInitiatives(dalarna, 200, 1);
		const codes = new Set(['20', ...dalarna.municipalities.map((m) => m.code)]);
		for (const r of some)
			for (const c of [...r.municipalityCodes, ...r.partnerCodes]) expect(codes.has(c)).toBe(true);
		expect(some.some((r) => r.title.endsWith(' i Dalarna'))).toBe(true);
	});
});
