import { describe, expect, test } from 'vitest';
import { auditOf, rowCount } from '../../../../tests/kit/audit.ts';
import { castOfFive, label, outsiders } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { initiatives } from '../initiatives/tables.ts';
import { yearlyReport } from './read.server.ts';
import { narrativeForEdit, saveNarrative } from './service.server.ts';
import { reportNarratives, reportNarrativeVersions } from './tables.ts';

const database = databaseForFile();
const { coordinator, otherCoordinator, reader, editor, dalarnaCoordinator } = castOfFive(database);
const db = () => database.db;

/** Rows of the narratives, their versions and the audit log: a refused save changes none. */
const counts = async () => [
	await rowCount(db(), reportNarratives),
	await rowCount(db(), reportNarrativeVersions),
	await rowCount(db())
];

describe('the narrative of a section', () => {
	test('each save is a new version, audited; a save on an old version is a conflict that writes nothing', async () => {
		const first = await saveNarrative(db(), coordinator.actor, 'varmland', '2023', 'work', {
			text: 'Fyra processer startade i mars.',
			revision: '0'
		});
		if (first.kind !== 'ok') throw new Error(JSON.stringify(first));
		expect(first.value).toMatchObject({ year: 2023, section: 'work', revision: 1 });
		const second = await saveNarrative(db(), otherCoordinator.actor, '17', 2023, 'work', {
			text: 'Fyra processer startade i mars.\n\nNätverksmötet 30–31 mars.',
			revision: '1'
		});
		if (second.kind !== 'ok') throw new Error(second.kind);
		expect(second.value.versions.map((v) => [v.version, v.savedBy])).toEqual([
			[2, otherCoordinator.actor.name],
			[1, coordinator.actor.name]
		]);

		const before = await counts();
		const stale = await saveNarrative(db(), coordinator.actor, '17', 2023, 'work', {
			text: 'Min gamla text.',
			revision: '1'
		});
		expect(stale).toMatchObject({
			kind: 'conflict',
			message:
				'Någon annan har sparat en ny version av berättelsen medan du skrev. Ingenting har skrivits över.',
			current: {
				current: {
					text: 'Fyra processer startade i mars.\n\nNätverksmötet 30–31 mars.',
					revision: 2
				},
				changedBy: label(otherCoordinator)
			}
		});
		expect(await counts()).toEqual(before);

		const entries = await auditOf(db(), 'yearly_report_narrative', first.value.id!);
		expect(entries.map((e) => [e.action, e.actorLabel])).toEqual([
			['update', label(coordinator)],
			['update', label(otherCoordinator)]
		]);
		expect(entries[0]).toMatchObject({
			countyCode: '17',
			before: { year: 2023, section: 'work', narrative: '' },
			after: { narrative: 'Fyra processer startade i mars.' }
		});
	});

	test('two first saves of the same section: the second is a conflict', async () => {
		const a = await saveNarrative(db(), coordinator.actor, '17', 2022, 'forward', {
			text: 'A',
			revision: '0'
		});
		const b = await saveNarrative(db(), otherCoordinator.actor, '17', 2022, 'forward', {
			text: 'B',
			revision: '0'
		});
		expect([a.kind, b.kind]).toEqual(['ok', 'conflict']);
	});

	test('bad input gets a Swedish message per field and writes nothing', async () => {
		const before = await counts();
		expect(
			await saveNarrative(db(), coordinator.actor, '17', 'förra året', 'slutsats', {
				text: 'x',
				revision: '0'
			})
		).toEqual({
			kind: 'invalid',
			message: 'Berättelsen kunde inte sparas.',
			fields: {
				year: ['Skriv året som ett årtal, t.ex. 2023.'],
				section: [
					'Välj ett av rapportens avsnitt: årets arbete, framsteg, utmaningar eller vägen framåt.'
				]
			}
		});
		expect(
			await saveNarrative(db(), coordinator.actor, '17', '2023', 'progress', {
				text: 'å'.repeat(20001),
				revision: ''
			})
		).toMatchObject({
			kind: 'invalid',
			fields: {
				text: ['Texten får ha högst 20 000 tecken.'],
				revision: ['Formuläret saknar versionsnummer. Ladda om sidan och försök igen.']
			}
		});
		expect(await counts()).toEqual(before);
	});

	test.each(outsiders({ reader, editor, dalarnaCoordinator }))(
		'%s may neither write nor open the form',
		async (_who, actor) => {
			const before = await counts();
			const input = { text: 'Inte min.', revision: '0' };
			expect((await saveNarrative(db(), actor(), '17', 2023, 'work', input)).kind).toBe(
				'forbidden'
			);
			expect((await narrativeForEdit(db(), actor(), '17', 2023, 'work')).kind).toBe('forbidden');
			expect(await counts()).toEqual(before);
		}
	);
});

describe('the report of a year', () => {
	test("Värmland 2023: the seeded year's work, the narrative, and what each reader may see", async () => {
		await saveNarrative(db(), coordinator.actor, '17', 2023, 'challenges', {
			text: 'Hindren från workshoparna.',
			revision: '0'
		});
		const [internal] = await db()
			.insert(initiatives)
			.values({
				countyCode: '17',
				title: 'Intern insats som startade 2023',
				level: 'county',
				phase: 'running',
				startsOn: '2023-05-01',
				developmentAreas: ['digital'],
				visibility: 'internal'
			})
			.returning();
		const now = new Date('2026-03-10T12:00:00Z');
		const publicView = await yearlyReport(db(), anonymous, 'varmland', { year: '2023' }, now);
		const ownView = await yearlyReport(db(), coordinator.actor, '17', { year: 2023 }, now);
		if (publicView.kind !== 'ok' || ownView.kind !== 'ok') throw new Error('not ok');
		const p = publicView.value;
		const o = ownView.value;
		expect(p).toMatchObject({
			year: 2023,
			generatedOn: '2026-03-10',
			county: { slug: 'varmland' }
		});
		expect(p.narratives.challenges).toMatchObject({
			text: 'Hindren från workshoparna.',
			version: 1
		});
		expect(p.narratives.progress).toEqual({ text: '', version: 0, savedAt: null, savedBy: null });
		// the visitor sees the public content only; the actions not at all
		expect(o.work.initiatives.startedList.map((i) => i.id)).toContain(internal!.id);
		expect(p.work.initiatives.startedList.map((i) => i.id)).not.toContain(internal!.id);
		expect(o.work.initiatives.started).toBe(p.work.initiatives.started + 1);
		expect(p.forward.actions).toBeNull();
		expect(o.forward.actions).toEqual(expect.any(Array));
		// the sources' barriers of the workshops (001), raised in 2023 or without a known day
		expect(p.challenges.openBarriers.length).toBeGreaterThan(0);
		expect(p.work.processes.list.length).toBeGreaterThan(0);
		for (const d of p.work.decisions) expect(d.decidedOn.startsWith('2023-')).toBe(true);
	});

	test('a year that is not a year is refused with a Swedish message; an unknown county is not found', async () => {
		expect(await yearlyReport(db(), anonymous, '17', { year: 'i fjol' })).toEqual({
			kind: 'invalid',
			message: 'Uppföljningen kunde inte tas fram.',
			fields: { year: ['Skriv året som ett årtal, t.ex. 2023.'] }
		});
		expect((await yearlyReport(db(), anonymous, '99', {})).kind).toBe('not_found');
	});
});
