import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import * as content from './service.server.ts';
import * as visionReads from '../vision/read.server.ts';
import * as timelineReads from '../timeline/read.server.ts';
import * as roadmapReads from '../roadmap/read.server.ts';
import * as groupsReads from '../groups/read.server.ts';
import * as decisionsReads from '../decisions/read.server.ts';

const database = databaseForFile();

describe('county content', () => {
	test('a county is found by code or slug, and an unknown one is not_found', async () => {
		const byCode = await content.county(database.db, '17');
		const bySlug = await content.county(database.db, 'varmland');
		expect(byCode).toEqual(bySlug);
		expect(byCode).toMatchObject({
			kind: 'ok',
			value: { name: 'Värmlands län', regionName: 'Region Värmland', hasVision: true }
		});
		expect(await content.county(database.db, '99')).toEqual({
			kind: 'not_found',
			message: 'Länet 99 finns inte.'
		});
	});

	test("Värmland's vision holds the five statements, four shifts, five principles and five stages", async () => {
		const v = await visionReads.vision(database.db, anonymous, '17');
		if (v.kind !== 'ok') throw new Error(v.kind);
		const count = (kind: string) => v.value.items.filter((i) => i.kind === kind).length;
		expect(v.value.title).toBe('Framtidens Värmland');
		expect([
			count('citizen_statement'),
			count('focus_shift'),
			count('principle'),
			count('direction_stage')
		]).toEqual([5, 4, 5, 5]);
		expect(v.value.items.map((i) => i.title)).toContain('Jag får rätt hjälp och stöd i rätt tid');
		const shifts = v.value.items.filter((i) => i.kind === 'focus_shift');
		expect(shifts.find((s) => s.focusShiftKey === 'person')).toMatchObject({
			fromText: 'Fokus på organisation',
			toText: 'Fokus på person och relation'
		});
	});

	test("Dalarna's vision has its five Nära concepts and the strategy model in order", async () => {
		const v = await visionReads.vision(database.db, anonymous, 'dalarna');
		if (v.kind !== 'ok') throw new Error(v.kind);
		expect(v.value.title).toBe('Nära genom hela livet – gemensamt tillsammans');
		expect(v.value.items.filter((i) => i.kind === 'concept')).toHaveLength(5);
		const steps = v.value.items
			.filter((i) => i.kind === 'strategy_step')
			.map((i) => i.title.toLowerCase());
		expect(steps[0]).toContain('målbild');
		expect(steps.at(-1)).toContain('nyckeltal');
		const r = await roadmapReads.roadmap(database.db, anonymous, '20');
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.value.items.filter((i) => i.kind === 'goal_area')).toHaveLength(6);
	});

	test('the roadmap of Värmland has the four development areas and five prerequisites', async () => {
		const r = await roadmapReads.roadmap(database.db, anonymous, '17');
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.value.items.filter((i) => i.kind === 'development_area').map((i) => i.key)).toEqual([
			'proactive',
			'person_centred',
			'bridging',
			'digital'
		]);
		expect(
			r.value.items
				.filter((i) => i.kind === 'prerequisite')
				.map((i) => i.key)
				.sort()
		).toEqual(
			[
				'follow_up',
				'leadership',
				'support_structure',
				'sustainable_workplaces',
				'system_leadership'
			].sort()
		);
	});

	test('a county without content says so rather than showing something empty', async () => {
		expect(await visionReads.vision(database.db, anonymous, '01')).toEqual({
			kind: 'not_found',
			message: 'Stockholms län har ingen målbild i Nära ännu.'
		});
	});

	test('organisations are ordered region first, then municipalities in Swedish order', async () => {
		const o = await groupsReads.organisations(database.db, anonymous, '17');
		if (o.kind !== 'ok') throw new Error(o.kind);
		const names = o.value.organisations.map((x) => x.shortName);
		expect(names[0]).toBe('Region Värmland');
		expect(names).toHaveLength(17);
		// Swedish collation: Å, Ä, Ö come after Z, in that order
		expect(names.at(-1)).toBe('Årjäng');
		expect(o.value.groups.map((g) => g.name)).toEqual(
			expect.arrayContaining(['Direktörsberedningen', 'Politisk referensgrupp'])
		);
	});

	test('the timeline mixes national and county events and filters by level and year', async () => {
		const all = await timelineReads.timeline(database.db, anonymous, '17', {});
		if (all.kind !== 'ok') throw new Error(all.kind);
		expect(new Set(all.value.events.map((e) => e.level))).toEqual(new Set(['national', 'county']));
		expect(all.value.events.some((e) => e.countyCode === '20')).toBe(false);
		const national2021 = await timelineReads.timeline(database.db, anonymous, '17', {
			level: 'national',
			year: '2021'
		});
		if (national2021.kind !== 'ok') throw new Error(national2021.kind);
		expect(national2021.value.events.length).toBeGreaterThan(0);
		expect(national2021.value.events.every((e) => e.level === 'national' && e.year === 2021)).toBe(
			true
		);
		expect(national2021.value.years).toEqual(all.value.years);
	});

	test('a bad timeline filter is invalid, with a Swedish message per field', async () => {
		expect(
			await timelineReads.timeline(database.db, anonymous, '17', { year: 'tjugo', level: 'kommun' })
		).toEqual({
			kind: 'invalid',
			message: 'Filtret för tidslinjen är ogiltigt.',
			fields: {
				level: ['Nivån ska vara national eller county.'],
				year: ['Året ska vara ett årtal, t.ex. 2022.']
			}
		});
	});

	test('the adoption overview lists all 17 organisations with a date, and draws the map', async () => {
		const a = await decisionsReads.adoption(database.db, anonymous, 'varmland');
		if (a.kind !== 'ok') throw new Error(a.kind);
		expect(a.value.overview).toMatchObject({
			adopted: 17,
			total: 17,
			first: '2022-03-28',
			last: '2022-06-16'
		});
		expect(a.value.mapSvg).toMatch(
			/^<svg[^>]* role="img" aria-label="Karta över Värmlands kommuner/
		);
		expect(a.value.mapSvg.match(/<path /g)?.length).toBeGreaterThanOrEqual(16);
	});
});
