import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { auditOf, expectOneCreate, rowCount } from '../../../../tests/kit/audit.ts';
import { castOfFive, label, outsiders } from '../../../../tests/kit/cast.ts';
import { anonymous, type Actor } from '../../core/actor.ts';
import { groups } from './tables.ts';
import { archiveGroup, createGroup, getGroup, updateGroup } from './service.server.ts';
import * as groupsReads from './read.server.ts';

const database = databaseForFile();
const { coordinator, otherCoordinator, reader, editor, dalarnaCoordinator } = castOfFive(database);

const body = {
	name: 'Länsgrupp för barn och unga',
	level: 'county',
	composition: 'Företrädare för regionen och de 16 kommunerna.',
	mandate: 'Samordnar arbetet för barn och unga.',
	visibility: 'public'
};

const auditEntries = (entityId: number) => auditOf(database.db, 'group', entityId);

const counts = async () => [await rowCount(database.db, groups), await rowCount(database.db)];

async function listed(who: Actor = anonymous) {
	const o = await groupsReads.organisations(database.db, who, '17');
	if (o.kind !== 'ok') throw new Error(o.kind);
	return o.value.groups;
}

describe('writing the bodies', () => {
	test('a coordinator adds a body: it is listed last, with one audit entry', async () => {
		const created = await createGroup(database.db, coordinator.actor, '17', body);
		if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
		expect(created.value).toMatchObject({ ...body, revision: 1, source: null });
		expect((await listed()).at(-1)).toMatchObject({ id: created.value.id, name: body.name });
		expectOneCreate(await auditEntries(created.value.id), coordinator, body);
	});

	test('bad input and a name already in use are refused with Swedish messages', async () => {
		const before = await counts();
		expect(
			await createGroup(database.db, coordinator.actor, '17', {
				...body,
				name: '',
				level: 'kommunal',
				mandate: 'x'.repeat(10001)
			})
		).toEqual({
			kind: 'invalid',
			message: 'Organet kunde inte sparas.',
			fields: {
				name: ['Skriv ett namn.'],
				level: ['Välj organets nivå.'],
				mandate: ['Uppdraget får ha högst 10000 tecken.']
			}
		});
		const [seeded] = await listed();
		expect(
			await createGroup(database.db, coordinator.actor, '17', {
				...body,
				name: seeded!.name.toUpperCase()
			})
		).toEqual({
			kind: 'invalid',
			message: 'Organet kunde inte sparas.',
			fields: {
				name: ['Det finns redan ett organ med det namnet i länet (det kan vara arkiverat).']
			}
		});
		expect(await counts()).toEqual(before);
	});

	test('an update records before and after; a save on an old revision is a conflict that loses nothing', async () => {
		const [seeded] = await listed();
		const id = seeded!.id;
		const saveMandate = (who: Actor, mandate: string) =>
			updateGroup(database.db, who, '17', id, {
				...seeded,
				mandate,
				visibility: 'public',
				revision: '1'
			});
		const first = await saveMandate(coordinator.actor, 'Ett nytt uppdrag.');
		expect(first).toMatchObject({
			kind: 'ok',
			value: { revision: 2, mandate: 'Ett nytt uppdrag.', source: seeded!.source }
		});
		const second = await saveMandate(otherCoordinator.actor, 'Den andras uppdrag.');
		expect(second).toMatchObject({
			kind: 'conflict',
			message:
				'Någon annan har sparat en ändring av organet medan du redigerade. Ingenting har skrivits över.',
			current: {
				current: { mandate: 'Ett nytt uppdrag.', revision: 2 },
				changedBy: label(coordinator)
			}
		});
		const [row] = await database.db.select().from(groups).where(eq(groups.id, id));
		expect(row).toMatchObject({ mandate: 'Ett nytt uppdrag.', revision: 2 });
		const entries = await auditEntries(id);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'update',
			before: { name: seeded!.name, mandate: seeded!.mandate },
			after: { name: seeded!.name, mandate: 'Ett nytt uppdrag.' }
		});
	});

	test.each(outsiders({ reader, editor, dalarnaCoordinator }))(
		'%s may not write bodies, and nothing is written',
		async (_, who) => {
			const before = await counts();
			const [g] = await listed();
			expect(await createGroup(database.db, who(), '17', body)).toMatchObject({
				kind: 'forbidden'
			});
			expect(await getGroup(database.db, who(), '17', g!.id)).toMatchObject({ kind: 'forbidden' });
			expect(
				await updateGroup(database.db, who(), '17', g!.id, { ...body, revision: '1' })
			).toMatchObject({ kind: 'forbidden' });
			expect(await archiveGroup(database.db, who(), '17', g!.id, { revision: '1' })).toMatchObject({
				kind: 'forbidden'
			});
			expect(await counts()).toEqual(before);
		}
	);

	test('archiving hides the body but keeps it and its history', async () => {
		const created = await createGroup(database.db, coordinator.actor, '17', {
			...body,
			name: 'Arkiveras'
		});
		if (created.kind !== 'ok') throw new Error(created.kind);
		const id = created.value.id;
		expect(await archiveGroup(database.db, coordinator.actor, '17', id, { revision: '1' })).toEqual(
			{ kind: 'ok', value: { id } }
		);
		expect((await listed(coordinator.actor)).some((g) => g.id === id)).toBe(false);
		const [row] = await database.db.select().from(groups).where(eq(groups.id, id));
		expect(row?.archivedAt).not.toBeNull();
		expect((await auditEntries(id)).map((e) => e.action)).toEqual(['create', 'archive']);
		expect(await getGroup(database.db, coordinator.actor, '17', id)).toMatchObject({
			kind: 'not_found'
		});
		expect(await getGroup(database.db, dalarnaCoordinator.actor, '20', id)).toMatchObject({
			kind: 'not_found'
		});
	});

	test('an internal body is shown only to people with a role in the county', async () => {
		await createGroup(database.db, coordinator.actor, '17', {
			...body,
			name: 'Intern arbetsgrupp',
			visibility: 'internal'
		});
		const seen = async (who: Actor) =>
			(await listed(who)).some((g) => g.name === 'Intern arbetsgrupp');
		expect(await seen(anonymous)).toBe(false);
		expect(await seen(dalarnaCoordinator.actor)).toBe(false);
		expect(await seen(reader.actor)).toBe(true);
		expect(await seen(editor.actor)).toBe(true);
	});
});
