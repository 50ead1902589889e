import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { auditOf, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { indicators, measurements } from '../followup/tables.ts';
import { groups } from '../groups/tables.ts';
import { stories } from '../stories/tables.ts';
import { reflection, reflectionList, reflectionsCiting } from './read.server.ts';
import { archiveReflection, createReflection, updateReflection } from './service.server.ts';
import { reflectionEvidence, reflections } from './tables.ts';

const database = databaseForFile();
const cast = castForFile(database, 'coordinator', 'reader', 'editor', 'dalarnaCoordinator');
let groupId: number;
let storyId: number;
let indicatorId: number;

beforeAll(async () => {
	const db = database.db;
	const [g] = await db.select().from(groups).where(eq(groups.countyCode, '17')).limit(1);
	groupId = g!.id;
	const [s] = await db
		.select()
		.from(stories)
		.where(and(eq(stories.countyCode, '17'), eq(stories.status, 'published')))
		.limit(1);
	storyId = s!.id;
	const [i] = await db
		.insert(indicators)
		.values({ countyCode: '17', title: 'Andel med samordnad plan', unit: 'procent', source: 'own' })
		.returning();
	indicatorId = i!.id;
	await db.insert(measurements).values([
		{ indicatorId, areaId: '0017', period: 2024, gender: 'T', value: 41.5, source: 'Länet' },
		{ indicatorId, areaId: '1784', period: 2024, gender: 'T', value: 38, source: 'Länet' }
	]);
});

const input = () => ({
	groupId: String(groupId),
	processId: '',
	title: 'Fler samordnade planer behövs',
	whatWeSee: 'Andelen med samordnad plan är låg i flera kommuner.',
	whatItMeans: 'Personer med stora behov får inte en sammanhållen vård.',
	whatWeDoNow: 'Vi lyfter planerna i varje delregional grupp före sommaren.',
	writtenOn: '2026-11-20',
	indicators: String(indicatorId),
	initiatives: '',
	stories: String(storyId),
	barriers: '',
	visibility: 'public'
});

describe('reflections', () => {
	test('a coordinator writes one; the indicator keeps its figures as they stood, after the data change', async () => {
		const db = database.db;
		const made = await createReflection(db, cast.coordinator.actor, '17', input());
		if (made.kind !== 'ok') throw new Error(JSON.stringify(made));
		const id = made.value.id;
		expect(made.value).toMatchObject({ revision: 1, stories: [String(storyId)] });
		const read = async () => {
			const r = await reflection(db, anonymous, '17', id);
			if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
			return r.value;
		};
		const first = (await read()).evidence.find((e) => e.kind === 'indicator')!;
		expect(first.snapshot).toMatchObject({
			indicator: { id: indicatorId, title: 'Andel med samordnad plan', unit: 'procent' },
			periods: [2024]
		});
		const region = first.snapshot!.areas.find((a) => a.areaId === '0017')!;
		expect(region.values).toEqual([41.5]);
		expect((await read()).evidence.find((e) => e.kind === 'story')).toMatchObject({
			id: storyId,
			name: expect.any(String)
		});
		expect(await auditOf(db, 'reflection', id)).toHaveLength(1);

		// the figures change, and a new year comes in
		await db
			.update(measurements)
			.set({ value: 55 })
			.where(and(eq(measurements.indicatorId, indicatorId), eq(measurements.areaId, '0017')));
		await db.insert(measurements).values({
			indicatorId,
			areaId: '0017',
			period: 2025,
			gender: 'T',
			value: 60,
			source: 'Länet'
		});
		expect((await read()).evidence.find((e) => e.kind === 'indicator')!.snapshot).toEqual(
			first.snapshot
		);

		// editing the texts keeps the snapshot taken when the indicator was linked
		const changed = await updateReflection(db, cast.coordinator.actor, '17', id, {
			...input(),
			whatWeDoNow: 'Vi följer upp planerna i december.',
			revision: '1'
		});
		expect(changed).toMatchObject({ kind: 'ok', value: { revision: 2 } });
		expect((await read()).evidence.find((e) => e.kind === 'indicator')!.snapshot).toEqual(
			first.snapshot
		);
		expect(await reflectionsCiting(db, anonymous, '17', 'story', storyId)).toEqual([
			{ id, title: 'Fler samordnade planer behövs', writtenOn: '2026-11-20' }
		]);

		// a save on the old revision is a conflict and writes nothing
		const stale = await updateReflection(db, cast.coordinator.actor, '17', id, {
			...input(),
			title: 'Skrivs över?',
			revision: '1'
		});
		expect(stale).toMatchObject({ kind: 'conflict' });
		expect((await read()).title).toBe('Fler samordnade planer behövs');
		expect(await auditOf(db, 'reflection', id)).toHaveLength(2);

		// archived: gone from the list, kept in the history
		expect(
			await archiveReflection(db, cast.coordinator.actor, '17', id, { revision: '2' })
		).toEqual({ kind: 'ok', value: { id } });
		const list = await reflectionList(db, cast.coordinator.actor, '17');
		expect(list.kind === 'ok' && list.value.reflections.some((r) => r.id === id)).toBe(false);
	});

	test('bad input gets a Swedish message per field and writes nothing', async () => {
		const db = database.db;
		const before = [await rowCount(db), await rowCount(db, reflections)];
		expect(
			await createReflection(db, cast.coordinator.actor, '17', {
				...input(),
				processId: '1',
				whatWeSee: ' '
			})
		).toMatchObject({
			kind: 'invalid',
			fields: {
				groupId: ['Välj vem som skrev reflektionen: ett organ eller en process, inte båda.'],
				whatWeSee: ['Skriv vad ni ser.']
			}
		});
		expect(
			await createReflection(db, cast.coordinator.actor, '17', {
				...input(),
				indicators: 'N00000000',
				stories: '2147483647'
			})
		).toEqual({
			kind: 'invalid',
			message: 'Reflektionen kunde inte sparas.',
			fields: {
				indicators: ['Nyckeltalet finns inte i Nära: N00000000.'],
				stories: ['Välj publicerade berättelser i länet.']
			}
		});
		// a body of another county is not this county's
		const [other] = await db.select().from(groups).where(eq(groups.countyCode, '20')).limit(1);
		expect(other, 'a body in Dalarna').toBeDefined();
		expect(
			await createReflection(db, cast.coordinator.actor, '17', {
				...input(),
				groupId: String(other!.id)
			})
		).toMatchObject({ kind: 'invalid', fields: { groupId: ['Välj ett organ i länet.'] } });
		expect([await rowCount(db), await rowCount(db, reflections)]).toEqual(before);
	});

	test('refused: readers, editors, another county and anonymous write nothing; internal ones stay internal', async () => {
		const db = database.db;
		const before = [
			await rowCount(db),
			await rowCount(db, reflections),
			await rowCount(db, reflectionEvidence)
		];
		for (const who of [cast.reader, cast.editor, cast.dalarnaCoordinator])
			expect(await createReflection(db, who.actor, '17', input())).toMatchObject({
				kind: 'forbidden'
			});
		expect(await createReflection(db, anonymous, '17', input())).toMatchObject({
			kind: 'forbidden'
		});
		expect([
			await rowCount(db),
			await rowCount(db, reflections),
			await rowCount(db, reflectionEvidence)
		]).toEqual(before);

		const made = await createReflection(db, cast.coordinator.actor, '17', {
			...input(),
			visibility: 'internal'
		});
		if (made.kind !== 'ok') throw new Error(JSON.stringify(made));
		expect(await reflection(db, anonymous, '17', made.value.id)).toMatchObject({
			kind: 'not_found'
		});
		expect(await reflection(db, cast.reader.actor, '17', made.value.id)).toMatchObject({
			kind: 'ok'
		});
		expect(
			await updateReflection(db, cast.reader.actor, '17', made.value.id, {
				...input(),
				revision: '1'
			})
		).toMatchObject({ kind: 'forbidden' });
	});
});
