import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { auditOf } from '../../../../tests/kit/audit.ts';
import { testUser } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { roleAssignments, sessions, users } from '../accounts/tables.ts';
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
