import { eq, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { testUser } from '../../../../../tests/kit/cast.ts';
import { sessions } from '../tables.ts';
import { actorForSession, createSession } from './sessions.ts';

const database = databaseForFile();

test('a sign-in deletes the sessions that have expired, and keeps the valid ones', async () => {
	const { db } = database;
	const old = await testUser(db, 'reader');
	const current = await testUser(db, 'reader');
	await db
		.update(sessions)
		.set({ expiresAt: sql`now() - interval '1 minute'` })
		.where(eq(sessions.userId, old.actor.userId));
	expect(await actorForSession(db, old.sessionToken)).toBeUndefined();
	const expiredBefore = await db
		.select()
		.from(sessions)
		.where(eq(sessions.userId, old.actor.userId));
	expect(expiredBefore).toHaveLength(1);

	await createSession(db, current.actor.userId, 'password');

	expect(await db.select().from(sessions).where(eq(sessions.userId, old.actor.userId))).toEqual([]);
	expect(await actorForSession(db, current.sessionToken)).toMatchObject({
		userId: current.actor.userId
	});
});
