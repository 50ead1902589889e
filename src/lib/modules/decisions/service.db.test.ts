import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { auditOf, rowCount } from '../../../../tests/kit/audit.ts';
import { castOfFive, label, organisationId } from '../../../../tests/kit/cast.ts';
import { anonymous, type Actor } from '../../core/actor.ts';
import { decisions } from './tables.ts';
import {
	archiveDecision,
	createDecision,
	decisionChoices,
	getDecision,
	updateDecision
} from './service.server.ts';
import * as groupsReads from '../groups/read.server.ts';
import * as decisionsReads from './read.server.ts';

const database = databaseForFile();
const {
	coordinator,
	otherCoordinator,
	reader,
	editor: arvikaEditor,
	dalarnaCoordinator
} = castOfFive(database);
let arvika: number;
let karlstad: number;
let region: number;

beforeAll(async () => {
	arvika = await organisationId(database.db, 'Arvika kommun');
	karlstad = await organisationId(database.db, 'Karlstads kommun');
	region = await organisationId(database.db, 'Region Värmland');
});

const decision = (organisation: number, title = 'Handlingsplan för nära vård') => ({
	organisationId: String(organisation),
	groupId: '',
	subject: 'other',
	title,
	decidedOn: '2024-05-14',
	datePrecision: 'day',
	description: 'Kommunstyrelsen antog handlingsplanen.',
	visibility: 'public'
});

/** A coordinator registers the decision `body`. */
const add = (body: Record<string, unknown>) =>
	createDecision(database.db, coordinator.actor, '17', body);

const auditEntries = (entityId: number) => auditOf(database.db, 'decision', entityId);

const counts = async () => [await rowCount(database.db, decisions), await rowCount(database.db)];

async function listed(who: Actor = anonymous) {
	const d = await decisionsReads.decisions(database.db, who, '17');
	if (d.kind !== 'ok') throw new Error(d.kind);
	return d.value.decisions;
}

describe('writing decisions', () => {
	test('a coordinator registers a decision for any organisation: one audit entry', async () => {
		const created = await add({
			...decision(region),
			decidedOn: '2024-06-20',
			datePrecision: 'month'
		});
		if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
		expect(created.value).toMatchObject({
			organisationId: region,
			groupId: null,
			subject: 'other',
			// only the month is known: stored as the first
			decidedOn: '2024-06-01',
			datePrecision: 'month',
			revision: 1,
			source: null
		});
		expect((await listed()).find((d) => d.id === created.value.id)).toMatchObject({
			organisation: { name: 'Region Värmland' },
			title: 'Handlingsplan för nära vård'
		});
		const entries = await auditEntries(created.value.id);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'create',
			actorLabel: label(coordinator),
			before: null,
			after: {
				organisationId: region,
				decidedOn: '2024-06-01',
				title: 'Handlingsplan för nära vård'
			}
		});
	});

	test('bad input is refused with a Swedish message per field', async () => {
		const before = await counts();
		expect(
			await add({
				...decision(region),
				organisationId: '',
				subject: 'budget',
				title: '',
				decidedOn: '2023-02-30',
				datePrecision: 'år'
			})
		).toEqual({
			kind: 'invalid',
			message: 'Beslutet kunde inte sparas.',
			fields: {
				organisationId: ['Välj organisationen som fattade beslutet.'],
				subject: ['Välj vad beslutet gäller.'],
				title: ['Skriv en rubrik.'],
				decidedOn: ['Datumet finns inte i kalendern.'],
				datePrecision: ['Välj om dagen eller bara månaden är känd.']
			}
		});
		expect(await add({ ...decision(region), decidedOn: '14 maj 2024' })).toMatchObject({
			kind: 'invalid',
			fields: { decidedOn: ['Skriv beslutsdatumet som ÅÅÅÅ-MM-DD, t.ex. 2022-03-28.'] }
		});
		// references must be the county's own; the same decision twice is refused
		const dalarnaOrg = await organisationId(database.db, 'Faluns kommun');
		expect(await add({ ...decision(dalarnaOrg), groupId: '999999' })).toEqual({
			kind: 'invalid',
			message: 'Beslutet kunde inte sparas.',
			fields: {
				organisationId: ['Välj en organisation i länet.'],
				groupId: ['Välj ett organ i länet, eller inget.']
			}
		});
		const [adoption] = (await listed()).filter(
			(d) => d.subject === 'vision_adoption' && d.organisation.id === arvika
		);
		expect(
			await add({ ...decision(arvika), subject: 'vision_adoption', decidedOn: adoption!.decidedOn })
		).toMatchObject({
			kind: 'invalid',
			fields: {
				decidedOn: [
					'Organisationen har redan ett beslut om samma sak det datumet (det kan vara arkiverat).'
				]
			}
		});
		expect(await counts()).toEqual(before);
	});

	test('an editor registers and edits decisions of their own organisation, and no other', async () => {
		const before = await counts();
		expect(await createDecision(database.db, arvikaEditor.actor, '17', decision(karlstad))).toEqual(
			{
				kind: 'forbidden',
				message: 'Du får bara registrera och ändra beslut för din egen organisation.'
			}
		);
		expect(await counts()).toEqual(before);

		const own = await createDecision(database.db, arvikaEditor.actor, '17', decision(arvika));
		if (own.kind !== 'ok') throw new Error(JSON.stringify(own));
		const id = own.value.id;
		const edited = await updateDecision(database.db, arvikaEditor.actor, '17', id, {
			...decision(arvika, 'Handlingsplan för nära vård i Arvika'),
			revision: '1'
		});
		expect(edited).toMatchObject({
			kind: 'ok',
			value: { revision: 2, title: 'Handlingsplan för nära vård i Arvika' }
		});

		// moving it to another organisation is refused, and writes nothing
		const moved = await updateDecision(database.db, arvikaEditor.actor, '17', id, {
			...decision(karlstad),
			revision: '2'
		});
		expect(moved).toMatchObject({ kind: 'forbidden' });
		const [row] = await database.db.select().from(decisions).where(eq(decisions.id, id));
		expect(row).toMatchObject({ organisationId: arvika, revision: 2 });

		// another organisation's decision: not to be read for editing, changed or archived
		const karlstads = await add(decision(karlstad));
		if (karlstads.kind !== 'ok') throw new Error(karlstads.kind);
		const beforeOther = await counts();
		expect(
			await getDecision(database.db, arvikaEditor.actor, '17', karlstads.value.id)
		).toMatchObject({ kind: 'forbidden' });
		expect(
			await updateDecision(database.db, arvikaEditor.actor, '17', karlstads.value.id, {
				...decision(karlstad, 'Kapad'),
				revision: '1'
			})
		).toMatchObject({ kind: 'forbidden' });
		expect(
			await archiveDecision(database.db, arvikaEditor.actor, '17', karlstads.value.id, {
				revision: '1'
			})
		).toMatchObject({ kind: 'forbidden' });
		expect(await counts()).toEqual(beforeOther);

		expect((await auditEntries(id)).map((e) => [e.action, e.actorUserId])).toEqual([
			['create', arvikaEditor.actor.userId],
			['update', arvikaEditor.actor.userId]
		]);
		// the form offers the editor only their own organisation
		expect(await decisionChoices(database.db, arvikaEditor.actor, '17')).toMatchObject({
			kind: 'ok',
			value: { organisations: [{ id: arvika, name: 'Arvika kommun' }] }
		});
	});

	test('an update records before and after; a save on an old revision is a conflict that loses nothing', async () => {
		const created = await add({ ...decision(region, 'Första'), decidedOn: '2025-01-10' });
		if (created.kind !== 'ok') throw new Error(created.kind);
		const id = created.value.id;
		const bodies = await groupsReads.organisations(database.db, anonymous, '17');
		if (bodies.kind !== 'ok') throw new Error(bodies.kind);
		const group = bodies.value.groups[0];
		const first = await updateDecision(database.db, coordinator.actor, '17', id, {
			...decision(region, 'Ändrad av den första'),
			decidedOn: '2025-01-10',
			groupId: String(group!.id),
			revision: '1'
		});
		expect(first).toMatchObject({ kind: 'ok', value: { revision: 2, groupId: group!.id } });
		const second = await updateDecision(database.db, otherCoordinator.actor, '17', id, {
			...decision(region, 'Ändrad av den andra'),
			decidedOn: '2025-01-10',
			revision: '1'
		});
		expect(second).toMatchObject({
			kind: 'conflict',
			current: {
				current: { title: 'Ändrad av den första', revision: 2 },
				changedBy: label(coordinator)
			}
		});
		const entries = await auditEntries(id);
		expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
		expect(entries[1]).toMatchObject({
			before: { title: 'Första', groupId: null },
			after: { title: 'Ändrad av den första', groupId: group!.id }
		});
	});

	test.each([
		['anonymous', () => anonymous],
		['a reader', () => reader.actor],
		['a coordinator of another county', () => dalarnaCoordinator.actor]
	])('%s may not write decisions, and nothing is written', async (_, who) => {
		const before = await counts();
		const [d] = await listed();
		expect(await createDecision(database.db, who(), '17', decision(region))).toMatchObject({
			kind: 'forbidden'
		});
		expect(
			await updateDecision(database.db, who(), '17', d!.id, { ...decision(region), revision: '1' })
		).toMatchObject({ kind: 'forbidden' });
		expect(await archiveDecision(database.db, who(), '17', d!.id, { revision: '1' })).toMatchObject(
			{ kind: 'forbidden' }
		);
		expect(await counts()).toEqual(before);
	});

	test('archiving hides the decision but keeps it and its history', async () => {
		const created = await add({ ...decision(region, 'Arkiveras'), decidedOn: '2025-02-01' });
		if (created.kind !== 'ok') throw new Error(created.kind);
		const id = created.value.id;
		expect(
			await archiveDecision(database.db, coordinator.actor, '17', id, { revision: '1' })
		).toEqual({ kind: 'ok', value: { id } });
		expect((await listed(coordinator.actor)).some((d) => d.id === id)).toBe(false);
		const [row] = await database.db.select().from(decisions).where(eq(decisions.id, id));
		expect(row?.archivedAt).not.toBeNull();
		expect((await auditEntries(id)).map((e) => e.action)).toEqual(['create', 'archive']);
		expect(await getDecision(database.db, coordinator.actor, '17', id)).toMatchObject({
			kind: 'not_found'
		});
	});

	test('an internal decision is shown only to people with a role in the county', async () => {
		await add({
			...decision(region, 'Internt beslut om budget'),
			decidedOn: '2025-03-03',
			visibility: 'internal'
		});
		const seen = async (who: Actor) =>
			(await listed(who)).some((d) => d.title === 'Internt beslut om budget');
		expect(await seen(anonymous)).toBe(false);
		expect(await seen(dalarnaCoordinator.actor)).toBe(false);
		expect(await seen(reader.actor)).toBe(true);
		expect(await seen(arvikaEditor.actor)).toBe(true);
	});
});
