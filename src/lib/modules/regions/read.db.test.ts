import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { caseStudies, compareRegions, listRegions, regionAccount } from './read.server.ts';

/** The national overview read with the seeded inventory: facts, themes, and the linked initiatives. */

const database = databaseForFile();
const all = { utvecklingsomrade: null, malomrade: null, fokus: null, lan: [] };

describe('the regions side by side', () => {
	test('all 21, each with the year the overview describes and its source', async () => {
		const regions = await listRegions(database.db, all);
		expect(regions).toHaveLength(21);
		expect(new Set(regions.map((r) => r.describes))).toEqual(new Set([2020]));
		const kronoberg = regions.find((r) => r.countyCode === '07')!;
		expect(kronoberg).toMatchObject({
			countySlug: 'kronoberg',
			source: '002_ab6905b18fea9e05.txt',
			strategy: { year: 2017, lines: 'rad 1088–1090' },
			jointVision: { status: 'yes' },
			caseStudy: 'Barnens bästa gäller! i Kronoberg'
		});
		// the table's columns for the headings of examples: how many the overview gives
		const account = await regionAccount(database.db, '07');
		if (account.kind !== 'ok') throw new Error(account.kind);
		const items = (h: string) => account.value.sections.find((s) => s.heading === h)!.items.length;
		expect(kronoberg.examples).toEqual({
			prioritised: items('prioritised'),
			joint: items('joint')
		});
		expect(kronoberg.examples.prioritised + kronoberg.examples.joint).toBeGreaterThan(0);
		// six headings have no text in the overview: a region without examples has 0, shown as unknown
		expect(regions.some((r) => r.examples.prioritised === 0)).toBe(true);
	});

	test('a theme filter keeps the regions whose seeded initiatives carry it', async () => {
		const digital = await listRegions(database.db, { ...all, utvecklingsomrade: 'digital' });
		expect(digital.length).toBeGreaterThan(0);
		expect(digital.length).toBeLessThan(21);
		for (const r of digital) expect(r.themes.developmentAreas).toContain('digital');
		const none = await listRegions(database.db, { ...all, malomrade: 'ingen-sådan' });
		expect(none).toEqual([]);
	});

	test('Värmland, Dalarna and Kronoberg side by side, in the order asked, joint initiatives linked', async () => {
		const regions = await compareRegions(database.db, ['17', '20', '07', '99']);
		expect(regions.map((r) => r.region)).toEqual([
			'Region Värmland',
			'Region Dalarna',
			'Region Kronoberg'
		]);
		const joint = regions[2]!.sections.find((s) => s.heading === 'joint')!;
		expect(joint.items.length).toBeGreaterThan(3);
		expect(joint.initiatives.length).toBeGreaterThan(0);
		const linked = await database.sql<{ county_code: string; source_locator: string }[]>`
			select county_code, source_locator from initiatives where id = ${joint.initiatives[0]!.id}`;
		expect(linked[0]).toEqual({
			county_code: '07',
			source_locator:
				'Region Kronoberg – Exempel på gemensamma satsningar i samverkan mellan region och kommuner'
		});
	});

	test('a region by slug or code; an unknown one is not found', async () => {
		expect((await regionAccount(database.db, 'dalarna')).kind).toBe('ok');
		expect((await regionAccount(database.db, '20')).kind).toBe('ok');
		expect((await regionAccount(database.db, '99')).kind).toBe('not_found');
	});

	test('the four case studies with their lessons and initiatives', async () => {
		const cases = await caseStudies(database.db);
		expect(cases.map((c) => c.case!.title)).toEqual([
			'Barnens bästa gäller! i Kronoberg',
			'Närvård i Sörmland',
			'Från förhandlingskultur till samverkanskultur',
			'Nära vård i glesbygd'
		]);
		for (const c of cases) expect(c.case!.lessons.length).toBeGreaterThan(0);
		expect(cases[0]!.case!.initiatives.length).toBeGreaterThan(0);
	});
});
