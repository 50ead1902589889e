import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { auditSince, lastAuditId } from '../../../../../tests/kit/audit.ts';
import { castForFile, organisationId, testUser } from '../../../../../tests/kit/cast.ts';
import type { Db } from '../../../platform/db/client.ts';
import { roleAssignments } from '../tables.ts';
import { account, grantRoleByEmail, passwordLinkForEmail } from './account.ts';
import { anonymous, systemActor } from '../../../core/actor.ts';
import { passwordLinkOwner } from './service.ts';
import { actorForApiToken } from './sessions.ts';
import { createApiToken, grantRole } from './users.ts';

/** The account page's and GET /api/me's view of a person, and the e-mail based helpers. */

const database = databaseForFile();
const { admin } = castForFile(database, 'admin');
let db: Db;
beforeAll(async () => {
	db = database.db;
});

describe('account', () => {
	test('names the counties and the organisation of each role, sorted', async () => {
		const editor = await testUser(db, 'editor');
		await grantRole(db, admin.actor, '17', editor.actor.userId, { role: 'reader' });
		const dalarna = await testUser(db, 'admin', '20');
		await grantRole(db, dalarna.actor, '20', editor.actor.userId, { role: 'coordinator' });
		const roles = await db
			.select({
				countyCode: roleAssignments.countyCode,
				organisationId: roleAssignments.organisationId,
				role: roleAssignments.role
			})
			.from(roleAssignments)
			.where(eq(roleAssignments.userId, editor.actor.userId));
		const outcome = await account(db, { ...editor.actor, roles });
		expect(outcome).toEqual({
			kind: 'ok',
			value: {
				name: editor.actor.name,
				email: editor.actor.email,
				via: 'session',
				roles: [
					{
						countyCode: '20',
						countyName: 'Dalarnas län',
						role: 'coordinator',
						organisationId: null,
						organisationName: null
					},
					{
						countyCode: '17',
						countyName: 'Värmlands län',
						role: 'editor',
						organisationId: await organisationId(db, 'Arvika kommun'),
						organisationName: 'Arvika kommun'
					},
					{
						countyCode: '17',
						countyName: 'Värmlands län',
						role: 'reader',
						organisationId: null,
						organisationName: null
					}
				]
			}
		});
	});

	test("through an API token: only the token's role", async () => {
		const reader = await testUser(db, 'reader');
		await grantRole(db, admin.actor, '17', reader.actor.userId, { role: 'coordinator' });
		const created = await createApiToken(
			db,
			{
				...reader.actor,
				roles: [
					...reader.actor.roles,
					{ countyCode: '17', role: 'coordinator', organisationId: null }
				]
			},
			'17',
			{ name: 'Läsnyckel', role: 'reader' }
		);
		if (created.kind !== 'ok') throw new Error(created.kind);
		const viaToken = await actorForApiToken(db, created.value.token);
		expect(await account(db, viaToken!)).toMatchObject({
			kind: 'ok',
			value: { via: 'token', roles: [{ countyCode: '17', role: 'reader' }] }
		});
	});

	test('anonymous and the system have no account', async () => {
		expect(await account(db, anonymous)).toEqual({
			kind: 'forbidden',
			message: 'Logga in för att se ditt konto.'
		});
		expect(await account(db, systemActor('nara'))).toMatchObject({ kind: 'forbidden' });
	});
});

describe('grantRoleByEmail', () => {
	test('finds a person added by another county and gives them a role, audited once', async () => {
		const dalarna = await testUser(db, 'reader', '20');
		const since = await lastAuditId(db);
		const outcome = await grantRoleByEmail(db, admin.actor, '17', {
			email: dalarna.actor.email.toUpperCase(),
			role: 'reader'
		});
		expect(outcome).toMatchObject({
			kind: 'ok',
			value: { userId: dalarna.actor.userId, name: dalarna.actor.name }
		});
		const entries = await auditSince(db, since);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'grant',
			actorUserId: admin.actor.userId,
			entityId: String(dalarna.actor.userId),
			countyCode: '17'
		});
	});

	test.each([
		['', 'Skriv e-postadressen till den som ska få rollen.'],
		['inte en adress', 'Skriv e-postadressen som namn@exempel.se.'],
		[
			'ingen.alls@example.se',
			'Det finns ingen i Nära med den e-postadressen. Lägg till personen i stället.'
		]
	])('e-mail %j: %s', async (email, message) => {
		const since = await lastAuditId(db);
		expect(await grantRoleByEmail(db, admin.actor, '17', { email, role: 'reader' })).toEqual({
			kind: 'invalid',
			message: 'Rollen kunde inte ges.',
			fields: { email: [message] }
		});
		expect(await lastAuditId(db)).toBe(since);
	});

	test("grantRole's rules hold: the role and the editor's organisation", async () => {
		const person = await testUser(db, 'reader');
		expect(
			await grantRoleByEmail(db, admin.actor, '17', { email: person.actor.email, role: 'chef' })
		).toMatchObject({
			kind: 'invalid',
			fields: {
				role: ['Välj en roll: administratör, samordnare, redaktör, moderator eller läsare.']
			}
		});
		expect(
			await grantRoleByEmail(db, admin.actor, '17', { email: person.actor.email, role: 'editor' })
		).toMatchObject({
			kind: 'invalid',
			fields: { organisationId: ['En redaktör ska höra till en organisation i länet.'] }
		});
	});

	test('only an administrator of the county', async () => {
		const coordinator = await testUser(db, 'coordinator');
		expect(
			await grantRoleByEmail(db, coordinator.actor, '17', {
				email: coordinator.actor.email,
				role: 'admin'
			})
		).toMatchObject({ kind: 'forbidden' });
	});
});

describe('passwordLinkForEmail', () => {
	test('a working link for a person in the county, audited once', async () => {
		const person = await testUser(db, 'coordinator');
		const system = systemActor('nara admin link');
		const since = await lastAuditId(db);
		const outcome = await passwordLinkForEmail(db, system, '17', person.actor.email);
		if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
		expect(outcome.value.name).toBe(person.actor.name);
		expect(await passwordLinkOwner(db, outcome.value.passwordToken)).toEqual({
			email: person.actor.email,
			name: person.actor.name
		});
		const entries = await auditSince(db, since);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'password_link',
			actorLabel: 'nara admin link',
			actorUserId: null
		});
	});

	test('an unknown address, a person of another county, a bad address', async () => {
		const system = systemActor('nara admin link');
		expect(await passwordLinkForEmail(db, system, '17', 'okand@example.se')).toEqual({
			kind: 'not_found',
			message: 'Det finns inget konto med e-postadressen okand@example.se.'
		});
		const dalarna = await testUser(db, 'reader', '20');
		expect(await passwordLinkForEmail(db, system, '09', dalarna.actor.email)).toEqual({
			kind: 'not_found',
			message: `${dalarna.actor.email} har ingen roll i länet 09.`
		});
		expect(await passwordLinkForEmail(db, system, '17', 'fel')).toEqual({
			kind: 'invalid',
			message: 'Länken kunde inte skapas.',
			fields: { email: ['Skriv e-postadressen som namn@exempel.se.'] }
		});
	});
});
