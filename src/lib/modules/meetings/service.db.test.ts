import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { auditOf, auditSince, lastAuditId, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { anonymous } from '../../core/actor.ts';
import { groups } from '../groups/tables.ts';
import { processes } from '../processes/tables.ts';
import { decisions } from '../decisions/tables.ts';
import { actions } from '../actions/tables.ts';
import * as decisionsReads from '../decisions/read.server.ts';
import { ownActions } from '../actions/read.server.ts';
import { agendaItems, meetings } from './tables.ts';
import { addAgendaItem, createMeeting, updateMeeting } from './service.server.ts';
import { meetingList, minutes } from './read.server.ts';

const database = databaseForFile();
const cast = castForFile(database, 'coordinator', 'reader', 'editor', 'dalarnaCoordinator');
let body: number;
let region: number;
let karlstad: number;
let process: number;

beforeAll(async () => {
	const [g] = await database.db
		.select({ id: groups.id })
		.from(groups)
		.where(eq(groups.countyCode, '17'))
		.orderBy(groups.position)
		.limit(1);
	body = g!.id;
	const [p] = await database.db
		.select({ id: processes.id })
		.from(processes)
		.where(eq(processes.countyCode, '17'))
		.limit(1);
	process = p!.id;
	region = await organisationId(database.db, 'Region Värmland');
	karlstad = await organisationId(database.db, 'Karlstads kommun');
});

const meeting = (extra: Record<string, unknown> = {}) => ({
	groupId: String(body),
	title: 'Direktörsberedningen, maj',
	heldOn: '2024-05-14',
	endsOn: '',
	place: 'Karlstad',
	notes: '',
	participants: `${region},${karlstad}`,
	visibility: 'public',
	...extra
});

async function newMeeting() {
	const made = await createMeeting(database.db, cast.coordinator.actor, '17', meeting());
	if (made.kind !== 'ok') throw new Error(JSON.stringify(made));
	return made.value;
}

describe('recording a meeting', () => {
	test('a coordinator records a meeting with three items: information, decision and action', async () => {
		const m = await newMeeting();
		expect(m).toMatchObject({
			revision: 1,
			participants: `${Math.min(region, karlstad)},${Math.max(region, karlstad)}`
		});
		const add = (revision: number, item: Record<string, unknown>) =>
			addAgendaItem(database.db, cast.coordinator.actor, '17', m.id, { revision, ...item });

		const info = await add(1, {
			title: 'Läget i processen',
			notes: 'Processledaren berättade.',
			about: `process:${process}`,
			outcome: 'information'
		});
		expect(info).toMatchObject({ kind: 'ok', value: { revision: 2 } });

		const decided = await add(2, {
			title: 'Gemensam handlingsplan för fallprevention',
			notes: 'Beredningen ställde sig bakom planen.',
			outcome: 'decision',
			decisionOrganisationId: String(region)
		});
		expect(decided).toMatchObject({ kind: 'ok', value: { revision: 3 } });

		const acted = await add(3, {
			title: 'Ta fram en tidplan',
			outcome: 'action',
			ownerOrganisationId: String(karlstad),
			ownerUserId: String(cast.reader.actor.userId),
			dueOn: '2024-06-01'
		});
		expect(acted).toMatchObject({ kind: 'ok', value: { revision: 4 } });

		const shown = await minutes(database.db, anonymous, '17', m.id);
		if (shown.kind !== 'ok') throw new Error(shown.kind);
		expect(shown.value.items.map((i) => [i.title, i.outcome])).toEqual([
			['Läget i processen', 'information'],
			['Gemensam handlingsplan för fallprevention', 'decision'],
			['Ta fram en tidplan', 'action']
		]);
		expect(shown.value.items[0]!.about).toMatchObject({ link: 'process', id: process });
		expect(shown.value.participants.map((p) => p.name).sort()).toEqual([
			'Karlstads kommun',
			'Region Värmland'
		]);

		// the decision is on the decisions page, of the body, dated the meeting's day
		const listed = await decisionsReads.decisions(database.db, anonymous, '17');
		if (listed.kind !== 'ok') throw new Error(listed.kind);
		expect(
			listed.value.decisions.find((d) => d.id === shown.value.items[1]!.decision!.id)
		).toMatchObject({
			title: 'Gemensam handlingsplan för fallprevention',
			decidedOn: '2024-05-14',
			group: { id: body },
			organisation: { name: 'Region Värmland' }
		});
		// the action is the owner's
		const own = await ownActions(database.db, cast.reader.actor, new Date('2024-06-05T10:00:00Z'));
		expect(own.map((a) => [a.title, a.due, a.origin, a.originId])).toEqual([
			['Ta fram en tidplan', 'overdue', 'meeting', m.id]
		]);
		// audited: the meeting four times (create + three items), the decision and the action once each
		expect((await auditOf(database.db, 'meeting', m.id)).map((e) => e.action)).toEqual([
			'create',
			'update',
			'update',
			'update'
		]);
		expect(await auditOf(database.db, 'decision', shown.value.items[1]!.decision!.id)).toHaveLength(
			1
		);
		expect(await auditOf(database.db, 'action', shown.value.items[2]!.action!.id)).toHaveLength(1);
	});

	test('bad input writes nothing and says what is wrong in Swedish', async () => {
		const m = await newMeeting();
		const before = [
			await rowCount(database.db, agendaItems),
			await rowCount(database.db, decisions),
			await rowCount(database.db, actions),
			await rowCount(database.db)
		];
		expect(
			await addAgendaItem(database.db, cast.coordinator.actor, '17', m.id, {
				revision: 1,
				title: '',
				outcome: 'action',
				ownerOrganisationId: '',
				ownerUserId: '',
				dueOn: '31/5'
			})
		).toEqual({
			kind: 'invalid',
			message: 'Punkten kunde inte sparas.',
			fields: {
				title: ['Skriv punktens rubrik.'],
				ownerOrganisationId: ['Välj organisationen som äger åtgärden.'],
				ownerUserId: ['Välj personen som ansvarar för åtgärden.'],
				dueOn: ['Skriv sista dag som ÅÅÅÅ-MM-DD, t.ex. 2024-05-14.']
			}
		});
		// an owner outside the county, and a decision that cannot be made (the same day twice)
		expect(
			await addAgendaItem(database.db, cast.coordinator.actor, '17', m.id, {
				revision: 1,
				title: 'Åtgärd',
				outcome: 'action',
				ownerOrganisationId: String(region),
				ownerUserId: String(cast.dalarnaCoordinator.actor.userId),
				dueOn: '2024-05-31'
			})
		).toMatchObject({
			kind: 'invalid',
			fields: { ownerUserId: ['Välj en person som har en roll i länet.'] }
		});
		expect(
			await createMeeting(
				database.db,
				cast.coordinator.actor,
				'17',
				meeting({ heldOn: '2024-02-30', endsOn: '2024-01-01', groupId: '' })
			)
		).toMatchObject({
			kind: 'invalid',
			fields: {
				groupId: ['Välj organet som möttes.'],
				heldOn: [expect.stringContaining('finns inte i kalendern')]
			}
		});
		expect([
			await rowCount(database.db, agendaItems),
			await rowCount(database.db, decisions),
			await rowCount(database.db, actions),
			await rowCount(database.db)
		]).toEqual(before);
	});

	test('a decision the decisions module refuses rolls the whole item back', async () => {
		const m = await newMeeting();
		const item = (revision: number) => ({
			revision,
			title: 'Beslut',
			outcome: 'decision',
			decisionOrganisationId: String(karlstad)
		});
		// first decision of Karlstad that day goes through …
		const first = await addAgendaItem(database.db, cast.coordinator.actor, '17', m.id, item(1));
		expect(first.kind).toBe('ok');
		const since = await lastAuditId(database.db);
		const items = await rowCount(database.db, agendaItems);
		// … a second the same day is refused by the decisions module, and nothing is written
		const second = await addAgendaItem(database.db, cast.coordinator.actor, '17', m.id, item(2));
		expect(second).toMatchObject({
			kind: 'invalid',
			fields: { decisionOrganisationId: [expect.stringContaining('redan ett beslut')] }
		});
		expect(await auditSince(database.db, since)).toEqual([]);
		expect(await rowCount(database.db, agendaItems)).toBe(items);
		const [row] = await database.db.select().from(meetings).where(eq(meetings.id, m.id));
		expect(row!.revision).toBe(2);
	});

	test('a stale revision is a conflict, and nothing is written', async () => {
		const m = await newMeeting();
		expect(
			(
				await updateMeeting(database.db, cast.coordinator.actor, '17', m.id, {
					...meeting({ title: 'Ny rubrik' }),
					revision: '1'
				})
			).kind
		).toBe('ok');
		const items = await rowCount(database.db, agendaItems);
		const stale = await addAgendaItem(database.db, cast.coordinator.actor, '17', m.id, {
			revision: 1,
			title: 'Sen punkt',
			outcome: 'information'
		});
		expect(stale).toMatchObject({ kind: 'conflict' });
		expect(await rowCount(database.db, agendaItems)).toBe(items);
	});

	test.each([
		['anonymous', () => anonymous],
		['a reader', () => cast.reader.actor],
		['an editor', () => cast.editor.actor],
		['a coordinator of another county', () => cast.dalarnaCoordinator.actor]
	])('%s may not record a meeting', async (_, who) => {
		expect((await createMeeting(database.db, who(), '17', meeting())).kind).toBe('forbidden');
	});

	test('internal minutes are not shown to the public', async () => {
		const made = await createMeeting(
			database.db,
			cast.coordinator.actor,
			'17',
			meeting({ visibility: 'internal', title: 'Internt möte' })
		);
		if (made.kind !== 'ok') throw new Error(made.kind);
		const seen = async (who: typeof anonymous) => {
			const list = await meetingList(database.db, who, '17');
			if (list.kind !== 'ok') throw new Error(list.kind);
			return list.value.meetings.some((x) => x.id === made.value.id);
		};
		expect(await seen(anonymous)).toBe(false);
		expect(await seen(cast.reader.actor)).toBe(true);
		expect((await minutes(database.db, anonymous, '17', made.value.id)).kind).toBe('not_found');
	});
});
