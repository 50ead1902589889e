import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { auditOf, expectOneCreate, rowCount } from '../../../../../tests/kit/audit.ts';
import { castForFile, outsiders, type TestUser } from '../../../../../tests/kit/cast.ts';
import { anonymous } from '../../../core/actor.ts';
import { indicators, targets } from '../tables.ts';
import {
	archiveTarget,
	listTargets,
	setTarget,
	targetsOf,
	type TargetConflict
} from './service.ts';

const database = databaseForFile();
const { coordinator, admin, reader, editor, dalarnaCoordinator } = castForFile(
	database,
	'coordinator',
	'admin',
	'reader',
	'editor',
	'dalarnaCoordinator'
);
let falls80: number;
let homeCare: number;

beforeAll(async () => {
	const rows = await database.db
		.select({ id: indicators.id, koladaId: indicators.koladaId })
		.from(indicators)
		.where(sql`${indicators.koladaId} in ('N20402', 'N20897')`);
	falls80 = rows.find((r) => r.koladaId === 'N20402')!.id;
	homeCare = rows.find((r) => r.koladaId === 'N20897')!.id;
});

const audits = (id: number) => auditOf(database.db, 'target', id);

const count = async () => await rowCount(database.db, targets);

/** `who` (a coordinator unless named) sets the 2026 target for falls among people 80+ in Karlstad. */
const setKarlstad = (fields: { value: number; revision?: number }, who: TestUser = coordinator) =>
	setTarget(database.db, who.actor, '17', {
		indicatorId: falls80,
		areaId: '1780',
		period: 2026,
		...fields
	});

/** A coordinator sets a 2030 target for Kil (1715) on the indicator named `indicatorId`. */
const setKil2030 = (indicatorId: string) =>
	setTarget(database.db, coordinator.actor, '17', {
		indicatorId,
		areaId: '1715',
		period: 2030,
		value: 5000
	});

describe('targets', () => {
	let id: number;

	test('a coordinator sets a target for Karlstad: written and audited with who and what', async () => {
		const r = await setTarget(database.db, coordinator.actor, '17', {
			indicatorId: String(falls80),
			areaId: '1780',
			period: '2026',
			gender: 'T',
			value: '6 000,5',
			note: 'Enligt handlingsplanen för fallprevention'
		});
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		id = r.value.id;
		expect(r.value).toEqual({
			id,
			indicatorId: falls80,
			countyCode: '17',
			areaId: '1780',
			period: 2026,
			gender: 'T',
			value: 6000.5,
			note: 'Enligt handlingsplanen för fallprevention',
			visibility: 'public',
			revision: 1
		});
		expectOneCreate(await audits(id), coordinator, {
			indicatorId: falls80,
			areaId: '1780',
			period: 2026,
			value: 6000.5
		});
		const listed = await listTargets(database.db, anonymous, '17', falls80);
		expect(listed).toMatchObject({ kind: 'ok', value: [{ id, value: 6000.5 }] });
	});

	test.each(outsiders({ reader, editor, dalarnaCoordinator }))(
		'%s may not set targets, and nothing is written or audited',
		async (_, who) => {
			const before = await count();
			const auditBefore = (await audits(id)).length;
			const r = await setTarget(database.db, who(), '17', {
				indicatorId: String(falls80),
				areaId: '1715',
				period: '2026',
				value: '5000'
			});
			expect(r).toEqual({ kind: 'forbidden', message: 'Du har inte behörighet att göra det här.' });
			expect(await count()).toBe(before);
			expect((await audits(id)).length).toBe(auditBefore);
		}
	);

	test('an administrator changes it from the revision they saw: before and after in the log', async () => {
		const r = await setKarlstad({ value: 5900, revision: 1 }, admin);
		expect(r).toMatchObject({ kind: 'ok', value: { id, value: 5900, revision: 2, note: '' } });
		const entries = await audits(id);
		expect(entries[1]).toMatchObject({
			action: 'update',
			actorUserId: admin.actor.userId,
			before: { value: 6000.5, note: 'Enligt handlingsplanen för fallprevention' },
			after: { value: 5900, note: '' }
		});
	});

	test('a save from an old revision is a conflict that shows the current target', async () => {
		const r = await setKarlstad({ value: 1, revision: 1 });
		expect(r.kind).toBe('conflict');
		const current = (r as { current: TargetConflict }).current;
		expect(current.current).toMatchObject({ value: 5900, revision: 2 });
		expect(current.changedBy).toBe(`${admin.actor.name} <${admin.actor.email}>`);
		const [row] = await database.db.select().from(targets).where(eq(targets.id, id));
		expect(row!.value).toBe(5900);
	});

	test('a new target where one exists is a conflict too (never a silent overwrite)', async () => {
		const r = await setKarlstad({ value: 2 });
		expect(r).toMatchObject({ kind: 'conflict', current: { current: { value: 5900 } } });
	});

	test.each([
		[
			'an area of another county',
			{ areaId: '2080' },
			{ areaId: ['Området 2080 hör inte till Värmlands län.'] }
		],
		[
			'a value that is not a number',
			{ value: 'många' },
			{ value: ['Målvärdet ska vara ett tal, t.ex. 12,5.'] }
		],
		['a year out of range', { period: '1890' }, { period: ['Året ska vara ett årtal 1990–2100.'] }],
		[
			'an area that is not a Kolada id',
			{ areaId: 'Karlstad' },
			{
				areaId: [
					'Ange området som Kolada-id med fyra siffror, t.ex. 1780 (Karlstad) eller 0017 (Region Värmland).'
				]
			}
		]
	])('%s is refused with a Swedish message', async (_, change, fields) => {
		const r = await setTarget(database.db, coordinator.actor, '17', {
			indicatorId: falls80,
			areaId: '1715',
			period: 2026,
			value: 1,
			...change
		});
		expect(r).toEqual({ kind: 'invalid', message: 'Målet kunde inte sparas.', fields });
	});

	test('women and men only for an indicator split by gender', async () => {
		expect(
			await setTarget(database.db, coordinator.actor, '17', {
				indicatorId: homeCare,
				areaId: '0017',
				period: 2026,
				gender: 'K',
				value: 10
			})
		).toEqual({
			kind: 'invalid',
			message: 'Målet kunde inte sparas.',
			fields: { gender: ['Nyckeltalet delas inte upp på kön: välj T (totalt).'] }
		});
		expect(
			await setTarget(database.db, coordinator.actor, '17', {
				indicatorId: falls80,
				areaId: '0017',
				period: 2026,
				gender: 'K',
				value: 6100,
				visibility: 'internal'
			})
		).toMatchObject({ kind: 'ok', value: { gender: 'K', areaId: '0017', visibility: 'internal' } });
		expect((await listTargets(database.db, anonymous, '17', falls80)).kind).toBe('ok');
		const publicOnly = await listTargets(database.db, anonymous, '17', falls80);
		const internal = await listTargets(database.db, reader.actor, '17', falls80);
		expect(publicOnly.kind === 'ok' && publicOnly.value.map((t) => t.areaId)).toEqual(['1780']);
		expect(internal.kind === 'ok' && internal.value.map((t) => t.areaId)).toEqual(['0017', '1780']);
	});

	test('archiving: from the current revision, audited; the target leaves the list', async () => {
		expect(
			await archiveTarget(database.db, coordinator.actor, '17', id, { revision: 1 })
		).toMatchObject({ kind: 'conflict' });
		expect(await archiveTarget(database.db, reader.actor, '17', id, { revision: 2 })).toMatchObject(
			{
				kind: 'forbidden'
			}
		);
		expect(await archiveTarget(database.db, coordinator.actor, '17', id, { revision: 2 })).toEqual({
			kind: 'ok',
			value: { id }
		});
		expect((await audits(id)).at(-1)).toMatchObject({ action: 'archive', after: null });
		const listed = await listTargets(database.db, anonymous, '17', falls80);
		expect(listed).toEqual({ kind: 'ok', value: [] });
		// setting it again brings it back, as a new target in the log
		const again = await setKarlstad({ value: 5800 });
		expect(again).toMatchObject({ kind: 'ok', value: { id, value: 5800, revision: 4 } });
	});

	test('the API names the indicator by its Kolada id too; an unknown one is refused on the field', async () => {
		const r = await setKil2030('N20402');
		expect(r).toMatchObject({ kind: 'ok', value: { indicatorId: falls80, areaId: '1715' } });
		expect(await setKil2030('N99999')).toEqual({
			kind: 'invalid',
			message: 'Målet kunde inte sparas.',
			fields: { indicatorId: ['Nyckeltalet N99999 finns inte.'] }
		});
	});

	test('targetsOf: all of the county’s, or one indicator’s by either id; an unknown one is not found', async () => {
		const all = await targetsOf(database.db, anonymous, '17');
		const byKolada = await targetsOf(database.db, anonymous, '17', 'N20402');
		const byId = await targetsOf(database.db, anonymous, '17', String(falls80));
		expect(byKolada).toEqual(byId);
		expect(byKolada.kind === 'ok' && byKolada.value.map((t) => [t.areaId, t.period])).toEqual([
			['1715', 2030],
			['1780', 2026]
		]);
		expect(all.kind === 'ok' && all.value.length).toBeGreaterThanOrEqual(2);
		expect(await targetsOf(database.db, anonymous, '17', 'X1')).toEqual({
			kind: 'not_found',
			message: 'Nyckeltalet X1 finns inte.'
		});
		expect(await targetsOf(database.db, anonymous, '20', 'N20402')).toEqual({
			kind: 'ok',
			value: []
		});
	});
});
