import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { auditOf, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile, FIVE, label, outsiders } from '../../../../tests/kit/cast.ts';
import { anonymous, type Actor } from '../../core/actor.ts';
import { roadmapItems, roadmaps } from './tables.ts';
import {
	archiveRoadmapItem,
	createRoadmapItem,
	getRoadmap,
	updateRoadmap,
	updateRoadmapItem
} from './service.server.ts';
import * as roadmapReads from './read.server.ts';

const database = databaseForFile();
const { coordinator, otherCoordinator, admin, reader, editor, dalarnaCoordinator } = castForFile(
	database,
	...FIVE,
	'admin'
);

const auditEntries = (entityType: string, entityId: number) =>
	auditOf(database.db, entityType, entityId);

const counts = async () => [
	await rowCount(database.db, roadmapItems),
	await rowCount(database.db),
	(
		await database.db
			.select({ r: roadmaps.revision })
			.from(roadmaps)
			.where(eq(roadmaps.countyCode, '17'))
	)[0]!.r
];

async function read(who: Actor = anonymous) {
	const r = await roadmapReads.roadmap(database.db, who, '17');
	if (r.kind !== 'ok') throw new Error(r.kind);
	return r.value;
}

describe('writing the roadmap', () => {
	test('a coordinator changes the title and introduction: one audit entry; a stale save is a conflict', async () => {
		const current = await getRoadmap(database.db, coordinator.actor, '17');
		if (current.kind !== 'ok') throw new Error(current.kind);
		const { id, revision, title, intro } = current.value;
		expect(current.value.source).not.toBeNull();

		const saveTitle = (who: Actor, newTitle: string) =>
			updateRoadmap(database.db, who, '17', { title: newTitle, intro, revision: String(revision) });
		const saved = await saveTitle(coordinator.actor, 'Färdplan för nära vård i Värmland');
		expect(saved).toMatchObject({
			kind: 'ok',
			value: { id, revision: revision + 1, title: 'Färdplan för nära vård i Värmland' }
		});
		expect((await read()).title).toBe('Färdplan för nära vård i Värmland');

		const stale = await saveTitle(otherCoordinator.actor, 'Min rubrik');
		expect(stale).toMatchObject({
			kind: 'conflict',
			current: {
				current: { title: 'Färdplan för nära vård i Värmland', revision: revision + 1 },
				changedBy: label(coordinator)
			}
		});
		const entries = await auditEntries('roadmap', id);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'update',
			actorUserId: coordinator.actor.userId,
			countyCode: '17',
			before: { title, intro },
			after: { title: 'Färdplan för nära vård i Värmland', intro }
		});
		expect(
			await updateRoadmap(database.db, coordinator.actor, '17', {
				title: ' ',
				intro: '',
				revision: ''
			})
		).toEqual({
			kind: 'invalid',
			message: 'Färdplanen kunde inte sparas.',
			fields: {
				title: ['Skriv en rubrik.'],
				revision: ['Formuläret saknar versionsnummer. Ladda om sidan och försök igen.']
			}
		});
	});

	test('the public read (GET /roadmap) carries the revisions a PUT needs, of the roadmap and of each item', async () => {
		const before = await read();
		expect(before.revision).toBeGreaterThan(0);
		expect(before.items.length).toBeGreaterThan(0);
		for (const item of before.items) expect(item.revision).toBeGreaterThan(0);

		const saved = await updateRoadmap(database.db, coordinator.actor, '17', {
			title: before.title,
			intro: `${before.intro} `,
			revision: String(before.revision)
		});
		expect(saved.kind).toBe('ok');
		expect((await read()).revision).toBe(before.revision + 1);

		const item = before.items.find((i) => i.kind !== 'development_area');
		const itemSaved = await updateRoadmapItem(database.db, coordinator.actor, '17', item!.id, {
			title: item!.title,
			body: `${item!.body} `,
			visibility: item!.visibility,
			revision: String(item!.revision)
		});
		expect(itemSaved.kind).toBe('ok');
		const after = (await read()).items.find((i) => i.id === item!.id);
		expect(after?.revision).toBe(item!.revision + 1);
	});

	test('a new goal area gets a key from its title, unique in the roadmap, and goes last', async () => {
		const before = await read();
		const first = await createRoadmapItem(database.db, admin.actor, '17', {
			kind: 'goal_area',
			title: 'Hälsa & välmående för äldre',
			body: 'Att må bra hela livet.',
			visibility: 'public'
		});
		expect(first).toMatchObject({
			kind: 'ok',
			value: {
				kind: 'goal_area',
				key: 'halsa-valmaende-for-aldre',
				revision: 1,
				source: null,
				position: Math.max(...before.items.map((i) => i.position)) + 1
			}
		});
		const again = await createRoadmapItem(database.db, coordinator.actor, '17', {
			kind: 'milestone',
			title: 'Hälsa – välmående för äldre!',
			body: ''
		});
		expect(again).toMatchObject({ kind: 'ok', value: { key: 'halsa-valmaende-for-aldre-2' } });
		const after = await read();
		expect(after.items.at(-1)).toMatchObject({
			kind: 'milestone',
			title: 'Hälsa – välmående för äldre!'
		});
		if (first.kind !== 'ok') throw new Error(first.kind);
		const entries = await auditEntries('roadmap_item', first.value.id);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'create',
			actorLabel: label(admin),
			before: null,
			after: {
				kind: 'goal_area',
				key: 'halsa-valmaende-for-aldre',
				title: 'Hälsa & välmående för äldre',
				visibility: 'public'
			}
		});
		expect(
			await createRoadmapItem(database.db, coordinator.actor, '17', {
				kind: 'development_area',
				title: '',
				visibility: 'hemlig'
			})
		).toEqual({
			kind: 'invalid',
			message: 'Punkten kunde inte sparas.',
			fields: {
				kind: ['Välj om punkten är ett målområde eller en milstolpe.'],
				title: ['Skriv en rubrik.'],
				visibility: ['Välj om uppgiften är offentlig eller intern.']
			}
		});
	});

	test('an existing item is edited (key and kind stay); a stale save is a conflict that writes nothing', async () => {
		const [item] = (await read()).items.filter((i) => i.kind === 'development_area');
		const saved = await updateRoadmapItem(database.db, coordinator.actor, '17', item!.id, {
			title: `${item!.title} (reviderad)`,
			body: item!.body,
			visibility: 'public',
			revision: '1',
			kind: 'milestone',
			key: 'kapad'
		});
		expect(saved).toMatchObject({
			kind: 'ok',
			value: {
				kind: 'development_area',
				key: item!.key,
				revision: 2,
				title: `${item!.title} (reviderad)`,
				source: item!.source
			}
		});
		const stale = await updateRoadmapItem(database.db, otherCoordinator.actor, '17', item!.id, {
			title: 'Skrivs inte',
			body: '',
			revision: '1'
		});
		expect(stale).toMatchObject({
			kind: 'conflict',
			current: {
				current: { title: `${item!.title} (reviderad)`, revision: 2 },
				changedBy: label(coordinator)
			}
		});
		expect((await auditEntries('roadmap_item', item!.id)).map((e) => e.action)).toEqual(['update']);
	});

	test.each(outsiders({ reader, editor, dalarnaCoordinator }))(
		'%s may not change the roadmap, and nothing is written',
		async (_, who) => {
			const before = await counts();
			const [item] = (await read()).items;
			expect(
				await createRoadmapItem(database.db, who(), '17', { kind: 'goal_area', title: 'X' })
			).toMatchObject({ kind: 'forbidden' });
			expect(
				await updateRoadmap(database.db, who(), '17', { title: 'X', intro: '', revision: '1' })
			).toMatchObject({ kind: 'forbidden' });
			expect(
				await updateRoadmapItem(database.db, who(), '17', item!.id, { title: 'X', revision: '1' })
			).toMatchObject({ kind: 'forbidden' });
			expect(
				await archiveRoadmapItem(database.db, who(), '17', item!.id, { revision: '1' })
			).toMatchObject({ kind: 'forbidden' });
			expect(await counts()).toEqual(before);
		}
	);

	test('archiving takes the item off the roadmap but keeps it and its history', async () => {
		const created = await createRoadmapItem(database.db, coordinator.actor, '17', {
			kind: 'milestone',
			title: 'Arkiveras snart'
		});
		if (created.kind !== 'ok') throw new Error(created.kind);
		const id = created.value.id;
		expect(
			await archiveRoadmapItem(database.db, coordinator.actor, '17', id, { revision: '2' })
		).toMatchObject({ kind: 'conflict' });
		expect(
			await archiveRoadmapItem(database.db, coordinator.actor, '17', id, { revision: '1' })
		).toEqual({ kind: 'ok', value: { id } });
		expect((await read(coordinator.actor)).items.some((i) => i.id === id)).toBe(false);
		const [row] = await database.db.select().from(roadmapItems).where(eq(roadmapItems.id, id));
		expect(row?.archivedAt).not.toBeNull();
		expect((await auditEntries('roadmap_item', id)).map((e) => e.action)).toEqual([
			'create',
			'archive'
		]);
		// archived, and items of another county, cannot be edited here
		expect(
			await updateRoadmapItem(database.db, coordinator.actor, '17', id, {
				title: 'X',
				revision: '2'
			})
		).toMatchObject({ kind: 'not_found' });
		const dalarna = await roadmapReads.roadmap(database.db, anonymous, '20');
		if (dalarna.kind !== 'ok') throw new Error(dalarna.kind);
		expect(
			await updateRoadmapItem(database.db, coordinator.actor, '17', dalarna.value.items[0]!.id, {
				title: 'X',
				revision: '1'
			})
		).toMatchObject({ kind: 'not_found' });
	});

	test('an internal item is shown only to people with a role in the county', async () => {
		const created = await createRoadmapItem(database.db, coordinator.actor, '17', {
			kind: 'goal_area',
			title: 'Internt målområde',
			visibility: 'internal'
		});
		expect(created).toMatchObject({ kind: 'ok', value: { visibility: 'internal' } });
		const seen = async (who: Actor) =>
			(await read(who)).items.some((i) => i.title === 'Internt målområde');
		expect(await seen(anonymous)).toBe(false);
		expect(await seen(dalarnaCoordinator.actor)).toBe(false);
		expect(await seen(reader.actor)).toBe(true);
		expect(await seen(editor.actor)).toBe(true);
	});
});
