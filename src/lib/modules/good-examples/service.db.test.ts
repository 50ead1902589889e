import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { auditSince, lastAuditId, oneAuditEntry, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile, testUser, type TestUser } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { initiatives } from '../initiatives/tables.ts';
import { countyExamples, exampleOfInitiative, getExample, listExamples } from './read.server.ts';
import { nominate, reuse, review } from './service.server.ts';
import { goodExampleReuses, goodExamples } from './tables.ts';

/**
 * Good examples across counties: a coordinator in Kronoberg nominates, an
 * administrator there confirms, a coordinator in Dalarna finds the example
 * and copies it into Dalarna's inventory; both show the link.
 */

const database = databaseForFile();
const cast = castForFile(database, 'dalarnaCoordinator', 'coordinator');
const people = {} as Record<'kCoordinator' | 'kAdmin', TestUser>;
let initiativeId = 0;
const ORIGIN = 'https://nara.example.se';

beforeAll(async () => {
	people.kCoordinator = await testUser(database.db, 'coordinator', '07');
	people.kAdmin = await testUser(database.db, 'admin', '07');
	const [row] = await database.db
		.select({ id: initiatives.id })
		.from(initiatives)
		.where(and(eq(initiatives.countyCode, '07'), eq(initiatives.goodExample, true)));
	initiativeId = row!.id;
});

const nomination = () => ({
	initiativeId: String(initiativeId),
	criteria: 'focus_shifts,results,transfer',
	justification:
		'Samma praxismodell i alla verksamheter som möter barn, beslutad i 17 politiska organ.'
});

describe('good examples across counties', () => {
	let exampleId = 0;

	test('bad input writes nothing and says what is wrong in Swedish', async () => {
		const before = await rowCount(database.db, goodExamples);
		const r = await nominate(database.db, people.kCoordinator.actor, '07', {
			initiativeId: String(initiativeId),
			criteria: '',
			justification: 'kort'
		});
		expect(r).toMatchObject({
			kind: 'invalid',
			fields: {
				criteria: ['Kryssa för minst ett av kriterierna som insatsen uppfyller.'],
				justification: [
					'Skriv en motivering på minst 20 tecken: varför är insatsen ett gott exempel?'
				]
			}
		});
		expect(await rowCount(database.db, goodExamples)).toBe(before);
	});

	test('only a coordinator of the county nominates, and only its own initiatives', async () => {
		expect(
			(await nominate(database.db, cast.dalarnaCoordinator.actor, '07', nomination())).kind
		).toBe('forbidden');
		const other = await nominate(database.db, cast.dalarnaCoordinator.actor, '20', nomination());
		expect(other).toMatchObject({
			kind: 'invalid',
			fields: { initiativeId: ['Välj en insats i länets inventering.'] }
		});
	});

	test('a coordinator in Kronoberg nominates; audited; not yet on the national page', async () => {
		const since = await lastAuditId(database.db);
		const r = await nominate(database.db, people.kCoordinator.actor, '07', nomination());
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		exampleId = r.value.id;
		expect(r.value).toMatchObject({ status: 'nominated', countyCode: '07', reusedIn: [] });
		const entry = await oneAuditEntry(database.db, since, people.kCoordinator.actor);
		expect(entry).toMatchObject({ action: 'create', entityType: 'good_example', countyCode: '07' });
		const list = await listExamples(database.db, {});
		expect(list.kind === 'ok' && list.value.examples.map((e) => e.id)).not.toContain(exampleId);
		expect((await getExample(database.db, anonymous, exampleId)).kind).toBe('not_found');
		const again = await nominate(database.db, people.kCoordinator.actor, '07', nomination());
		expect(again).toMatchObject({
			fields: { initiativeId: ['Insatsen är redan nominerad som gott exempel.'] }
		});
	});

	test('a coordinator is no reviewer; an administrator confirms beprövat; a stale review is a conflict', async () => {
		const secondAdmin = await testUser(database.db, 'admin', '07');
		expect(
			(
				await review(database.db, people.kCoordinator.actor, '07', exampleId, {
					decision: 'proven',
					revision: '1'
				})
			).kind
		).toBe('forbidden');
		const since = await lastAuditId(database.db);
		const r = await review(database.db, people.kAdmin.actor, '07', exampleId, {
			decision: 'proven',
			note: 'Resultaten är mätta i länets uppföljning.',
			revision: '1'
		});
		expect(r).toMatchObject({ kind: 'ok', value: { status: 'proven', revision: 2 } });
		const entry = await oneAuditEntry(database.db, since, people.kAdmin.actor);
		expect(entry).toMatchObject({
			action: 'update',
			before: { status: 'nominated' },
			after: { status: 'proven' }
		});
		// a second reviewer on the old revision gets a conflict, nothing is written
		const stale = await review(database.db, secondAdmin.actor, '07', exampleId, {
			decision: 'promising',
			revision: '1'
		});
		expect(stale.kind).toBe('conflict');
		expect(await auditSince(database.db, entry.id)).toHaveLength(0);
	});

	test('a coordinator in Dalarna finds it by search and facets on the national page', async () => {
		const found = await listExamples(database.db, {
			q: 'barnens bästa',
			lan: '07',
			status: 'proven'
		});
		if (found.kind !== 'ok') throw new Error('no list');
		expect(found.value.examples.map((e) => e.id)).toEqual([exampleId]);
		const none = await listExamples(database.db, { lan: '17' });
		expect(none.kind === 'ok' && none.value.examples).toEqual([]);
	});

	test('"Använd i vårt län" copies it into Dalarna, citing its origin; the origin shows the reuse', async () => {
		expect(
			(await reuse(database.db, cast.coordinator.actor, exampleId, { countyCode: '20' }, ORIGIN))
				.kind
		).toBe('forbidden');
		const same = await reuse(
			database.db,
			people.kCoordinator.actor,
			exampleId,
			{ countyCode: '07' },
			ORIGIN
		);
		expect(same).toMatchObject({
			fields: { countyCode: ['Exemplet kommer redan från det länet. Välj ett annat län.'] }
		});
		const since = await lastAuditId(database.db);
		const r = await reuse(
			database.db,
			cast.dalarnaCoordinator.actor,
			exampleId,
			{ countyCode: '20' },
			ORIGIN
		);
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		expect(r.value).toMatchObject({ countyCode: '20', countySlug: 'dalarna' });
		const [copy] = await database.db
			.select()
			.from(initiatives)
			.where(eq(initiatives.id, r.value.initiativeId));
		expect(copy).toMatchObject({ countyCode: '20', phase: 'idea', goodExample: false });
		expect(copy!.description).toContain('Efter förebild av ett gott exempel från Kronobergs län');
		expect(copy!.links).toEqual([
			{
				url: `${ORIGIN}/kunskapsbank/goda-exempel/${exampleId}`,
				title: expect.stringContaining('(Kronobergs län)')
			}
		]);
		const entries = await auditSince(database.db, since);
		expect(entries.map((e) => [e.action, e.entityType, e.countyCode])).toEqual([
			['create', 'initiative', '20'],
			['reuse', 'good_example', '20']
		]);
		const origin = await getExample(database.db, anonymous, exampleId);
		expect(origin.kind === 'ok' && origin.value.reusedIn).toEqual([
			expect.objectContaining({ initiativeId: r.value.initiativeId, countyCode: '20' })
		]);
		expect(await rowCount(database.db, goodExampleReuses)).toBe(1);
	});

	test('the county page: its people see the nominations, others the confirmed ones only', async () => {
		const mine = await countyExamples(database.db, people.kCoordinator.actor, '07');
		const theirs = await countyExamples(database.db, anonymous, '07');
		expect(mine.kind === 'ok' && mine.value.length).toBe(1);
		expect(theirs.kind === 'ok' && theirs.value.length).toBe(1);
	});

	test("the origin initiative's page finds its example; a copy made internal is no longer listed", async () => {
		const found = await exampleOfInitiative(database.db, anonymous, initiativeId);
		expect(found).toMatchObject({ id: exampleId, status: 'proven', countyCode: '07' });
		expect(found!.reusedIn).toHaveLength(1);
		const [reused] = await database.db.select().from(goodExampleReuses);
		await database.db
			.update(initiatives)
			.set({ visibility: 'internal' })
			.where(eq(initiatives.id, reused!.initiativeId));
		expect((await exampleOfInitiative(database.db, anonymous, initiativeId))!.reusedIn).toEqual([]);
		// an initiative that is no example has none
		expect(await exampleOfInitiative(database.db, anonymous, reused!.initiativeId)).toBeNull();
	});
});
