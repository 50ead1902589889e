import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { auditOf, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { anonymous } from '../../core/actor.ts';
import { createDecision } from '../decisions/index.server.ts';
import { barrierList, barrier } from './read.server.ts';
import { raiseBarrier, stepBarrier } from './service.server.ts';
import { barrierSteps, barriers } from './tables.ts';

const database = databaseForFile();
const cast = castForFile(database, 'coordinator', 'reader', 'dalarnaCoordinator');
let decisionId: number;

beforeAll(async () => {
	const made = await createDecision(database.db, cast.coordinator.actor, '17', {
		organisationId: String(await organisationId(database.db, 'Region Värmland')),
		subject: 'other',
		title: 'Gemensam tolkning av sekretessreglerna',
		decidedOn: '2024-09-10',
		datePrecision: 'day',
		visibility: 'public'
	});
	if (made.kind !== 'ok') throw new Error(JSON.stringify(made));
	decisionId = made.value.id;
});

const raised = {
	title: 'Sekretessen tolkas olika',
	description: 'Kommunen och regionen tolkar sekretessen olika vid samordnad planering.',
	metWhere: 'Workshop i Arvika',
	kind: 'laws_rules',
	processId: '',
	initiativeId: '',
	visibility: 'public'
};

describe('barriers and goal conflicts', () => {
	test('a member of staff raises one; the leadership takes it up and resolves it with a decision', async () => {
		const made = await raiseBarrier(
			database.db,
			cast.reader.actor,
			'17',
			raised,
			new Date('2024-09-01T08:00:00Z')
		);
		if (made.kind !== 'ok') throw new Error(JSON.stringify(made));
		const id = made.value.id;
		expect(made.value).toMatchObject({ status: 'new', raisedOn: '2024-09-01', revision: 1 });

		const step = (revision: number, extra: Record<string, unknown>) =>
			stepBarrier(database.db, cast.coordinator.actor, '17', id, {
				revision,
				note: '',
				decisionId: '',
				...extra
			});
		expect(await step(1, { status: 'taken_up', on: '2024-09-05' })).toMatchObject({
			kind: 'ok',
			value: { status: 'taken_up' }
		});
		expect(await step(2, { status: 'resolved', on: '2024-09-10' })).toEqual({
			kind: 'invalid',
			message: 'Steget kunde inte sparas.',
			fields: { decisionId: ['Välj beslutet som löste hindret.'] }
		});
		expect(
			await step(2, {
				status: 'resolved',
				on: '2024-09-10',
				decisionId: String(decisionId),
				note: 'Beslut i direktörsberedningen.'
			})
		).toMatchObject({ kind: 'ok', value: { status: 'resolved', decisionId } });

		// the public list: without the name of the person who raised it
		const pub = await barrierList(database.db, anonymous, '17');
		if (pub.kind !== 'ok') throw new Error(pub.kind);
		const shown = pub.value.barriers.find((b) => b.id === id)!;
		expect(shown).toMatchObject({
			status: 'resolved',
			decision: { id: decisionId, name: 'Gemensam tolkning av sekretessreglerna' }
		});
		expect(shown).not.toHaveProperty('raisedBy');
		expect(JSON.stringify(pub.value)).not.toContain(cast.reader.actor.name);
		expect(shown.steps.map((s) => [s.status, s.on])).toEqual([
			['new', '2024-09-01'],
			['taken_up', '2024-09-05'],
			['resolved', '2024-09-10']
		]);
		expect(pub.value.counts).toContainEqual({ kind: 'laws_rules', status: 'resolved', count: 1 });
		// internally the name is shown
		const internal = await barrier(database.db, cast.coordinator.actor, '17', id);
		expect(internal).toMatchObject({ kind: 'ok', value: { raisedBy: cast.reader.actor.name } });
		// every step audited
		const entries = await auditOf(database.db, 'barrier', id);
		expect(
			entries.map((e) => [e.action, (e.after as { status: string }).status, e.actorUserId])
		).toEqual([
			['create', 'new', cast.reader.actor.userId],
			['update', 'taken_up', cast.coordinator.actor.userId],
			['update', 'resolved', cast.coordinator.actor.userId]
		]);
	});

	test('a step that skips ahead, a stale revision or bad input writes nothing', async () => {
		const made = await raiseBarrier(database.db, cast.reader.actor, '17', {
			...raised,
			kind: 'digital_systems'
		});
		if (made.kind !== 'ok') throw new Error(made.kind);
		const id = made.value.id;
		const before = [await rowCount(database.db, barrierSteps), await rowCount(database.db)];
		const step = (extra: Record<string, unknown>) =>
			stepBarrier(database.db, cast.coordinator.actor, '17', id, {
				revision: 1,
				note: '',
				on: '2030-01-01',
				...extra
			});
		expect(await step({ status: 'resolved', decisionId: String(decisionId) })).toEqual({
			kind: 'invalid',
			message: 'Steget kunde inte sparas.',
			fields: { status: ['Hindret kan inte gå till det steget härifrån.'] }
		});
		expect(await step({ status: 'taken_up', revision: 7 })).toMatchObject({ kind: 'conflict' });
		expect(await step({ status: 'klar', on: 'i morgon' })).toMatchObject({
			kind: 'invalid',
			fields: {
				status: ['Välj nästa steg i listan.'],
				on: ['Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-05-14.']
			}
		});
		expect(await step({ status: 'taken_up', on: '2000-01-01' })).toMatchObject({
			kind: 'invalid',
			fields: { on: ['Datumet ligger före den dag då hindret lyftes.'] }
		});
		expect([await rowCount(database.db, barrierSteps), await rowCount(database.db)]).toEqual(
			before
		);
		expect(
			await raiseBarrier(database.db, cast.reader.actor, '17', {
				...raised,
				title: '',
				kind: 'väder',
				processId: '999999'
			})
		).toMatchObject({
			kind: 'invalid',
			fields: { title: ['Skriv en kort rubrik.'], kind: ['Välj vilket slags hinder det är.'] }
		});
		expect(
			await raiseBarrier(database.db, cast.reader.actor, '17', { ...raised, processId: '999999' })
		).toMatchObject({
			kind: 'invalid',
			fields: { processId: ['Välj en process i länet, eller ingen.'] }
		});
	});

	test('who may: anyone with a role raises, only the leadership steps', async () => {
		const n = await rowCount(database.db, barriers);
		expect((await raiseBarrier(database.db, anonymous, '17', raised)).kind).toBe('forbidden');
		expect(
			(await raiseBarrier(database.db, cast.dalarnaCoordinator.actor, '17', raised)).kind
		).toBe('forbidden');
		expect(await rowCount(database.db, barriers)).toBe(n);
		const made = await raiseBarrier(database.db, cast.reader.actor, '17', raised);
		if (made.kind !== 'ok') throw new Error(made.kind);
		expect(
			(
				await stepBarrier(database.db, cast.reader.actor, '17', made.value.id, {
					revision: 1,
					status: 'taken_up',
					on: '2030-01-01'
				})
			).kind
		).toBe('forbidden');
	});

	test('an internal barrier is not in the public list', async () => {
		const made = await raiseBarrier(database.db, cast.reader.actor, '17', {
			...raised,
			title: 'Internt hinder',
			visibility: 'internal'
		});
		if (made.kind !== 'ok') throw new Error(made.kind);
		const pub = await barrierList(database.db, anonymous, '17');
		expect(pub.kind === 'ok' && pub.value.barriers.some((b) => b.id === made.value.id)).toBe(false);
	});
});
