import { eq } from 'drizzle-orm';
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
import { apiTokens } from '../tables.ts';
import { anonymous, type Actor } from '../../../core/actor.ts';
import { actorForApiToken } from './sessions.ts';
import {
	createApiToken,
	grantRole,
	listOwnApiTokens,
	revokeApiToken,
	revokeRole
} from './users.ts';

/**
 * API tokens against a real database: who may make one and with which
 * roles, what it lets its holder do, revoking it, and the one audit entry
 * of each write.
 */

const LOWER_ONLY =
	'Du kan bara ge nyckeln en roll som du själv har i länet, eller en lägre (administratör, samordnare, redaktör, läsare).';

const database = databaseForFile();
const { admin } = castForFile(database, 'admin');
let db: Db;
beforeAll(async () => {
	db = database.db;
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

		const since = await lastAuditId(db);
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
		expect(await lastAuditId(db)).toBe(since);

		const created = await createApiToken(db, actor, '17', {
			name: 'Uppföljning i Power BI',
			role: 'reader'
		});
		if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
		expect(created.value.token).toMatch(/^nara_/);
		expect(await oneAuditEntry(db, since, actor)).toMatchObject({
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
		const before = await lastAuditId(db);
		expect(await revokeApiToken(db, other.actor, created.value.id)).toMatchObject({
			kind: 'forbidden'
		});
		expect(await lastAuditId(db)).toBe(before);

		expect(await revokeApiToken(db, actor, created.value.id)).toEqual({
			kind: 'ok',
			value: { id: created.value.id }
		});
		expect(await oneAuditEntry(db, before, actor)).toMatchObject({
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
		const role = await assignmentId(db, reader.actor.userId, '17', 'reader');
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
		const since = await lastAuditId(db);
		const editorToken = await make('editor', { organisationId: String(arvika) });
		if (editorToken.kind !== 'ok') throw new Error(JSON.stringify(editorToken));
		expect(await oneAuditEntry(db, since, boss.actor)).toMatchObject({
			after: { name: 'Nyckel editor', role: 'editor', organisationId: arvika }
		});
		expect(await actorForApiToken(db, editorToken.value.token)).toMatchObject({
			roles: [{ countyCode: '17', role: 'editor', organisationId: arvika }]
		});

		// when the person no longer holds a role at or above the token's, it grants nothing
		const role = await assignmentId(db, boss.actor.userId, '17', 'admin');
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
		const since = await lastAuditId(db);
		expect(
			await createApiToken(db, { ...admin.actor, via: 'token' }, '17', {
				name: 'Nyckel av nyckel',
				role: 'admin'
			})
		).toEqual({ kind: 'forbidden', message: 'Logga in för att skapa API-nycklar.' });
		expect(
			await createApiToken(db, anonymous, '17', { name: 'Anonym', role: 'reader' })
		).toMatchObject({ kind: 'forbidden' });
		expect(await lastAuditId(db)).toBe(since);
	});

	test('an administrator may revoke a token of someone in the county', async () => {
		const reader = await testUser(db, 'reader');
		const created = await createApiToken(db, reader.actor, '17', {
			name: 'Gammal',
			role: 'reader'
		});
		if (created.kind !== 'ok') throw new Error(created.kind);
		const since = await lastAuditId(db);
		expect(await revokeApiToken(db, admin.actor, created.value.id)).toMatchObject({ kind: 'ok' });
		await oneAuditEntry(db, since, admin.actor);
		expect(await actorForApiToken(db, created.value.token)).toBeUndefined();
	});
});
