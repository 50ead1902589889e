import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { auditOf } from '../../../../tests/kit/audit.ts';
import { testUser } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { roleAssignments, sessions, users } from '../accounts/tables.ts';
import { actionDigestOptOuts } from '../actions/tables.ts';
import { scenarioVersions, scenarios } from '../benefit/tables.ts';
import { campaigns } from '../campaigns/tables.ts';
import {
	livedExperienceOffers,
	participantAssignments,
	participantRequests
} from '../lived-experience/tables.ts';
import { processes } from '../processes/tables.ts';
import { importJobs, jobFiles } from '../../platform/db/tables.ts';
import { keepJobFile } from '../../platform/jobs/files.ts';
import { accountData, eraseAccount } from './account-data.server.ts';

const database = databaseForFile();

test('an account holder exports their data, then erases their account', async () => {
	const person = await testUser(database.db, 'editor');
	const me = person.actor.kind === 'user' ? person.actor : null;
	const data = await accountData(database.db, person.actor);
	if (data.kind !== 'ok') throw new Error(data.kind);
	expect(data.value).toMatchObject({
		account: { id: me!.userId, email: me!.email, name: me!.name, hasPassword: false },
		roles: [{ county: '17', role: 'editor' }],
		sessions: [{ method: 'password' }]
	});
	expect(JSON.stringify(data.value)).not.toContain('passwordHash');

	expect(await eraseAccount(database.db, person.actor, { confirm: 'ja' })).toEqual({
		kind: 'invalid',
		message: 'Kontot raderades inte.',
		fields: { confirm: ['Skriv RADERA för att bekräfta.'] }
	});
	expect(
		await database.db.select().from(sessions).where(eq(sessions.userId, me!.userId))
	).toHaveLength(1);

	expect(await eraseAccount(database.db, person.actor, { confirm: 'radera' })).toEqual({
		kind: 'ok',
		value: { id: me!.userId }
	});
	const [row] = await database.db.select().from(users).where(eq(users.id, me!.userId));
	expect(row).toMatchObject({
		email: `raderad-${me!.userId}@nara.invalid`,
		name: `Raderat konto ${me!.userId}`,
		passwordHash: null
	});
	expect(row!.disabledAt).not.toBeNull();
	expect(await database.db.select().from(sessions).where(eq(sessions.userId, me!.userId))).toEqual(
		[]
	);
	expect(
		await database.db.select().from(roleAssignments).where(eq(roleAssignments.userId, me!.userId))
	).toEqual([]);
	const entries = await auditOf(database.db, 'user', me!.userId);
	expect(entries.at(-1)).toMatchObject({ action: 'erase', before: null, after: null });
});

test('nobody signed in has an account to export or erase', async () => {
	expect(await accountData(database.db, anonymous)).toMatchObject({ kind: 'forbidden' });
	expect(await eraseAccount(database.db, anonymous, { confirm: 'RADERA' })).toMatchObject({
		kind: 'forbidden'
	});
});

test('the export has what the person asked for, opened, owns and recorded; erasure leaves no name', async () => {
	const person = await testUser(database.db, 'coordinator');
	const me = person.actor.kind === 'user' ? person.actor : null;
	const db = database.db;
	const [process] = await db.select({ id: processes.id }).from(processes).limit(1);
	const [request] = await db
		.insert(participantRequests)
		.values({
			countyCode: '17',
			processId: process!.id,
			task: 'Exportuppdrag',
			createdBy: me!.userId
		})
		.returning();
	const [offer] = await db
		.insert(livedExperienceOffers)
		.values({
			countyCode: '17',
			name: 'Personen som erbjöd sig',
			contact: 'erbjudande@example.invalid',
			experience: 'Erfarenhet',
			careKind: 'other',
			consentTextVersion: 'test',
			consentedAt: new Date()
		})
		.returning();
	await db
		.insert(participantAssignments)
		.values({ requestId: request!.id, offerId: offer!.id, paid: true, createdBy: me!.userId });
	await db.insert(campaigns).values({
		countyCode: '17',
		question: 'Exportfrågan?',
		opensOn: '2030-01-01',
		closesOn: '2030-02-01',
		createdBy: me!.userId
	});
	const [scenario] = await db
		.insert(scenarios)
		.values({ countyCode: '17', name: 'Exportscenario', createdByUserId: me!.userId })
		.returning();
	const label = `${me!.name} <${me!.email}>`;
	await db
		.insert(scenarioVersions)
		.values({ scenarioId: scenario!.id, version: 1, input: {}, createdBy: label });
	await db.insert(actionDigestOptOuts).values({ userId: me!.userId });
	const [job] = await db
		.insert(importJobs)
		.values({
			kind: 'followup-report',
			countyCode: '17',
			status: 'done',
			message: 'Klar',
			createdByUserId: me!.userId
		})
		.returning();
	await keepJobFile(db, job!.id, {
		fileName: 'oversikt.pdf',
		contentType: 'application/pdf',
		bytes: new Uint8Array([37, 80, 68, 70])
	});

	const data = await accountData(db, person.actor);
	if (data.kind !== 'ok') throw new Error(data.kind);
	expect(data.value).toMatchObject({
		participantRequests: [{ id: request!.id, task: 'Exportuppdrag', processId: process!.id }],
		participantAssignmentsRecorded: [{ requestId: request!.id, paid: true }],
		campaignsOpened: [{ question: 'Exportfrågan?', opensOn: '2030-01-01' }],
		benefitScenariosCreated: [{ id: scenario!.id, name: 'Exportscenario' }],
		benefitScenarioVersionsSaved: [{ scenarioId: scenario!.id, version: 1 }],
		actionsOwned: [],
		barriersRaised: [],
		goodExamples: [],
		selfAssessmentRoundsManaged: [],
		jobsStarted: [{ id: job!.id, kind: 'followup-report', status: 'done' }]
	});
	expect((data.value.jobsStarted as { fileKeptUntil: unknown }[])[0]!.fileKeptUntil).not.toBeNull();
	expect(data.value.actionDigestOptedOut).not.toBeNull();
	expect(JSON.stringify(data.value)).not.toMatch(/Personen som erbjöd|erbjudande@/);

	expect((await eraseAccount(db, person.actor, { confirm: 'RADERA' })).kind).toBe('ok');
	const [version] = await db
		.select()
		.from(scenarioVersions)
		.where(eq(scenarioVersions.scenarioId, scenario!.id));
	expect(version!.createdBy).toBe(`Raderat konto ${me!.userId}`);
	expect(
		await db.select().from(scenarioVersions).where(eq(scenarioVersions.createdBy, label))
	).toEqual([]);
	expect(
		await db.select().from(actionDigestOptOuts).where(eq(actionDigestOptOuts.userId, me!.userId))
	).toEqual([]);
	// the ordered file was theirs alone and goes; the job's record stays under the account's number
	expect(await db.select().from(jobFiles).where(eq(jobFiles.recordId, job!.id))).toEqual([]);
	expect(await db.select().from(importJobs).where(eq(importJobs.id, job!.id))).toHaveLength(1);
	const [kept] = await db
		.select()
		.from(participantRequests)
		.where(eq(participantRequests.id, request!.id));
	expect(kept!.createdBy).toBe(me!.userId);
});
