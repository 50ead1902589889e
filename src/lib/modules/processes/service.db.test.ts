import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { label } from '../../../../tests/kit/cast.ts';
import { nestFormValues } from '../../core/form-data.ts';
import { anonymous, type Actor } from '../../core/actor.ts';
import * as t from '../groups/tables.ts';
import { createProcess, getProcess, goalAreaLabels, processChoices } from './service.server.ts';
import {
	database,
	coordinator,
	admin,
	reader,
	editor,
	dalarnaCoordinator,
	arvika,
	karlstad,
	falun,
	networkId,
	initiative,
	body,
	auditEntries,
	counts,
	overview,
	created
} from './service-fixture.ts';

/** The process service against a real database: reading the matrix, adding a process, and who sees what. */

describe('reading', () => {
	test('anyone sees Värmland’s five processes in the matrix, the summary per area and the gaps', async () => {
		const { processes, matrix } = await overview();
		expect(processes.map((p) => p.title)).toEqual([
			'Psykisk hälsa barn och unga',
			'Minskade förflyttningar',
			'Levnadsvanor',
			'Fallprevention',
			'Gemensam plan för primärvård'
		]);
		expect(matrix.summary.map((s) => [s.area, s.workedThrough, s.considered, s.total])).toEqual([
			['proactive', 0, 3, 5],
			['person_centred', 0, 0, 5],
			['bridging', 0, 1, 5],
			['digital', 0, 0, 5]
		]);
		// no source says an area was not considered: the other 16 are not assessed, and no gap
		expect(matrix.gaps).toEqual([]);
		expect(matrix.notAssessed).toBe(20 - 4);
		expect(matrix.summary.map((s) => s.notAssessed)).toEqual([2, 5, 4, 5]);
		const fall = processes.find((p) => p.title === 'Fallprevention')!;
		expect(fall.owner?.name).toBe(
			'Strategiska nätverk för hälso- och sjukvårdsledning, socialchefer och skolchefer'
		);
		expect(fall.participants).toHaveLength(17);
		expect(fall.participants[0]!.name).toBe('Region Värmland');
		expect(fall.coverage.map((c) => c.state)).toEqual([
			'considered',
			'not_assessed',
			'not_assessed',
			'not_assessed'
		]);
	});

	test('another county has its own (none seeded for Dalarna)', async () => {
		expect((await overview(anonymous, '20')).processes).toEqual([]);
	});

	test('goal areas are named: the county roadmap’s own, then the shared ones', async () => {
		const labels = await goalAreaLabels(database.db, anonymous, '17');
		expect(labels['psykisk-halsa-barn-unga']).toBe('Psykisk hälsa barn och unga');
		expect(labels['levnadsvanor']).toBe('Levnadsvanor');
		expect(labels['aldre']).toBe('Äldre');
		const choices = await processChoices(database.db, coordinator.actor, '17');
		if (choices.kind !== 'ok') throw new Error(choices.kind);
		expect(choices.value.goalAreas.slice(0, 4).map((g) => [g.key, g.ownedBy])).toEqual([
			['psykisk-halsa-barn-unga', 'county'],
			['minskade-forflyttningar', 'county'],
			['levnadsvanor', 'county'],
			['fallprevention', 'county']
		]);
		// a shared key the roadmap also uses is offered once
		expect(choices.value.goalAreas.filter((g) => g.key === 'levnadsvanor')).toHaveLength(1);
		expect(choices.value.organisations).toHaveLength(17);
		// the county's seeded inventory is offered too
		expect(choices.value.initiatives.map((i) => i.title)).toEqual(
			expect.arrayContaining(['Balansträning i hemmet', 'Intern pilot med sensorer'])
		);
	});
});

describe('writing', () => {
	test('a coordinator adds a process: everything in one save, listed after the county’s others, one audit entry', async () => {
		const before = await counts();
		const p = await created();
		expect(p).toMatchObject({
			title: 'Trygg hemgång i Fryksdalen',
			level: 'subregional',
			status: 'planned',
			goalAreas: ['minskade-forflyttningar', 'aldre'],
			owner: { id: networkId },
			participants: [
				{ id: arvika, name: 'Arvika kommun' },
				{ id: karlstad, name: 'Karlstads kommun' }
			],
			initiatives: [{ id: initiative.public, title: 'Balansträning i hemmet' }],
			revision: 1,
			source: null,
			position: 6
		});
		expect(p.coverage).toEqual([
			{
				area: 'proactive',
				state: 'worked_through',
				how: 'Hembesök efter utskrivning.',
				evidence: 'Plan 2024'
			},
			{
				area: 'person_centred',
				state: 'considered',
				how: 'Frågar vad som är viktigt.',
				evidence: ''
			},
			{ area: 'bridging', state: 'not_considered', how: '', evidence: '' },
			{ area: 'digital', state: 'not_considered', how: '', evidence: '' }
		]);
		expect(await counts()).toEqual({
			processes: before!.processes! + 1,
			participants: before!.participants! + 2,
			initiatives: before!.initiatives! + 1,
			coverage: before!.coverage! + 4,
			audit: before!.audit! + 1
		});
		const entries = await auditEntries(p.id);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'create',
			actorLabel: label(coordinator),
			countyCode: '17',
			before: null,
			after: {
				title: 'Trygg hemgång i Fryksdalen',
				ownerGroupId: networkId,
				participants: [arvika, karlstad].sort((a, b) => a - b),
				initiatives: [initiative.public],
				'coverage.proactive.state': 'worked_through',
				'coverage.proactive.how': 'Hembesök efter utskrivning.',
				'coverage.digital.state': 'not_considered'
			}
		});
		// sub-regional after the county-wide ones; its two open areas are gaps
		const { processes, matrix } = await overview();
		expect(processes.at(-1)!.id).toBe(p.id);
		expect(matrix.gaps.filter((g) => g.processId === p.id).map((g) => g.area)).toEqual([
			'bridging',
			'digital'
		]);
	});

	test('the form’s fields (dotted names, checked boxes joined by commas) are the same input', async () => {
		const p = await created(
			admin.actor,
			nestFormValues({
				title: 'Digitala vårdmöten i Värmland',
				level: 'county',
				goal: '',
				description: '',
				ownerGroupId: '',
				status: 'ongoing',
				goalAreas: 'primarvard,hemsjukvard',
				participants: `${arvika}`,
				initiatives: '',
				'coverage.digital.state': 'considered',
				'coverage.digital.how': 'Videobesök',
				'coverage.digital.evidence': '',
				'coverage.proactive.state': 'not_considered',
				'coverage.proactive.how': '',
				'coverage.proactive.evidence': '',
				visibility: 'public'
			})
		);
		expect(p).toMatchObject({
			owner: null,
			goalAreas: ['primarvard', 'hemsjukvard'],
			participants: [{ id: arvika }],
			initiatives: []
		});
		expect(p.coverage[3]).toEqual({
			area: 'digital',
			state: 'considered',
			how: 'Videobesök',
			evidence: ''
		});
	});

	test('bad input is refused with Swedish messages under the form’s names, and nothing is written', async () => {
		const before = await counts();
		expect(
			await createProcess(database.db, coordinator.actor, '17', {
				...body(),
				title: ' ',
				level: 'kommunal',
				status: 'klar',
				participants: [arvika, 'x'],
				coverage: { digital: { state: 'worked_through', how: '' }, bridging: { state: 'halvvägs' } }
			})
		).toEqual({
			kind: 'invalid',
			message: 'Processen kunde inte sparas.',
			fields: {
				title: ['Skriv en rubrik.'],
				level: ['Välj nivå: länsövergripande, delregional eller lokal.'],
				status: ['Välj status: planerad, pågår, pausad eller avslutad.'],
				participants: ['Välj deltagande organisationer ur listan.'],
				'coverage.bridging.state': [
					'Välj hur långt processen har kommit med överbrygga gränser och samordna resurser: ej bedömt, inte beaktat än, beaktat eller genomarbetat.'
				],
				'coverage.digital.how': [
					'Beskriv hur processen har arbetat igenom digitala lösningar och välfärdsteknik.'
				]
			}
		});
		expect(await counts()).toEqual(before);
	});

	test('references must be the county’s: body, organisations, initiatives (not archived), goal areas; titles are unique', async () => {
		const before = await counts();
		const [dalarnaGroup] = await database.db
			.select({ id: t.groups.id })
			.from(t.groups)
			.where(eq(t.groups.countyCode, '20'));
		expect(
			await createProcess(database.db, coordinator.actor, '17', {
				...body(),
				title: 'FALLPREVENTION',
				ownerGroupId: dalarnaGroup!.id,
				goalAreas: ['aldre', 'rymdfart'],
				participants: [arvika, falun],
				initiatives: [initiative.public, initiative.archived, initiative.dalarna]
			})
		).toEqual({
			kind: 'invalid',
			message: 'Processen kunde inte sparas.',
			fields: {
				title: ['Det finns redan en process med den rubriken i länet (den kan vara arkiverad).'],
				goalAreas: [
					'Välj målområden ur listan (rymdfart finns inte i länets färdplan eller bland de gemensamma).'
				],
				ownerGroupId: ['Välj ett organ i länet, eller inget.'],
				participants: [`Välj deltagande organisationer i länet (id ${falun} finns inte här).`],
				initiatives: [
					`Välj insatser i länet (id ${initiative.archived}, ${initiative.dalarna} finns inte här eller är arkiverade).`
				]
			}
		});
		expect(await counts()).toEqual(before);
	});
});

describe('visibility', () => {
	test('an internal process is shown only to people with a role in the county', async () => {
		const p = await created(coordinator.actor, {
			...body(),
			title: 'Intern process',
			visibility: 'internal'
		});
		const seen = async (who: Actor) =>
			(await overview(who)).processes.some((x) => x.id === p.id) &&
			(await getProcess(database.db, who, '17', p.id)).kind === 'ok';
		expect(await seen(anonymous)).toBe(false);
		expect(await seen(dalarnaCoordinator.actor)).toBe(false);
		expect(await seen(reader.actor)).toBe(true);
		expect(await seen(editor.actor)).toBe(true);
		// nor is it a gap for anonymous visitors
		expect((await overview()).matrix.gaps.some((g) => g.processId === p.id)).toBe(false);
	});

	test('an internal initiative or owner body of a public process is named only to the county’s people', async () => {
		const [internalGroup] = await database.db
			.insert(t.groups)
			.values({
				countyCode: '17',
				name: 'Intern styrgrupp',
				level: 'county',
				composition: '',
				mandate: '',
				position: 99,
				visibility: 'internal'
			})
			.returning({ id: t.groups.id });
		const p = await created(coordinator.actor, {
			...body(),
			title: 'Öppen process med interna kopplingar',
			ownerGroupId: internalGroup!.id,
			initiatives: [initiative.public, initiative.internal]
		});
		const as = async (who: Actor) => {
			const o = await getProcess(database.db, who, '17', p.id);
			if (o.kind !== 'ok') throw new Error(o.kind);
			return o.value;
		};
		expect((await as(anonymous)).owner).toBeNull();
		expect((await as(anonymous)).initiatives.map((i) => i.title)).toEqual([
			'Balansträning i hemmet'
		]);
		expect((await as(reader.actor)).owner?.name).toBe('Intern styrgrupp');
		expect((await as(reader.actor)).initiatives.map((i) => i.title)).toEqual([
			'Balansträning i hemmet',
			'Intern pilot med sensorer'
		]);
	});
});
