import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { testUser, type TestUser } from '../../../../../tests/kit/cast.ts';
import { auditLog, sessions, users } from '../../../app/tables.ts';
import {
	createPasswordLink,
	MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
	passwordLinkOwner,
	setPasswordWithLink,
	signInWithPassword,
	signOutEverywhere
} from './service.ts';
import { actorForSession } from './sessions.ts';

const PASSWORD = 'en lång mening som lösenord';

const database = databaseForFile();
let person: TestUser;
beforeAll(async () => {
	person = await testUser(database.db, 'coordinator', '17', 'Arvika kommun', PASSWORD);
});

const at = (address: string) => ({ address, userAgent: 'vitest' });
/** signs in with `email` and `password` from `address` */
const signIn = (email: string, password: string, address: string) =>
	signInWithPassword(database.db, { email, password }, at(address));

describe('signing in with a local account', () => {
	test('the right password starts a new session each time; the cookie token resolves to the person', async () => {
		const first = await signIn(person.actor.email, PASSWORD, '10.0.0.1');
		const second = await signIn(`  ${person.actor.email.toUpperCase()} `, PASSWORD, '10.0.0.1');
		if (first.kind !== 'ok' || second.kind !== 'ok') throw new Error('sign-in failed');
		expect(first.value.token).not.toBe(second.value.token);
		const actor = await actorForSession(database.db, first.value.token);
		expect(actor).toMatchObject({
			kind: 'user',
			userId: person.actor.userId,
			roles: [{ countyCode: '17', role: 'coordinator', organisationId: null }]
		});
		// only a hash of the token is stored
		const stored = await database.db.select({ id: sessions.id }).from(sessions);
		expect(stored.some((s) => s.id === first.value.token)).toBe(false);
	});

	test('a wrong password and an unknown account get the same message', async () => {
		const wrong = await signIn(person.actor.email, 'fel fel fel', '10.0.0.2');
		const unknown = await signIn('ingen@exempel.se', 'fel fel fel', '10.0.0.2');
		const message = {
			kind: 'invalid',
			message: 'Fel e-postadress eller lösenord.',
			fields: { password: ['Fel e-postadress eller lösenord.'] }
		};
		expect(wrong).toEqual(message);
		expect(unknown).toEqual(message);
	});

	test('empty fields are named', async () => {
		expect(await signIn('', '', '10.0.0.3')).toEqual({
			kind: 'invalid',
			message: 'Inloggningen kunde inte göras.',
			fields: { email: ['Skriv din e-postadress.'], password: ['Skriv ditt lösenord.'] }
		});
	});

	test('the tenth wrong password in a minute from one address is refused there, even if it is right; the person at another address still signs in', async () => {
		const target = await testUser(database.db, 'reader', '17', 'Arvika kommun', PASSWORD);
		for (let i = 1; i <= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
			const r = await signIn(target.actor.email, `fel ${i}`, '10.1.0.66');
			expect(r.kind, `attempt ${i}`).toBe('invalid');
		}
		const tenth = await signIn(target.actor.email, PASSWORD, '10.1.0.66');
		expect(tenth).toEqual({
			kind: 'too_many',
			message: 'För många misslyckade inloggningsförsök. Vänta en minut och försök sedan igen.'
		});
		// the account is not locked: its owner, elsewhere, signs in
		const owner = await signIn(target.actor.email, PASSWORD, '10.1.0.99');
		expect(owner.kind).toBe('ok');
		// other accounts from the same address are not affected either
		const other = await signIn(person.actor.email, PASSWORD, '10.1.0.66');
		expect(other.kind).toBe('ok');
		// a minute later the address may try the account again
		await database.db.execute(
			sql`update sign_in_attempts set at = at - interval '61 seconds' where email = ${target.actor.email}`
		);
		expect((await signIn(target.actor.email, PASSWORD, '10.1.0.66')).kind).toBe('ok');
	});

	test('failures spread over many addresses do not lock the account', async () => {
		const target = await testUser(database.db, 'reader', '17', 'Arvika kommun', PASSWORD);
		for (let i = 1; i <= 3 * MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
			const r = await signIn(target.actor.email, `fel ${i}`, `10.2.${i % 3}.1`);
			expect(r.kind, `attempt ${i}`).toBe('invalid');
		}
		// each of the three addresses has used up its attempts at the account …
		expect((await signIn(target.actor.email, PASSWORD, '10.2.1.1')).kind).toBe('too_many');
		// … but the account itself is open to anyone else
		expect((await signIn(target.actor.email, PASSWORD, '10.2.9.9')).kind).toBe('ok');
	});

	test('many failures from one address are refused for every account', async () => {
		for (let i = 0; i < 30; i++) {
			await signIn(`gissning${i}@exempel.se`, 'fel fel', '192.0.2.7');
		}
		expect(await signIn(person.actor.email, PASSWORD, '192.0.2.7')).toMatchObject({
			kind: 'too_many'
		});
	});

	test('a disabled account cannot sign in, and its sessions stop working', async () => {
		const gone = await testUser(database.db, 'reader', '17', 'Arvika kommun', PASSWORD);
		await database.db
			.update(users)
			.set({ disabledAt: new Date() })
			.where(eq(users.id, gone.actor.userId));
		expect((await signIn(gone.actor.email, PASSWORD, '10.2.0.1')).kind).toBe('invalid');
		expect(await actorForSession(database.db, gone.sessionToken)).toBeUndefined();
	});
});

describe('one-time links and signing out', () => {
	test('a link sets the password once, ends old sessions and is audited', async () => {
		const newcomer = await testUser(database.db, 'editor');
		const token = await createPasswordLink(database.db, newcomer.actor.userId);
		expect(await passwordLinkOwner(database.db, token)).toEqual({
			email: newcomer.actor.email,
			name: newcomer.actor.name
		});
		expect(
			await setPasswordWithLink(database.db, token, { password: 'kort', confirm: 'kort' })
		).toEqual({
			kind: 'invalid',
			message: 'Lösenordet kunde inte sparas.',
			fields: { password: ['Lösenordet ska ha minst 12 tecken.'] }
		});
		expect(
			await setPasswordWithLink(database.db, token, {
				password: PASSWORD,
				confirm: 'något annat helt'
			})
		).toMatchObject({
			kind: 'invalid',
			fields: { confirm: ['Lösenorden är inte likadana.'] }
		});
		expect(
			await setPasswordWithLink(database.db, token, { password: PASSWORD, confirm: PASSWORD })
		).toEqual({
			kind: 'ok',
			value: { userId: newcomer.actor.userId }
		});
		expect(await actorForSession(database.db, newcomer.sessionToken)).toBeUndefined();
		expect(
			await setPasswordWithLink(database.db, token, { password: PASSWORD, confirm: PASSWORD })
		).toMatchObject({
			kind: 'not_found'
		});
		expect(await passwordLinkOwner(database.db, token)).toBeUndefined();
		const [hash] = await database.db
			.select({ h: users.passwordHash })
			.from(users)
			.where(eq(users.id, newcomer.actor.userId));
		expect(hash?.h).toMatch(/^\$argon2id\$/);
		const entries = await database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, String(newcomer.actor.userId)));
		expect(entries.map((e) => e.action)).toEqual(['set_password']);
		expect(JSON.stringify(entries)).not.toContain(PASSWORD);
		expect((await signIn(newcomer.actor.email, PASSWORD, '10.3.0.1')).kind).toBe('ok');
	});

	test('signing out everywhere ends every session of the person', async () => {
		const busy = await testUser(database.db, 'reader', '17', 'Arvika kommun', PASSWORD);
		const other = await signIn(busy.actor.email, PASSWORD, '10.4.0.1');
		if (other.kind !== 'ok') throw new Error(other.kind);
		expect(await signOutEverywhere(database.db, busy.actor)).toEqual({
			kind: 'ok',
			value: { ended: 2 }
		});
		expect(await actorForSession(database.db, busy.sessionToken)).toBeUndefined();
		expect(await actorForSession(database.db, other.value.token)).toBeUndefined();
	});
});
