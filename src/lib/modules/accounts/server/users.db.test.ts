import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { lastAuditId, oneAuditEntry } from '../../../../../tests/kit/audit.ts';
import {
	assignmentId,
	castForFile,
	organisationId,
	testUser
} from '../../../../../tests/kit/cast.ts';
import type { Db } from '../../../platform/db/client.ts';
import { roleAssignments, users } from '../tables.ts';
import { anonymous, systemActor } from '../../../core/actor.ts';
import { passwordLinkOwner } from './service.ts';
import { createUser, grantRole, listUsers, newPasswordLink, revokeRole } from './users.ts';

/**
 * People and roles against a real database: who may do what, what is
 * written (and what is not), and the one audit entry of each write. API
 * tokens are in api-tokens.db.test.ts.
 */

const database = databaseForFile();
const { admin, coordinator } = castForFile(database, 'admin', 'coordinator');
let db: Db;
beforeAll(async () => {
	db = database.db;
});

async function userByEmail(email: string) {
	const [row] = await db.select().from(users).where(eq(users.email, email));
	return row;
}

async function assignmentsOf(userId: number) {
	return db
		.select({
			countyCode: roleAssignments.countyCode,
			role: roleAssignments.role,
			organisationId: roleAssignments.organisationId
		})
		.from(roleAssignments)
		.where(eq(roleAssignments.userId, userId))
		.orderBy(asc(roleAssignments.id));
}

describe('createUser', () => {
	test('an administrator adds a person with a role and gets a one-time password link', async () => {
		const since = await lastAuditId(db);
		const outcome = await createUser(db, admin.actor, '17', {
			email: '  Karin.Lund@Example.se ',
			name: ' Karin Lund ',
			role: 'coordinator'
		});
		if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
		const user = await userByEmail('karin.lund@example.se');
		expect(user).toMatchObject({
			id: outcome.value.userId,
			name: 'Karin Lund',
			passwordHash: null
		});
		expect(await assignmentsOf(user!.id)).toEqual([
			{ countyCode: '17', role: 'coordinator', organisationId: null }
		]);
		expect(await passwordLinkOwner(db, outcome.value.passwordToken)).toEqual({
			email: 'karin.lund@example.se',
			name: 'Karin Lund'
		});
		const entry = await oneAuditEntry(db, since, admin.actor);
		expect(entry).toMatchObject({
			action: 'create',
			entityType: 'user',
			entityId: String(user!.id),
			countyCode: '17',
			before: null,
			after: {
				email: 'karin.lund@example.se',
				name: 'Karin Lund',
				role: 'coordinator',
				organisationId: null
			}
		});
	});

	test('the system actor (nara admin create) may add the first administrator', async () => {
		const system = systemActor('nara admin create');
		const since = await lastAuditId(db);
		const outcome = await createUser(db, system, '20', {
			email: 'forsta@example.se',
			name: 'Första Admin',
			role: 'admin'
		});
		expect(outcome.kind).toBe('ok');
		const entry = await oneAuditEntry(db, since, system);
		expect(entry).toMatchObject({ action: 'create', countyCode: '20' });
	});

	test.each([
		['a coordinator', async () => coordinator.actor],
		['an anonymous visitor', async () => anonymous],
		['an administrator of another county', async () => (await testUser(db, 'admin', '20')).actor]
	])('%s is refused and nothing is written', async (_name, actor) => {
		const who = await actor();
		const since = await lastAuditId(db);
		const outcome = await createUser(db, who, '17', {
			email: 'otillaten@example.se',
			name: 'Otillåten',
			role: 'admin'
		});
		expect(outcome).toEqual({
			kind: 'forbidden',
			message: 'Du har inte behörighet att göra det här.'
		});
		expect(await userByEmail('otillaten@example.se')).toBeUndefined();
		expect(await lastAuditId(db)).toBe(since);
	});

	test.each([
		{
			name: 'an e-mail address already in Nära is refused (whatever its case)',
			input: { email: 'KARIN.LUND@example.se', name: 'Karin Lund igen', role: 'reader' },
			fields: {
				email: ['Det finns redan ett konto med den e-postadressen. Ge personen en roll i stället.']
			}
		},
		{
			name: 'every bad field gets its Swedish message, and nothing is written',
			input: { email: 'inte-en-adress', name: '', role: 'chef' },
			fields: {
				email: ['Skriv e-postadressen som namn@exempel.se.'],
				name: ['Skriv personens namn.'],
				role: ['Välj en roll: administratör, samordnare, redaktör, moderator eller läsare.']
			}
		}
	])('$name', async ({ input, fields }) => {
		const since = await lastAuditId(db);
		const outcome = await createUser(db, admin.actor, '17', input);
		expect(outcome).toEqual({ kind: 'invalid', message: 'Kontot kunde inte skapas.', fields });
		expect(await lastAuditId(db)).toBe(since);
	});

	test('an editor needs an organisation of the county; other roles have none', async () => {
		/** An administrator makes an account for redaktor@example.se, of `organisation` if named. */
		const create = async (name: string, role: string, organisation?: string) =>
			createUser(db, admin.actor, '17', {
				email: 'redaktor@example.se',
				name,
				role,
				...(organisation && { organisationId: String(await organisationId(db, organisation)) })
			});
		const since = await lastAuditId(db);
		const noOrg = await create('Redaktör Utan', 'editor');
		expect(noOrg).toEqual({
			kind: 'invalid',
			message: 'Kontot kunde inte skapas.',
			fields: { organisationId: ['En redaktör ska höra till en organisation i länet.'] }
		});
		const otherCounty = await create('Redaktör Fel Län', 'editor', 'Faluns kommun');
		expect(otherCounty).toMatchObject({
			kind: 'invalid',
			fields: { organisationId: ['En redaktör ska höra till en organisation i länet.'] }
		});
		const readerWithOrg = await create('Läsare Med Organisation', 'reader', 'Arvika kommun');
		expect(readerWithOrg).toMatchObject({
			kind: 'invalid',
			fields: { organisationId: ['Bara redaktörer hör till en organisation.'] }
		});
		expect(await userByEmail('redaktor@example.se')).toBeUndefined();
		expect(await lastAuditId(db)).toBe(since);

		const arvika = await organisationId(db, 'Arvika kommun');
		const ok = await create('Redaktör Arvika', 'editor', 'Arvika kommun');
		if (ok.kind !== 'ok') throw new Error(JSON.stringify(ok));
		expect(await assignmentsOf(ok.value.userId)).toEqual([
			{ countyCode: '17', role: 'editor', organisationId: arvika }
		]);
		await oneAuditEntry(db, since, admin.actor);
	});
});

describe('grantRole and revokeRole', () => {
	test('an administrator gives another role; the same role twice is refused', async () => {
		const person = await testUser(db, 'reader');
		const since = await lastAuditId(db);
		const outcome = await grantRole(db, admin.actor, '17', person.actor.userId, {
			role: 'coordinator'
		});
		if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
		expect(await assignmentsOf(person.actor.userId)).toEqual([
			{ countyCode: '17', role: 'reader', organisationId: null },
			{ countyCode: '17', role: 'coordinator', organisationId: null }
		]);
		expect(await oneAuditEntry(db, since, admin.actor)).toMatchObject({
			action: 'grant',
			entityType: 'user',
			entityId: String(person.actor.userId),
			countyCode: '17',
			after: { role: 'coordinator', organisationId: null }
		});

		const again = await lastAuditId(db);
		expect(
			await grantRole(db, admin.actor, '17', person.actor.userId, { role: 'coordinator' })
		).toEqual({
			kind: 'invalid',
			message: 'Rollen kunde inte ges.',
			fields: { role: ['Personen har redan den rollen.'] }
		});
		expect(await lastAuditId(db)).toBe(again);
	});

	test('a coordinator may not give roles; an unknown person is not_found', async () => {
		const person = await testUser(db, 'reader');
		const since = await lastAuditId(db);
		expect(
			await grantRole(db, coordinator.actor, '17', person.actor.userId, { role: 'admin' })
		).toMatchObject({ kind: 'forbidden' });
		expect(await grantRole(db, admin.actor, '17', 999_999, { role: 'reader' })).toEqual({
			kind: 'not_found',
			message: 'Personen finns inte.'
		});
		expect(await assignmentsOf(person.actor.userId)).toHaveLength(1);
		expect(await lastAuditId(db)).toBe(since);
	});

	test('the last administrator of a county cannot be removed; with two, one can', async () => {
		// Gotland (09) has no administrator but this one
		const only = await testUser(db, 'admin', '09');
		const onlyRole = await assignmentId(db, only.actor.userId, '09', 'admin');
		const since = await lastAuditId(db);
		expect(await revokeRole(db, only.actor, '09', onlyRole)).toEqual({
			kind: 'invalid',
			message: 'Rollen kunde inte tas bort.',
			fields: { role: ['Länet måste ha minst en administratör.'] }
		});
		expect(await assignmentsOf(only.actor.userId)).toHaveLength(1);
		expect(await lastAuditId(db)).toBe(since);

		const second = await testUser(db, 'admin', '09');
		const before = await lastAuditId(db);
		expect(await revokeRole(db, second.actor, '09', onlyRole)).toEqual({
			kind: 'ok',
			value: { userId: only.actor.userId }
		});
		expect(await assignmentsOf(only.actor.userId)).toEqual([]);
		expect(await oneAuditEntry(db, before, second.actor)).toMatchObject({
			action: 'revoke',
			entityId: String(only.actor.userId),
			countyCode: '09',
			before: { role: 'admin', organisationId: null },
			after: null
		});
		// and now the second is the last one
		const secondRole = await assignmentId(db, second.actor.userId, '09', 'admin');
		expect(await revokeRole(db, second.actor, '09', secondRole)).toMatchObject({
			kind: 'invalid'
		});
	});

	test("a role in another county is not found through this county's page", async () => {
		const elsewhere = await testUser(db, 'reader', '20');
		const role = await assignmentId(db, elsewhere.actor.userId, '20', 'reader');
		expect(await revokeRole(db, admin.actor, '17', role)).toEqual({
			kind: 'not_found',
			message: 'Rollen finns inte.'
		});
		expect(await revokeRole(db, admin.actor, '20', role)).toMatchObject({ kind: 'forbidden' });
		expect(await assignmentsOf(elsewhere.actor.userId)).toHaveLength(1);
	});
});

describe('listUsers and newPasswordLink', () => {
	test("an administrator sees the county's people with their roles; others may not", async () => {
		const outcome = await listUsers(db, admin.actor, '17');
		if (outcome.kind !== 'ok') throw new Error(outcome.kind);
		const karin = outcome.value.find((u) => u.email === 'karin.lund@example.se');
		expect(karin).toMatchObject({
			name: 'Karin Lund',
			disabled: false,
			hasPassword: false,
			sso: false,
			roles: [{ role: 'coordinator', organisationId: null, organisationName: null }]
		});
		const editor = outcome.value.find((u) => u.email === 'redaktor@example.se');
		expect(editor?.roles).toMatchObject([{ role: 'editor', organisationName: 'Arvika kommun' }]);
		// nobody from Dalarna
		expect(outcome.value.some((u) => u.email === 'forsta@example.se')).toBe(false);
		expect(await listUsers(db, coordinator.actor, '17')).toMatchObject({ kind: 'forbidden' });
		expect(await listUsers(db, anonymous, '17')).toMatchObject({ kind: 'forbidden' });
	});

	test('a new one-time link works; only for a person in the county', async () => {
		const person = await userByEmail('karin.lund@example.se');
		const since = await lastAuditId(db);
		const outcome = await newPasswordLink(db, admin.actor, '17', person!.id);
		if (outcome.kind !== 'ok') throw new Error(outcome.kind);
		expect(await passwordLinkOwner(db, outcome.value.passwordToken)).toEqual({
			email: 'karin.lund@example.se',
			name: 'Karin Lund'
		});
		expect(await oneAuditEntry(db, since, admin.actor)).toMatchObject({
			action: 'password_link',
			entityId: String(person!.id)
		});
		const dalarna = await userByEmail('forsta@example.se');
		expect(await newPasswordLink(db, admin.actor, '17', dalarna!.id)).toEqual({
			kind: 'not_found',
			message: 'Personen finns inte i länet.'
		});
		expect(await newPasswordLink(db, coordinator.actor, '17', person!.id)).toMatchObject({
			kind: 'forbidden'
		});
	});
});
