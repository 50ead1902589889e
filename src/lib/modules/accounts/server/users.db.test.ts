import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase } from '../../../../../tests/kit/db.ts';
import { organisationId, testUser, type TestUser } from '../../../../../tests/kit/cast.ts';
import type { Database, Db } from '../../../platform/db/client.ts';
import { apiTokens, auditLog, roleAssignments, users } from '../../../platform/db/schema.ts';
import { anonymous, systemActor, type Actor } from '../../../core/actor.ts';
import { passwordLinkOwner } from './service.ts';
import { actorForApiToken } from './sessions.ts';
import {
	createApiToken,
	createUser,
	grantRole,
	listOwnApiTokens,
	listUsers,
	newPasswordLink,
	revokeApiToken,
	revokeRole
} from './users.ts';

/**
 * People, roles and API tokens against a real database: who may do what,
 * what is written (and what is not), and the one audit entry of each write.
 */

const LOWER_ONLY =
	'Du kan bara ge nyckeln en roll som du själv har i länet, eller en lägre (administratör, samordnare, redaktör, läsare).';

let database: Database;
let db: Db;
let admin: TestUser;
let coordinator: TestUser;
beforeAll(async () => {
	database = await freshDatabase();
	db = database.db;
	admin = await testUser(db, 'admin');
	coordinator = await testUser(db, 'coordinator');
});
afterAll(() => database.close());

async function lastAuditId(): Promise<number> {
	const [row] = await db
		.select({ id: sql<number>`coalesce(max(${auditLog.id}), 0)::int` })
		.from(auditLog);
	return row!.id;
}

/** The audit entries written after `since`: exactly one, by `actor`, which is returned. */
async function oneAuditEntry(since: number, actor: Actor) {
	const entries = await db
		.select()
		.from(auditLog)
		.where(gt(auditLog.id, since))
		.orderBy(asc(auditLog.id));
	expect(entries).toHaveLength(1);
	const entry = entries[0]!;
	if (actor.kind === 'user') {
		expect(entry.actorUserId).toBe(actor.userId);
		expect(entry.actorLabel).toBe(`${actor.name} <${actor.email}>`);
	} else {
		expect(entry.actorUserId).toBeNull();
		expect(entry.actorLabel).toBe(actor.kind === 'system' ? actor.label : 'anonym');
	}
	return entry;
}

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

async function assignmentId(userId: number, countyCode: string, role: string): Promise<number> {
	const [row] = await db
		.select({ id: roleAssignments.id })
		.from(roleAssignments)
		.where(
			and(
				eq(roleAssignments.userId, userId),
				eq(roleAssignments.countyCode, countyCode),
				sql`${roleAssignments.role} = ${role}`
			)
		);
	return row!.id;
}

describe('createUser', () => {
	test('an administrator adds a person with a role and gets a one-time password link', async () => {
		const since = await lastAuditId();
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
		const entry = await oneAuditEntry(since, admin.actor);
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
		const since = await lastAuditId();
		const outcome = await createUser(db, system, '20', {
			email: 'forsta@example.se',
			name: 'Första Admin',
			role: 'admin'
		});
		expect(outcome.kind).toBe('ok');
		const entry = await oneAuditEntry(since, system);
		expect(entry).toMatchObject({ action: 'create', countyCode: '20' });
	});

	test.each([
		['a coordinator', async () => coordinator.actor],
		['an anonymous visitor', async () => anonymous],
		['an administrator of another county', async () => (await testUser(db, 'admin', '20')).actor]
	])('%s is refused and nothing is written', async (_name, actor) => {
		const who = await actor();
		const since = await lastAuditId();
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
		expect(await lastAuditId()).toBe(since);
	});

	test('an e-mail address already in Nära is refused (whatever its case)', async () => {
		const since = await lastAuditId();
		const outcome = await createUser(db, admin.actor, '17', {
			email: 'KARIN.LUND@example.se',
			name: 'Karin Lund igen',
			role: 'reader'
		});
		expect(outcome).toEqual({
			kind: 'invalid',
			message: 'Kontot kunde inte skapas.',
			fields: {
				email: ['Det finns redan ett konto med den e-postadressen. Ge personen en roll i stället.']
			}
		});
		expect(await lastAuditId()).toBe(since);
	});

	test('every bad field gets its Swedish message, and nothing is written', async () => {
		const since = await lastAuditId();
		const outcome = await createUser(db, admin.actor, '17', {
			email: 'inte-en-adress',
			name: '',
			role: 'chef'
		});
		expect(outcome).toEqual({
			kind: 'invalid',
			message: 'Kontot kunde inte skapas.',
			fields: {
				email: ['Skriv e-postadressen som namn@exempel.se.'],
				name: ['Skriv personens namn.'],
				role: ['Välj en roll: administratör, samordnare, redaktör eller läsare.']
			}
		});
		expect(await lastAuditId()).toBe(since);
	});

	test('an editor needs an organisation of the county; other roles have none', async () => {
		const since = await lastAuditId();
		const noOrg = await createUser(db, admin.actor, '17', {
			email: 'redaktor@example.se',
			name: 'Redaktör Utan',
			role: 'editor'
		});
		expect(noOrg).toEqual({
			kind: 'invalid',
			message: 'Kontot kunde inte skapas.',
			fields: { organisationId: ['En redaktör ska höra till en organisation i länet.'] }
		});
		const otherCounty = await createUser(db, admin.actor, '17', {
			email: 'redaktor@example.se',
			name: 'Redaktör Fel Län',
			role: 'editor',
			organisationId: String(await organisationId(db, 'Faluns kommun'))
		});
		expect(otherCounty).toMatchObject({
			kind: 'invalid',
			fields: { organisationId: ['En redaktör ska höra till en organisation i länet.'] }
		});
		const readerWithOrg = await createUser(db, admin.actor, '17', {
			email: 'redaktor@example.se',
			name: 'Läsare Med Organisation',
			role: 'reader',
			organisationId: String(await organisationId(db, 'Arvika kommun'))
		});
		expect(readerWithOrg).toMatchObject({
			kind: 'invalid',
			fields: { organisationId: ['Bara redaktörer hör till en organisation.'] }
		});
		expect(await userByEmail('redaktor@example.se')).toBeUndefined();
		expect(await lastAuditId()).toBe(since);

		const arvika = await organisationId(db, 'Arvika kommun');
		const ok = await createUser(db, admin.actor, '17', {
			email: 'redaktor@example.se',
			name: 'Redaktör Arvika',
			role: 'editor',
			organisationId: String(arvika)
		});
		if (ok.kind !== 'ok') throw new Error(JSON.stringify(ok));
		expect(await assignmentsOf(ok.value.userId)).toEqual([
			{ countyCode: '17', role: 'editor', organisationId: arvika }
		]);
		await oneAuditEntry(since, admin.actor);
	});
});

describe('grantRole and revokeRole', () => {
	test('an administrator gives another role; the same role twice is refused', async () => {
		const person = await testUser(db, 'reader');
		const since = await lastAuditId();
		const outcome = await grantRole(db, admin.actor, '17', person.actor.userId, {
			role: 'coordinator'
		});
		if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
		expect(await assignmentsOf(person.actor.userId)).toEqual([
			{ countyCode: '17', role: 'reader', organisationId: null },
			{ countyCode: '17', role: 'coordinator', organisationId: null }
		]);
		expect(await oneAuditEntry(since, admin.actor)).toMatchObject({
			action: 'grant',
			entityType: 'user',
			entityId: String(person.actor.userId),
			countyCode: '17',
			after: { role: 'coordinator', organisationId: null }
		});

		const again = await lastAuditId();
		expect(
			await grantRole(db, admin.actor, '17', person.actor.userId, { role: 'coordinator' })
		).toEqual({
			kind: 'invalid',
			message: 'Rollen kunde inte ges.',
			fields: { role: ['Personen har redan den rollen.'] }
		});
		expect(await lastAuditId()).toBe(again);
	});

	test('a coordinator may not give roles; an unknown person is not_found', async () => {
		const person = await testUser(db, 'reader');
		const since = await lastAuditId();
		expect(
			await grantRole(db, coordinator.actor, '17', person.actor.userId, { role: 'admin' })
		).toMatchObject({ kind: 'forbidden' });
		expect(await grantRole(db, admin.actor, '17', 999_999, { role: 'reader' })).toEqual({
			kind: 'not_found',
			message: 'Personen finns inte.'
		});
		expect(await assignmentsOf(person.actor.userId)).toHaveLength(1);
		expect(await lastAuditId()).toBe(since);
	});

	test('the last administrator of a county cannot be removed; with two, one can', async () => {
		// Gotland (09) has no administrator but this one
		const only = await testUser(db, 'admin', '09');
		const onlyRole = await assignmentId(only.actor.userId, '09', 'admin');
		const since = await lastAuditId();
		expect(await revokeRole(db, only.actor, '09', onlyRole)).toEqual({
			kind: 'invalid',
			message: 'Rollen kunde inte tas bort.',
			fields: { role: ['Länet måste ha minst en administratör.'] }
		});
		expect(await assignmentsOf(only.actor.userId)).toHaveLength(1);
		expect(await lastAuditId()).toBe(since);

		const second = await testUser(db, 'admin', '09');
		const before = await lastAuditId();
		expect(await revokeRole(db, second.actor, '09', onlyRole)).toEqual({
			kind: 'ok',
			value: { userId: only.actor.userId }
		});
		expect(await assignmentsOf(only.actor.userId)).toEqual([]);
		expect(await oneAuditEntry(before, second.actor)).toMatchObject({
			action: 'revoke',
			entityId: String(only.actor.userId),
			countyCode: '09',
			before: { role: 'admin', organisationId: null },
			after: null
		});
		// and now the second is the last one
		const secondRole = await assignmentId(second.actor.userId, '09', 'admin');
		expect(await revokeRole(db, second.actor, '09', secondRole)).toMatchObject({
			kind: 'invalid'
		});
	});

	test("a role in another county is not found through this county's page", async () => {
		const elsewhere = await testUser(db, 'reader', '20');
		const role = await assignmentId(elsewhere.actor.userId, '20', 'reader');
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
		const since = await lastAuditId();
		const outcome = await newPasswordLink(db, admin.actor, '17', person!.id);
		if (outcome.kind !== 'ok') throw new Error(outcome.kind);
		expect(await passwordLinkOwner(db, outcome.value.passwordToken)).toEqual({
			email: 'karin.lund@example.se',
			name: 'Karin Lund'
		});
		expect(await oneAuditEntry(since, admin.actor)).toMatchObject({
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

describe('API tokens', () => {
	test('a token gets one role the person holds, resolves to exactly that role, and stops when revoked', async () => {
		const editor = await testUser(db, 'editor');
		const arvika = await organisationId(db, 'Arvika kommun');
		// the editor is a reader too; a token for "reader" must not carry the editor role
		await grantRole(db, admin.actor, '17', editor.actor.userId, { role: 'reader' });
		const actor: Actor = {
			...editor.actor,
			roles: [
				{ countyCode: '17', role: 'editor', organisationId: arvika },
				{ countyCode: '17', role: 'reader', organisationId: null }
			]
		};

		const since = await lastAuditId();
		expect(await createApiToken(db, actor, '17', { name: 'Rapport', role: 'admin' })).toEqual({
			kind: 'invalid',
			message: 'Nyckeln kunde inte skapas.',
			fields: { role: [LOWER_ONLY] }
		});
		expect(await createApiToken(db, actor, '20', { name: 'Rapport', role: 'reader' })).toEqual({
			kind: 'invalid',
			message: 'Nyckeln kunde inte skapas.',
			fields: { role: [LOWER_ONLY] }
		});
		expect(await createApiToken(db, actor, '17', { name: ' ', role: 'reader' })).toEqual({
			kind: 'invalid',
			message: 'Nyckeln kunde inte skapas.',
			fields: { name: ['Ge nyckeln ett namn, t.ex. vad den används till.'] }
		});
		expect(await lastAuditId()).toBe(since);

		const created = await createApiToken(db, actor, '17', {
			name: 'Uppföljning i Power BI',
			role: 'reader'
		});
		if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
		expect(created.value.token).toMatch(/^nara_/);
		expect(await oneAuditEntry(since, actor)).toMatchObject({
			action: 'create',
			entityType: 'api_token',
			entityId: String(created.value.id),
			countyCode: '17',
			after: { name: 'Uppföljning i Power BI', role: 'reader' }
		});
		// only the hash is kept
		const [stored] = await db.select().from(apiTokens).where(eq(apiTokens.id, created.value.id));
		expect(stored!.tokenHash).not.toContain(created.value.token);

		expect(await actorForApiToken(db, created.value.token)).toEqual({
			kind: 'user',
			userId: editor.actor.userId,
			email: editor.actor.email,
			name: editor.actor.name,
			roles: [{ countyCode: '17', role: 'reader', organisationId: null }],
			via: 'token'
		});
		const listed = await listOwnApiTokens(db, actor);
		expect(listed).toMatchObject([
			{ id: created.value.id, name: 'Uppföljning i Power BI', countyCode: '17', role: 'reader' }
		]);
		expect(listed[0]!.lastUsedAt).toBeInstanceOf(Date);
		expect(listed[0]!.revokedAt).toBeNull();

		// someone else (not an administrator) may not revoke it
		const other = await testUser(db, 'reader');
		const before = await lastAuditId();
		expect(await revokeApiToken(db, other.actor, created.value.id)).toMatchObject({
			kind: 'forbidden'
		});
		expect(await lastAuditId()).toBe(before);

		expect(await revokeApiToken(db, actor, created.value.id)).toEqual({
			kind: 'ok',
			value: { id: created.value.id }
		});
		expect(await oneAuditEntry(before, actor)).toMatchObject({
			action: 'revoke',
			entityType: 'api_token',
			entityId: String(created.value.id),
			before: { name: 'Uppföljning i Power BI', role: 'reader' },
			after: { revoked: true }
		});
		expect(await actorForApiToken(db, created.value.token)).toBeUndefined();
		expect(await revokeApiToken(db, actor, created.value.id)).toEqual({
			kind: 'not_found',
			message: 'Nyckeln finns inte eller är redan återkallad.'
		});
		expect((await listOwnApiTokens(db, actor))[0]!.revokedAt).toBeInstanceOf(Date);
	});

	test('a token never grants more than the person has now', async () => {
		const reader = await testUser(db, 'reader');
		const created = await createApiToken(db, reader.actor, '17', {
			name: 'Skript',
			role: 'reader'
		});
		if (created.kind !== 'ok') throw new Error(created.kind);
		const role = await assignmentId(reader.actor.userId, '17', 'reader');
		expect(await revokeRole(db, admin.actor, '17', role)).toMatchObject({ kind: 'ok' });
		expect(await actorForApiToken(db, created.value.token)).toMatchObject({
			kind: 'user',
			userId: reader.actor.userId,
			roles: []
		});
	});

	test('an administrator makes tokens with a lower role: coordinator, reader, and editor for a chosen organisation of the county', async () => {
		const boss = await testUser(db, 'admin');
		const arvika = await organisationId(db, 'Arvika kommun');
		const make = (role: string, extra: Record<string, unknown> = {}) =>
			createApiToken(db, boss.actor, '17', { name: `Nyckel ${role}`, role, ...extra });

		const reader = await make('reader');
		if (reader.kind !== 'ok') throw new Error(JSON.stringify(reader));
		expect(await actorForApiToken(db, reader.value.token)).toMatchObject({
			userId: boss.actor.userId,
			roles: [{ countyCode: '17', role: 'reader', organisationId: null }]
		});
		const coordinatorToken = await make('coordinator');
		if (coordinatorToken.kind !== 'ok') throw new Error(JSON.stringify(coordinatorToken));
		expect(await actorForApiToken(db, coordinatorToken.value.token)).toMatchObject({
			roles: [{ countyCode: '17', role: 'coordinator', organisationId: null }]
		});

		// an editor's token needs its organisation, one of the county's
		expect(await make('editor')).toEqual({
			kind: 'invalid',
			message: 'Nyckeln kunde inte skapas.',
			fields: { organisationId: ['Välj vilken organisations innehåll nyckeln ska redigera.'] }
		});
		const falun = await organisationId(db, 'Faluns kommun');
		expect(await make('editor', { organisationId: String(falun) })).toEqual({
			kind: 'invalid',
			message: 'Nyckeln kunde inte skapas.',
			fields: { organisationId: ['Organisationen finns inte i länet.'] }
		});
		const since = await lastAuditId();
		const editorToken = await make('editor', { organisationId: String(arvika) });
		if (editorToken.kind !== 'ok') throw new Error(JSON.stringify(editorToken));
		expect(await oneAuditEntry(since, boss.actor)).toMatchObject({
			after: { name: 'Nyckel editor', role: 'editor', organisationId: arvika }
		});
		expect(await actorForApiToken(db, editorToken.value.token)).toMatchObject({
			roles: [{ countyCode: '17', role: 'editor', organisationId: arvika }]
		});

		// when the person no longer holds a role at or above the token's, it grants nothing
		const role = await assignmentId(boss.actor.userId, '17', 'admin');
		expect(await revokeRole(db, admin.actor, '17', role)).toMatchObject({ kind: 'ok' });
		for (const t of [reader, coordinatorToken, editorToken])
			expect(await actorForApiToken(db, t.value.token)).toMatchObject({ roles: [] });
	});

	test('an editor’s token keeps the editor’s organisation, and only that one', async () => {
		const editor = await testUser(db, 'editor');
		const arvika = await organisationId(db, 'Arvika kommun');
		const karlstad = await organisationId(db, 'Karlstads kommun');
		expect(editor.actor.roles).toEqual([
			{ countyCode: '17', role: 'editor', organisationId: arvika }
		]);
		expect(
			await createApiToken(db, editor.actor, '17', {
				name: 'Annan kommun',
				role: 'editor',
				organisationId: String(karlstad)
			})
		).toEqual({
			kind: 'invalid',
			message: 'Nyckeln kunde inte skapas.',
			fields: { role: ['En redaktörs nyckel gäller bara den egna organisationen.'] }
		});
		expect(
			await createApiToken(db, editor.actor, '17', { name: 'Högre', role: 'coordinator' })
		).toEqual({
			kind: 'invalid',
			message: 'Nyckeln kunde inte skapas.',
			fields: { role: [LOWER_ONLY] }
		});
		const own = await createApiToken(db, editor.actor, '17', { name: 'Egen', role: 'editor' });
		if (own.kind !== 'ok') throw new Error(JSON.stringify(own));
		const [stored] = await db.select().from(apiTokens).where(eq(apiTokens.id, own.value.id));
		expect(stored!.organisationId).toBe(arvika);
		expect(await actorForApiToken(db, own.value.token)).toMatchObject({
			roles: [{ countyCode: '17', role: 'editor', organisationId: arvika }]
		});
		const reader = await createApiToken(db, editor.actor, '17', { name: 'Läsa', role: 'reader' });
		expect(reader.kind).toBe('ok');

		// a token made before tokens kept their organisation edits for the editor's own
		await db.update(apiTokens).set({ organisationId: null }).where(eq(apiTokens.id, own.value.id));
		expect(await actorForApiToken(db, own.value.token)).toMatchObject({
			roles: [{ countyCode: '17', role: 'editor', organisationId: arvika }]
		});
	});

	test('only a signed-in browser makes tokens: not a token, not anonymous', async () => {
		const since = await lastAuditId();
		expect(
			await createApiToken(db, { ...admin.actor, via: 'token' }, '17', {
				name: 'Nyckel av nyckel',
				role: 'admin'
			})
		).toEqual({ kind: 'forbidden', message: 'Logga in för att skapa API-nycklar.' });
		expect(
			await createApiToken(db, anonymous, '17', { name: 'Anonym', role: 'reader' })
		).toMatchObject({ kind: 'forbidden' });
		expect(await lastAuditId()).toBe(since);
	});

	test('an administrator may revoke a token of someone in the county', async () => {
		const reader = await testUser(db, 'reader');
		const created = await createApiToken(db, reader.actor, '17', {
			name: 'Gammal',
			role: 'reader'
		});
		if (created.kind !== 'ok') throw new Error(created.kind);
		const since = await lastAuditId();
		expect(await revokeApiToken(db, admin.actor, created.value.id)).toMatchObject({ kind: 'ok' });
		await oneAuditEntry(since, admin.actor);
		expect(await actorForApiToken(db, created.value.token)).toBeUndefined();
	});
});
