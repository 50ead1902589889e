import { eq } from 'drizzle-orm';
import { describe, expect, inject, test } from 'vitest';
import { databaseForFile, targetFor } from '../../../../tests/kit/db.ts';
import { auditOf, expectOneCreate, rowCount } from '../../../../tests/kit/audit.ts';
import { castOfFive, outsiders, type TestUser } from '../../../../tests/kit/cast.ts';
import { anonymous } from '../../core/actor.ts';
import { connect } from '../../platform/db/client.ts';
import { timelineEvents } from './tables.ts';
import {
	archiveTimelineEvent,
	createTimelineEvent,
	updateTimelineEvent
} from './service.server.ts';
import * as timelineReads from './read.server.ts';

const database = databaseForFile();
const { coordinator, otherCoordinator, reader, editor, dalarnaCoordinator } = castOfFive(database);

const event = {
	title: 'Länsgemensam plan för primärvård antagen',
	body: 'Direktörsberedningen antog planen.',
	year: '2025',
	month: '3',
	day: '',
	periodLabel: 'Mars 2025',
	visibility: 'public'
};

const auditEntries = (entityId: number) => auditOf(database.db, 'timeline_event', entityId);

/** A coordinator adds `event` with `fields` changed: the new event's id. */
async function addEvent(fields: Partial<typeof event>): Promise<number> {
	const created = await createTimelineEvent(database.db, coordinator.actor, '17', {
		...event,
		...fields
	});
	if (created.kind !== 'ok') throw new Error(created.kind);
	return created.value.id;
}

/** `who` saves `event` with `fields` changed over revision 1 of event `id`. */
const update = (who: TestUser, id: number, fields: Partial<typeof event>, db = database.db) =>
	updateTimelineEvent(db, who.actor, '17', id, { ...event, ...fields, revision: '1' });

/** The stored row of event `id`. */
async function stored(id: number) {
	const [row] = await database.db.select().from(timelineEvents).where(eq(timelineEvents.id, id));
	return row;
}

describe('writing the timeline', () => {
	test('a coordinator adds an event: one audit entry with who and what', async () => {
		const created = await createTimelineEvent(database.db, coordinator.actor, '17', event);
		if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
		expect(created.value).toMatchObject({
			title: event.title,
			year: 2025,
			month: 3,
			day: null,
			revision: 1,
			source: null,
			visibility: 'public'
		});
		expectOneCreate(await auditEntries(created.value.id), coordinator, {
			title: event.title,
			year: 2025,
			month: 3,
			periodLabel: 'Mars 2025'
		});
		const timeline = await timelineReads.timeline(database.db, anonymous, '17', {});
		if (timeline.kind !== 'ok') throw new Error(timeline.kind);
		expect(timeline.value.events.map((e) => e.title)).toContain(event.title);
	});

	test.each(outsiders({ reader, editor, dalarnaCoordinator }))(
		'%s may not add events, and nothing is written',
		async (_, who) => {
			const before = await rowCount(database.db, timelineEvents);
			const auditBefore = await rowCount(database.db);
			expect(await createTimelineEvent(database.db, who(), '17', event)).toMatchObject({
				kind: 'forbidden'
			});
			expect(await rowCount(database.db, timelineEvents)).toEqual(before);
			expect(await rowCount(database.db)).toEqual(auditBefore);
		}
	);

	test('bad input is refused with a Swedish message per field', async () => {
		const result = await createTimelineEvent(database.db, coordinator.actor, '17', {
			...event,
			title: '  ',
			year: 'förra året',
			month: '13',
			visibility: 'hemlig'
		});
		expect(result).toEqual({
			kind: 'invalid',
			message: 'Händelsen kunde inte sparas.',
			fields: {
				title: ['Skriv en rubrik.'],
				year: ['Året ska vara ett årtal, t.ex. 2024.'],
				month: ['Månaden ska vara ett tal 1–12.'],
				visibility: ['Välj om uppgiften är offentlig eller intern.']
			}
		});
		expect(
			await createTimelineEvent(database.db, coordinator.actor, '17', {
				...event,
				month: '2',
				day: '30'
			})
		).toMatchObject({ kind: 'invalid', fields: { day: ['Datumet finns inte i kalendern.'] } });
	});

	test('an update records before and after; a save on an old revision is a conflict that loses nothing', async () => {
		const id = await addEvent({ title: 'Första' });

		const first = await update(coordinator, id, { title: 'Ändrad av den första' });
		expect(first).toMatchObject({
			kind: 'ok',
			value: { revision: 2, title: 'Ändrad av den första' }
		});

		const second = await update(otherCoordinator, id, { title: 'Ändrad av den andra' });
		expect(second).toMatchObject({
			kind: 'conflict',
			current: {
				current: { title: 'Ändrad av den första', revision: 2 },
				changedBy: `${coordinator.actor.name} <${coordinator.actor.email}>`
			}
		});
		expect(await stored(id)).toMatchObject({ title: 'Ändrad av den första', revision: 2 });

		const entries = await auditEntries(id);
		expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
		expect(entries[1]).toMatchObject({
			actorUserId: coordinator.actor.userId,
			before: { title: 'Första' },
			after: { title: 'Ändrad av den första' }
		});
	});

	test('two sessions saving the same revision at once: exactly one wins, the other gets a conflict', async () => {
		const id = await addEvent({ title: 'Samtidigt' });
		// a second, independent connection pool: another app instance on the same database
		const other = await connect(targetFor(inject('dbServer'), database.name), {
			role: 'test-other',
			max: 2
		});
		try {
			const results = await Promise.all([
				update(coordinator, id, { title: 'A' }),
				update(otherCoordinator, id, { title: 'B' }, other.db)
			]);
			const kinds = results.map((r) => r.kind).sort();
			expect(kinds).toEqual(['conflict', 'ok']);
			const winner = results.find((r) => r.kind === 'ok') as { value: { title: string } };
			expect(await stored(id)).toMatchObject({ title: winner.value.title, revision: 2 });
			expect((await auditEntries(id)).map((e) => e.action)).toEqual(['create', 'update']);
		} finally {
			await other.close();
		}
	});

	test('archiving hides the event but keeps it and its history; national events are not editable', async () => {
		const id = await addEvent({ title: 'Arkiveras' });
		expect(
			await archiveTimelineEvent(database.db, coordinator.actor, '17', id, { revision: '1' })
		).toEqual({
			kind: 'ok',
			value: { id }
		});
		const timeline = await timelineReads.timeline(database.db, coordinator.actor, '17', {});
		if (timeline.kind !== 'ok') throw new Error(timeline.kind);
		expect(timeline.value.events.some((e) => e.id === id)).toBe(false);
		expect((await stored(id))?.archivedAt).not.toBeNull();
		expect((await auditEntries(id)).map((e) => e.action)).toEqual(['create', 'archive']);

		const [national] = await database.db
			.select({ id: timelineEvents.id })
			.from(timelineEvents)
			.where(eq(timelineEvents.level, 'national'))
			.limit(1);
		expect(await update(coordinator, national!.id, {})).toMatchObject({ kind: 'not_found' });
	});

	test('internal events are shown only to people with a role in the county', async () => {
		await addEvent({ title: 'Internt möte om budget', visibility: 'internal' });
		const seen = async (who: Parameters<typeof timelineReads.timeline>[1]) => {
			const t = await timelineReads.timeline(database.db, who, '17', {});
			if (t.kind !== 'ok') throw new Error(t.kind);
			return t.value.events.some((e) => e.title === 'Internt möte om budget');
		};
		expect(await seen(anonymous)).toBe(false);
		expect(await seen(dalarnaCoordinator.actor)).toBe(false);
		expect(await seen(reader.actor)).toBe(true);
		expect(await seen(editor.actor)).toBe(true);
	});
});

test('a second event with the same title in the same year is a field error, not a crash', async () => {
	const first = await createTimelineEvent(database.db, coordinator.actor, '17', {
		...event,
		title: 'Dubblett'
	});
	expect(first.kind).toBe('ok');
	expect(
		await createTimelineEvent(database.db, coordinator.actor, '17', {
			...event,
			title: 'Dubblett'
		})
	).toEqual({
		kind: 'invalid',
		message: 'Händelsen kunde inte sparas.',
		fields: {
			title: ['Det finns redan en händelse med den rubriken det året (den kan vara arkiverad).']
		}
	});
	const other = await addEvent({ title: 'Annan' });
	expect(await update(coordinator, other, { title: 'Dubblett' })).toMatchObject({
		kind: 'invalid',
		fields: { title: [expect.stringContaining('Det finns redan')] }
	});
});
