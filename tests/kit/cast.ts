import { randomBytes } from 'node:crypto';
import { beforeAll } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { anonymous, type Actor, type Role } from '../../src/lib/core/actor.ts';
import { hashPassword } from '../../src/lib/modules/accounts/server/passwords.ts';
import { createSession, rolesOf } from '../../src/lib/modules/accounts/server/sessions.ts';
import type { Db } from '../../src/lib/platform/db/client.ts';
import { roleAssignments, users } from '../../src/lib/modules/accounts/tables.ts';
import { organisations } from '../../src/lib/modules/counties/tables.ts';

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

/** The id of `userId`'s role assignment as `role` in `countyCode`. */
export async function assignmentId(
	db: Db,
	userId: number,
	countyCode: string,
	role: Role
): Promise<number> {
	const [row] = await db
		.select({ id: roleAssignments.id })
		.from(roleAssignments)
		.where(
			and(
				eq(roleAssignments.userId, userId),
				eq(roleAssignments.countyCode, countyCode),
				eq(roleAssignments.role, role)
			)
		);
	if (!row) throw new Error(`user ${userId} has no role ${role} in ${countyCode}`);
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

/**
 * The people most database tests need, each a new user made directly in the
 * database: their role and county (Värmland, 17, unless named here).
 */
const PARTS = {
	coordinator: ['coordinator'],
	otherCoordinator: ['coordinator'],
	admin: ['admin'],
	reader: ['reader'],
	/** an editor of Arvika kommun */
	editor: ['editor'],
	dalarnaCoordinator: ['coordinator', '20'],
	dalarnaAdmin: ['admin', '20'],
	stockholmCoordinator: ['coordinator', '01']
} as const satisfies Record<string, readonly [Role, string?]>;

export type Part = keyof typeof PARTS;

/**
 * The people of a test file, made in the order named once `database` is open
 * (before the file's own hooks that come after this call). Each object is
 * filled in then: read `coordinator.actor` inside tests and hooks.
 */
export function castForFile<P extends Part>(
	database: { db: Db },
	...parts: P[]
): Record<P, TestUser> {
	const cast = Object.fromEntries(parts.map((p) => [p, {} as TestUser])) as Record<P, TestUser>;
	beforeAll(async () => {
		for (const part of parts) {
			const [role, countyCode] = PARTS[part];
			Object.assign(cast[part], await testUser(database.db, role, countyCode));
		}
	});
	return cast;
}

/** The five people of most service tests: two coordinators, a reader, an editor, and a coordinator in Dalarna. */
export const FIVE = [
	'coordinator',
	'otherCoordinator',
	'reader',
	'editor',
	'dalarnaCoordinator'
] as const satisfies Part[];

/** The FIVE people (see castForFile), for a file whose tests need them all. */
export const castOfFive = (database: { db: Db }) => castForFile(database, ...FIVE);

/**
 * Who may not write a county's content, for `test.each`: anonymous, a reader,
 * an editor and a coordinator of another county, each as its description and
 * its actor (read when the test runs).
 */
export function outsiders(
	cast: Record<'reader' | 'editor' | 'dalarnaCoordinator', TestUser>
): [string, () => Actor][] {
	return [
		['anonymous', () => anonymous],
		['a reader', () => cast.reader.actor],
		['an editor', () => cast.editor.actor],
		['a coordinator of another county', () => cast.dalarnaCoordinator.actor]
	];
}

/** How the audit log and a conflict name a person: "Name <email>". */
export const label = (u: TestUser) => `${u.actor.name} <${u.actor.email}>`;
