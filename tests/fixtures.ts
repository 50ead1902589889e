import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Actor, Role } from '../src/lib/core/actor.ts';
import { hashPassword } from '../src/lib/modules/accounts/server/passwords.ts';
import { createSession, rolesOf } from '../src/lib/modules/accounts/server/sessions.ts';
import type { Db } from '../src/lib/platform/db/client.ts';
import { roleAssignments, users } from '../src/lib/modules/accounts/tables.ts';
import { organisations } from '../src/lib/modules/counties/tables.ts';

/**
 * People for tests: a user with one role, made directly in the database (the
 * way an administrator's invitation would end), and a session for them.
 */

export interface TestUser {
	actor: Extract<Actor, { kind: 'user' }>;
	/** the session cookie's value */
	sessionToken: string;
}

export async function organisationId(db: Db, name: string): Promise<number> {
	const [row] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(sql`${organisations.name} = ${name}`);
	if (!row) throw new Error(`no organisation ${name}`);
	return row.id;
}

/** A person with `role` in `countyCode` (an editor belongs to `organisation`, default Arvika kommun). */
export async function testUser(
	db: Db,
	role: Role,
	countyCode = '17',
	organisation = 'Arvika kommun',
	password?: string
): Promise<TestUser> {
	const tag = randomBytes(4).toString('hex');
	const [user] = await db
		.insert(users)
		.values({
			email: `${role}-${tag}@test.nara.invalid`,
			name: `Test ${role} ${tag}`,
			passwordHash: password ? await hashPassword(password) : null
		})
		.returning();
	await db.insert(roleAssignments).values({
		userId: user!.id,
		countyCode,
		role,
		organisationId: role === 'editor' ? await organisationId(db, organisation) : null
	});
	const { token } = await createSession(db, user!.id, 'password');
	return {
		actor: {
			kind: 'user',
			userId: user!.id,
			email: user!.email,
			name: user!.name,
			roles: await rolesOf(db, user!.id),
			via: 'session'
		},
		sessionToken: token
	};
}
