import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditOf, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { formStamp } from '../privacy/index.server.ts';
import { purgeExpired } from '../privacy/purge.server.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import {
	askableSubjects,
	assignParticipant,
	coordination,
	ownRequests,
	offerToTakePart,
	requestParticipants
} from './service.server.ts';
import * as t from './tables.ts';

/**
 * "Levande bibliotek" against the database: a person offers to take part,
 * a coordinator asks for participants for a process, matches the person and
 * records that the assignment is paid; bad input writes nothing; nothing
 * about the person is in the audit log; retention deletes an old offer.
 */

const database = databaseForFile();
const { coordinator, reader, editor } = castForFile(database, 'coordinator', 'reader', 'editor');
const now = new Date();
const day = 24 * 60 * 60 * 1000;
let offerId = 0;

async function offer(fields: Record<string, string> = {}, at = now) {
	return offerToTakePart(
		database.db,
		anonymous,
		'17',
		{
			name: 'Karin Testsson',
			contact: 'karin@example.invalid',
			experience: 'Närstående till en person med demens i tio år.',
			careKind: 'elderly_care',
			consent: 'on',
			formstart: await formStamp(database.db, at.getTime() - 60_000),
			webbplats: '',
			...fields
		},
		`10.7.0.${Math.floor(Math.random() * 250)}`,
		at
	);
}

describe('Levande bibliotek', () => {
	test('bad input and no consent: Swedish messages, nothing written', async () => {
		const before = await rowCount(database.db, t.livedExperienceOffers);
		const bad = await offer({ name: '', consent: '' });
		expect(bad).toMatchObject({
			kind: 'invalid',
			fields: {
				name: ['Skriv ditt namn.'],
				consent: ['Kryssa i samtycket. Utan det kan vi inte spara dina uppgifter.']
			}
		});
		expect(await rowCount(database.db, t.livedExperienceOffers)).toBe(before);
	});

	test('a person offers, a coordinator asks for participants and records a paid assignment', async () => {
		const sent = await offer();
		if (sent.kind !== 'ok') throw new Error(JSON.stringify(sent));
		offerId = sent.value.id;
		expect(
			JSON.stringify(await auditOf(database.db, 'lived_experience_offer', offerId))
		).not.toMatch(/Karin|karin@|demens/);
		const [process] = await database.db
			.select({ id: processes.id })
			.from(processes)
			.where(eq(processes.countyCode, '17'))
			.limit(1);
		const values = {
			subject: `process:${process!.id}`,
			task: 'Delta i två workshoppar om fallprevention.',
			careKind: 'elderly_care',
			wanted: '2'
		};
		expect(await requestParticipants(database.db, reader.actor, '17', values)).toMatchObject({
			kind: 'forbidden'
		});
		expect(
			await requestParticipants(database.db, editor.actor, '17', { ...values, wanted: '0' })
		).toMatchObject({ fields: { wanted: ['Skriv hur många deltagare som behövs (1–50).'] } });
		const asked = await requestParticipants(database.db, coordinator.actor, '17', values);
		if (asked.kind !== 'ok') throw new Error(JSON.stringify(asked));
		expect(
			await assignParticipant(database.db, editor.actor, '17', {
				requestId: String(asked.value.id),
				offerId: String(offerId)
			})
		).toMatchObject({ kind: 'forbidden' });
		const assigned = await assignParticipant(database.db, coordinator.actor, '17', {
			requestId: String(asked.value.id),
			offerId: String(offerId),
			paid: 'on',
			terms: 'Arvode enligt regionens riktlinje'
		});
		expect(assigned.kind).toBe('ok');
		const again = await assignParticipant(database.db, coordinator.actor, '17', {
			requestId: String(asked.value.id),
			offerId: String(offerId)
		});
		expect(again).toMatchObject({ fields: { offerId: ['Personen har redan det här uppdraget.'] } });
		const view = await coordination(database.db, coordinator.actor, '17');
		if (view.kind !== 'ok') throw new Error('no view');
		expect(view.value.requests[0]!.assignments).toMatchObject([
			{ name: 'Karin Testsson', paid: true }
		]);
		expect(await coordination(database.db, reader.actor, '17')).toMatchObject({
			kind: 'forbidden'
		});
	});

	test('an editor asks only for what their organisation leads, and sees their own requests', async () => {
		const [led] = await database.db
			.insert(initiatives)
			.values({
				countyCode: '17',
				title: 'Insats som Arvika leder',
				leadOrganisationId: await organisationId(database.db, 'Arvika kommun'),
				level: 'local',
				phase: 'pilot'
			})
			.returning();
		const [county] = await database.db
			.insert(initiatives)
			.values({ countyCode: '17', title: 'Länets insats', level: 'county', phase: 'pilot' })
			.returning();
		const askable = await askableSubjects(database.db, editor.actor, '17');
		if (askable.kind !== 'ok') throw new Error(JSON.stringify(askable));
		expect(askable.value.processes).toEqual([]);
		expect(askable.value.initiatives.map((i) => i.id)).toEqual([led!.id]);
		expect(await askableSubjects(database.db, reader.actor, '17')).toMatchObject({
			kind: 'forbidden'
		});
		const before = await rowCount(database.db, t.participantRequests);
		const values = { task: 'Berätta om hemtjänsten för styrgruppen.', wanted: '3' };
		expect(
			await requestParticipants(database.db, editor.actor, '17', {
				...values,
				subject: `initiative:${county!.id}`
			})
		).toMatchObject({ kind: 'forbidden' });
		const [process] = await database.db.select({ id: processes.id }).from(processes).limit(1);
		expect(
			await requestParticipants(database.db, editor.actor, '17', {
				...values,
				subject: `process:${process!.id}`
			})
		).toMatchObject({ kind: 'forbidden' });
		expect(await rowCount(database.db, t.participantRequests)).toBe(before);
		const asked = await requestParticipants(database.db, editor.actor, '17', {
			...values,
			subject: `initiative:${led!.id}`
		});
		if (asked.kind !== 'ok') throw new Error(JSON.stringify(asked));
		expect(await ownRequests(database.db, editor.actor, '17')).toEqual([
			{
				id: asked.value.id,
				subject: 'Insats: Insats som Arvika leder',
				task: values.task,
				careKind: null,
				wanted: 3,
				assigned: 0,
				askedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
			}
		]);
		await assignParticipant(database.db, coordinator.actor, '17', {
			requestId: String(asked.value.id),
			offerId: String(offerId)
		});
		const mine = await ownRequests(database.db, editor.actor, '17');
		expect(mine[0]!.assigned).toBe(1);
		expect(JSON.stringify(mine)).not.toMatch(/Karin|karin@|demens/);
		expect(await ownRequests(database.db, reader.actor, '17')).toEqual([]);
	});

	test('retention: an offer past its period is deleted, assignments with it', async () => {
		const old = await offer({ name: 'Gammal anmälan' }, new Date(now.getTime() - 800 * day));
		if (old.kind !== 'ok') throw new Error(JSON.stringify(old));
		const done = await purgeExpired(database.db, now);
		expect(done.lived_experience_offers).toBe(1);
		const left = await database.db
			.select({ id: t.livedExperienceOffers.id })
			.from(t.livedExperienceOffers);
		expect(left.map((r) => r.id)).toEqual([offerId]);
		const later = await purgeExpired(database.db, new Date(now.getTime() + 731 * day));
		expect(later.lived_experience_offers).toBe(1);
		expect(await rowCount(database.db, t.participantAssignments)).toBe(0);
	});
});
