import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { apiTokens, roleAssignments, sessions, users } from '../tables.ts';
import type { Actor, Role, RoleGrant } from '../../../core/actor.ts';
import { canGrantTokenRole } from '../domain/permissions.ts';
import { hashToken, newToken } from './tokens.ts';

/** Sessions live in the database, so several instances of Nära can share them. */

export const SESSION_COOKIE = 'nara_session';
export const SESSION_DAYS = 30;
const TOUCH_AFTER_MS = 5 * 60_000;

export async function rolesOf(db: Db, userId: number): Promise<RoleGrant[]> {
	return db
		.select({
			countyCode: roleAssignments.countyCode,
			organisationId: roleAssignments.organisationId,
			role: roleAssignments.role
		})
		.from(roleAssignments)
		.where(eq(roleAssignments.userId, userId));
}

/** Starts a session for the user and returns the cookie's token (a new one at every sign-in). */
export async function createSession(
	db: Db,
	userId: number,
	method: 'password' | 'oidc',
	userAgent = ''
): Promise<{ token: string; expiresAt: Date }> {
	const token = newToken();
	const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
	// every sign-in sweeps the sessions that have expired, so none is kept past its time
	await purgeExpiredSessions(db);
	await db.insert(sessions).values({
		id: hashToken(token),
		userId,
		expiresAt,
		method,
		userAgent: userAgent.slice(0, 300)
	});
	return { token, expiresAt };
}

/** The person behind a session cookie, or undefined when it is unknown, expired or disabled. */
export async function actorForSession(db: Db, token: string): Promise<Actor | undefined> {
	const id = hashToken(token);
	const [row] = await db
		.select({
			userId: users.id,
			email: users.email,
			name: users.name,
			lastSeenAt: sessions.lastSeenAt
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`), isNull(users.disabledAt)));
	if (!row) return undefined;
	if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
		await db
			.update(sessions)
			.set({ lastSeenAt: sql`now()` })
			.where(eq(sessions.id, id));
	}
	return {
		kind: 'user',
		userId: row.userId,
		email: row.email,
		name: row.name,
		roles: await rolesOf(db, row.userId),
		via: 'session'
	};
}

/**
 * The person who started work that runs later (a background job), with their
 * roles as they are now; undefined when the account is disabled or gone.
 */
export async function actorForUser(db: Db, userId: number): Promise<Actor | undefined> {
	const [row] = await db
		.select({ email: users.email, name: users.name })
		.from(users)
		.where(and(eq(users.id, userId), isNull(users.disabledAt)));
	if (!row) return undefined;
	return {
		kind: 'user',
		userId,
		email: row.email,
		name: row.name,
		roles: await rolesOf(db, userId),
		via: 'session'
	};
}

/** The person behind an API token, limited to the token's one role in one county. */
export async function actorForApiToken(db: Db, token: string): Promise<Actor | undefined> {
	const [row] = await db
		.select({
			tokenId: apiTokens.id,
			userId: users.id,
			email: users.email,
			name: users.name,
			countyCode: apiTokens.countyCode,
			role: apiTokens.role,
			organisationId: apiTokens.organisationId
		})
		.from(apiTokens)
		.innerJoin(users, eq(users.id, apiTokens.userId))
		.where(
			and(
				eq(apiTokens.tokenHash, hashToken(token)),
				isNull(apiTokens.revokedAt),
				isNull(users.disabledAt)
			)
		);
	if (!row) return undefined;
	await db
		.update(apiTokens)
		.set({ lastUsedAt: sql`now()` })
		.where(eq(apiTokens.id, row.tokenId));
	// the token never grants more than the person has now: its role, while they
	// hold it or one above it in the county (an editor's token made before tokens
	// kept their organisation edits for the editor's own)
	const held = await rolesOf(db, row.userId);
	const role = row.role as Role;
	const organisationId =
		row.organisationId ??
		(role === 'editor'
			? (held.find((r) => r.countyCode === row.countyCode && r.role === 'editor')?.organisationId ??
				null)
			: null);
	const wanted = { role, organisationId: role === 'editor' ? organisationId : null };
	const grant: RoleGrant | undefined = canGrantTokenRole(held, row.countyCode, wanted)
		? { countyCode: row.countyCode, ...wanted }
		: undefined;
	return {
		kind: 'user',
		userId: row.userId,
		email: row.email,
		name: row.name,
		roles: grant ? [grant] : [],
		via: 'token'
	};
}

export async function endSession(db: Db, token: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

/** Signs the person out everywhere: every session of theirs ends. */
export async function endAllSessions(db: Db | Tx, userId: number): Promise<number> {
	const ended = await db
		.delete(sessions)
		.where(eq(sessions.userId, userId))
		.returning({ id: sessions.id });
	return ended.length;
}

/** Deletes every expired session (at each sign-in, and nightly as a job); how many. */
export async function purgeExpiredSessions(db: Db): Promise<number> {
	const gone = await db
		.delete(sessions)
		.where(lt(sessions.expiresAt, sql`now()`))
		.returning({ id: sessions.id });
	return gone.length;
}
