import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nestFormValues } from '../../core/form-data.ts';
import { freshDatabase } from '../../../../tests/kit/db.ts';
import { organisationId, testUser, type TestUser } from '../../../../tests/kit/cast.ts';
import { anonymous, type Actor } from '../../core/actor.ts';
import type { Database } from '../../platform/db/client.ts';
import * as t from '../../platform/db/schema.ts';
import {
	archiveProcess,
	createProcess,
	getProcess,
	goalAreaLabels,
	listProcesses,
	processChoices,
	processForEdit,
	updateProcess,
	type ProcessConflict
} from './service.server.ts';

let database: Database & { name: string };
let coordinator: TestUser;
let otherCoordinator: TestUser;
let admin: TestUser;
let reader: TestUser;
let editor: TestUser;
let dalarnaCoordinator: TestUser;
let arvika: number;
let karlstad: number;
let falun: number;
let networkId: number;
/** initiatives of Värmland: public, internal, archived; and one of Dalarna */
const initiative = { public: 0, internal: 0, archived: 0, dalarna: 0 };

async function addInitiative(
	countyCode: string,
	title: string,
	extra: Partial<typeof t.initiatives.$inferInsert> = {}
): Promise<number> {
	const [row] = await database.db
		.insert(t.initiatives)
		.values({ countyCode, title, level: 'local', phase: 'running', ...extra })
		.returning({ id: t.initiatives.id });
	return row!.id;
}

beforeAll(async () => {
	database = await freshDatabase();
	coordinator = await testUser(database.db, 'coordinator');
	otherCoordinator = await testUser(database.db, 'coordinator');
	admin = await testUser(database.db, 'admin');
	reader = await testUser(database.db, 'reader');
	editor = await testUser(database.db, 'editor');
	dalarnaCoordinator = await testUser(database.db, 'coordinator', '20');
	arvika = await organisationId(database.db, 'Arvika kommun');
	karlstad = await organisationId(database.db, 'Karlstads kommun');
	falun = await organisationId(database.db, 'Faluns kommun');
	const [network] = await database.db
		.select({ id: t.groups.id })
		.from(t.groups)
		.where(and(eq(t.groups.countyCode, '17'), sql`${t.groups.name} like 'Strategiska nätverk%'`));
	networkId = network!.id;
	initiative.public = await addInitiative('17', 'Balansträning i hemmet');
	initiative.internal = await addInitiative('17', 'Intern pilot med sensorer', {
		visibility: 'internal'
	});
	initiative.archived = await addInitiative('17', 'Avslutad och arkiverad', {
		archivedAt: new Date()
	});
	initiative.dalarna = await addInitiative('20', 'Dalarnas insats');
});
afterAll(() => database.close());

const label = (u: TestUser) => `${u.actor.name} <${u.actor.email}>`;

const body = () => ({
	title: 'Trygg hemgång i Fryksdalen',
	level: 'subregional',
	goal: 'Färre onödiga förflyttningar för äldre i Fryksdalen.',
	description: 'Kommunerna i Fryksdalen och regionen tillsammans.',
	ownerGroupId: networkId,
	status: 'planned',
	goalAreas: ['minskade-forflyttningar', 'aldre'],
	participants: [karlstad, arvika],
	initiatives: [initiative.public],
	coverage: {
		proactive: {
			state: 'worked_through',
			how: 'Hembesök efter utskrivning.',
			evidence: 'Plan 2024'
		},
		person_centred: { state: 'considered', how: 'Frågar vad som är viktigt.', evidence: '' },
		bridging: { state: 'not_considered', how: '', evidence: '' },
		digital: { state: 'not_considered', how: '', evidence: '' }
	},
	visibility: 'public'
});

async function auditEntries(entityId: number) {
	return database.db
		.select()
		.from(t.auditLog)
		.where(and(eq(t.auditLog.entityType, 'process'), eq(t.auditLog.entityId, String(entityId))))
		.orderBy(t.auditLog.id);
}

/** Rows in every table a process write touches, and the audit log. */
async function counts() {
	const [row] = await database.db.execute<Record<string, number>>(sql`select
		(select count(*)::int from processes) processes,
		(select count(*)::int from process_participants) participants,
		(select count(*)::int from process_initiatives) initiatives,
		(select count(*)::int from process_coverage) coverage,
		(select count(*)::int from audit_log) audit`);
	return row;
}

async function overview(who: Actor = anonymous, county = '17') {
	const o = await listProcesses(database.db, who, county);
	if (o.kind !== 'ok') throw new Error(o.kind);
	return o.value;
}

async function created(who: Actor = coordinator.actor, raw: Record<string, unknown> = body()) {
	const c = await createProcess(database.db, who, '17', raw);
	if (c.kind !== 'ok') throw new Error(JSON.stringify(c));
	return c.value;
}

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
		expect(matrix.gaps).toHaveLength(20 - 4);
		expect(
			matrix.gaps.filter((g) => g.processTitle === 'Minskade förflyttningar').map((g) => g.area)
		).toEqual(['proactive', 'person_centred', 'bridging', 'digital']);
		const fall = processes.find((p) => p.title === 'Fallprevention')!;
		expect(fall.owner?.name).toBe(
			'Strategiska nätverk för hälso- och sjukvårdsledning, socialchefer och skolchefer'
		);
		expect(fall.participants).toHaveLength(17);
		expect(fall.participants[0]!.name).toBe('Region Värmland');
		expect(fall.coverage.map((c) => c.state)).toEqual([
			'considered',
			'not_considered',
			'not_considered',
			'not_considered'
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
					'Välj hur långt processen har kommit med överbrygga gränser och samordna resurser: inte beaktat än, beaktat eller genomarbetat.'
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

	test('a coordinator marks an area considered: the gap leaves the list; before and after in one audit entry', async () => {
		const [levnadsvanor] = (await overview()).processes.filter((p) => p.title === 'Levnadsvanor');
		const edit = await processForEdit(database.db, coordinator.actor, '17', levnadsvanor!.id);
		if (edit.kind !== 'ok') throw new Error(edit.kind);
		const { fields } = edit.value;
		expect(fields['coverage.digital.state']).toBe('not_considered');
		expect(fields.participants).toHaveLength(17);
		const saved = await updateProcess(database.db, coordinator.actor, '17', levnadsvanor!.id, {
			...fields,
			'coverage.digital.state': 'considered',
			'coverage.digital.how': 'Digitalt stöd för rökavvänjning.',
			'coverage.digital.evidence': 'Protokoll 2024-05-02',
			revision: levnadsvanor!.revision
		} as unknown as Record<string, unknown>);
		// a change that leaves out the coverage would wipe it: refused (the page nests the form's names)
		expect(saved).toMatchObject({
			kind: 'invalid',
			fields: { coverage: ['Skicka med täckningen av alla fyra utvecklingsområdena.'] }
		});
		const nested = nestFormValues(
			Object.fromEntries(
				Object.entries({
					...fields,
					'coverage.digital.state': 'considered',
					'coverage.digital.how': 'Digitalt stöd för rökavvänjning.',
					'coverage.digital.evidence': 'Protokoll 2024-05-02',
					revision: levnadsvanor!.revision
				}).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v === null ? '' : String(v)])
			)
		);
		const ok = await updateProcess(database.db, coordinator.actor, '17', levnadsvanor!.id, nested);
		if (ok.kind !== 'ok') throw new Error(JSON.stringify(ok));
		expect(ok.value.revision).toBe(levnadsvanor!.revision + 1);
		expect(ok.value.coverage[3]).toEqual({
			area: 'digital',
			state: 'considered',
			how: 'Digitalt stöd för rökavvänjning.',
			evidence: 'Protokoll 2024-05-02'
		});
		// the seeded text of the other areas is kept
		expect(ok.value.coverage[0]!.how).toBe(levnadsvanor!.coverage[0]!.how);
		expect(ok.value.participants).toHaveLength(17);
		const { matrix } = await overview();
		expect(matrix.gaps.filter((g) => g.processId === levnadsvanor!.id).map((g) => g.area)).toEqual([
			'person_centred',
			'bridging'
		]);
		const entries = await auditEntries(levnadsvanor!.id);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'update',
			before: { 'coverage.digital.state': 'not_considered', 'coverage.digital.how': '' },
			after: {
				'coverage.digital.state': 'considered',
				'coverage.digital.how': 'Digitalt stöd för rökavvänjning.'
			}
		});
	});

	test('a save on an old revision is a conflict: nothing is written, and it says what is saved now and by whom', async () => {
		const p = await created(coordinator.actor, { ...body(), title: 'Konfliktprocess' });
		const first = await updateProcess(database.db, coordinator.actor, '17', p.id, {
			...body(),
			title: 'Konfliktprocess',
			status: 'ongoing',
			revision: 1
		});
		expect(first).toMatchObject({ kind: 'ok', value: { status: 'ongoing', revision: 2 } });
		const before = await counts();
		const second = await updateProcess(database.db, otherCoordinator.actor, '17', p.id, {
			...body(),
			title: 'Konfliktprocess',
			status: 'paused',
			participants: [arvika],
			coverage: { ...body().coverage, digital: { state: 'considered', how: 'Den andras text' } },
			revision: '1'
		});
		expect(second).toMatchObject({
			kind: 'conflict',
			message:
				'Någon annan har sparat en ändring av processen medan du redigerade. Ingenting har skrivits över.',
			current: {
				current: {
					id: p.id,
					revision: 2,
					status: 'ongoing',
					'coverage.digital.state': 'not_considered'
				},
				changedBy: label(coordinator)
			}
		});
		expect((second as { current: ProcessConflict }).current.current.participants).toHaveLength(2);
		expect(await counts()).toEqual(before);
		const now = await getProcess(database.db, anonymous, '17', p.id);
		expect(now).toMatchObject({ kind: 'ok', value: { status: 'ongoing', revision: 2 } });
	});

	test('an invalid change writes nothing: the process, its links and its coverage stay as they were', async () => {
		const p = await created(coordinator.actor, { ...body(), title: 'Oförändrad' });
		const before = await counts();
		const result = await updateProcess(database.db, coordinator.actor, '17', p.id, {
			...body(),
			title: 'Oförändrad men ny rubrik',
			participants: [arvika, falun],
			coverage: { ...body().coverage, digital: { state: 'worked_through', how: 'Klart' } },
			revision: 1
		});
		expect(result).toMatchObject({
			kind: 'invalid',
			fields: { participants: [expect.any(String)] }
		});
		expect(await counts()).toEqual(before);
		expect(await getProcess(database.db, anonymous, '17', p.id)).toEqual({ kind: 'ok', value: p });
	});

	test.each([
		['anonymous', () => anonymous],
		['a reader', () => reader.actor],
		['an editor', () => editor.actor],
		['a coordinator of another county', () => dalarnaCoordinator.actor]
	])('%s may not write processes, and nothing is written', async (_, who) => {
		const before = await counts();
		const [p] = (await overview()).processes;
		expect(await createProcess(database.db, who(), '17', body())).toMatchObject({
			kind: 'forbidden'
		});
		expect(await processForEdit(database.db, who(), '17', p!.id)).toMatchObject({
			kind: 'forbidden'
		});
		expect(await processChoices(database.db, who(), '17')).toMatchObject({ kind: 'forbidden' });
		expect(
			await updateProcess(database.db, who(), '17', p!.id, { ...body(), revision: p!.revision })
		).toMatchObject({ kind: 'forbidden' });
		expect(
			await archiveProcess(database.db, who(), '17', p!.id, { revision: p!.revision })
		).toMatchObject({ kind: 'forbidden' });
		expect(await counts()).toEqual(before);
	});

	test('a process of another county is not found from this one', async () => {
		const [p] = (await overview()).processes;
		expect(await getProcess(database.db, dalarnaCoordinator.actor, '20', p!.id)).toMatchObject({
			kind: 'not_found'
		});
		expect(
			await updateProcess(database.db, dalarnaCoordinator.actor, '20', p!.id, {
				...body(),
				participants: [],
				initiatives: [],
				ownerGroupId: null,
				goalAreas: [],
				revision: p!.revision
			})
		).toMatchObject({ kind: 'not_found' });
	});

	test('archiving hides the process but keeps it and its history; a stale archive is a conflict', async () => {
		const p = await created(coordinator.actor, { ...body(), title: 'Arkiveras' });
		expect(
			await archiveProcess(database.db, coordinator.actor, '17', p.id, { revision: 5 })
		).toMatchObject({
			kind: 'conflict',
			message: 'Någon annan har ändrat processen sedan du öppnade den. Den har inte arkiverats.'
		});
		expect(
			await archiveProcess(database.db, coordinator.actor, '17', p.id, { revision: 1 })
		).toEqual({ kind: 'ok', value: { id: p.id } });
		expect((await overview(coordinator.actor)).processes.some((x) => x.id === p.id)).toBe(false);
		expect(await getProcess(database.db, coordinator.actor, '17', p.id)).toMatchObject({
			kind: 'not_found'
		});
		expect(
			await updateProcess(database.db, coordinator.actor, '17', p.id, { ...body(), revision: 2 })
		).toMatchObject({ kind: 'not_found' });
		const entries = await auditEntries(p.id);
		expect(entries.map((e) => [e.action, e.after === null])).toEqual([
			['create', false],
			['archive', true]
		]);
		expect(entries[1]!.before).toMatchObject({ title: 'Arkiveras' });
		// its title stays taken
		expect(
			await createProcess(database.db, coordinator.actor, '17', { ...body(), title: 'arkiveras' })
		).toMatchObject({ kind: 'invalid', fields: { title: [expect.any(String)] } });
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
