import { desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, ok, type Outcome } from '../../core/outcome.ts';
import { audit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { auditLog } from '../../platform/db/tables.ts';
import {
	apiTokens,
	passwordTokens,
	roleAssignments,
	sessions,
	signInAttempts,
	users
} from '../accounts/tables.ts';
import { storyAnswers } from '../stories/tables.ts';
import { supportRequests } from '../support/tables.ts';
import { eraseOwnWork, ownWork } from './own-work.server.ts';
import { EraseInput } from './schema.ts';

/**
 * An account holder's own data (GDPR articles 15, 20 and 17): everything
 * Nära keeps about them, as JSON; and the erasure of their account. The
 * audit log keeps what they did under the name they had then: it is a public
 * record (offentlighetsprincipen), which article 17.3 b exempts.
 */

type User = Extract<Actor, { kind: 'user' }>;

export async function accountData(db: Db, actor: Actor): Promise<Outcome<Record<string, unknown>>> {
	if (actor.kind !== 'user') return forbidden('Logga in för att hämta dina uppgifter.');
	const id = actor.userId;
	const [user] = await db.select().from(users).where(eq(users.id, id));
	if (!user) return forbidden('Kontot finns inte längre.');
	const [roles, browsers, tokens, attempts, answers, requests, entries, work] = await Promise.all([
		db
			.select({
				county: roleAssignments.countyCode,
				role: roleAssignments.role,
				organisationId: roleAssignments.organisationId,
				since: roleAssignments.createdAt
			})
			.from(roleAssignments)
			.where(eq(roleAssignments.userId, id)),
		db
			.select({
				createdAt: sessions.createdAt,
				lastSeenAt: sessions.lastSeenAt,
				userAgent: sessions.userAgent,
				method: sessions.method
			})
			.from(sessions)
			.where(eq(sessions.userId, id)),
		db
			.select({
				name: apiTokens.name,
				county: apiTokens.countyCode,
				role: apiTokens.role,
				createdAt: apiTokens.createdAt,
				lastUsedAt: apiTokens.lastUsedAt,
				revokedAt: apiTokens.revokedAt
			})
			.from(apiTokens)
			.where(eq(apiTokens.userId, id)),
		db
			.select({
				at: signInAttempts.at,
				address: signInAttempts.address,
				success: signInAttempts.success
			})
			.from(signInAttempts)
			.where(eq(signInAttempts.email, user.email)),
		db
			.select({
				storyId: storyAnswers.storyId,
				body: storyAnswers.body,
				at: storyAnswers.createdAt
			})
			.from(storyAnswers)
			.where(eq(storyAnswers.answeredBy, id)),
		db
			.select({
				id: supportRequests.id,
				county: supportRequests.countyCode,
				workplace: supportRequests.workplace,
				need: supportRequests.need,
				status: supportRequests.status,
				at: supportRequests.createdAt
			})
			.from(supportRequests)
			.where(eq(supportRequests.requestedBy, id)),
		db
			.select({
				at: auditLog.at,
				action: auditLog.action,
				entityType: auditLog.entityType,
				entityId: auditLog.entityId
			})
			.from(auditLog)
			.where(eq(auditLog.actorUserId, id))
			.orderBy(desc(auditLog.id)),
		ownWork(db, id, user)
	]);
	return ok({
		exportedAt: new Date().toISOString(),
		account: {
			id,
			email: user.email,
			name: user.name,
			hasPassword: user.passwordHash !== null,
			singleSignOn: user.oidcIssuer !== null,
			createdAt: user.createdAt,
			updatedAt: user.updatedAt
		},
		roles,
		sessions: browsers,
		apiTokens: tokens,
		signInAttempts: attempts,
		storyAnswers: answers,
		supportRequests: requests,
		...work,
		changes: entries
	});
}

/**
 * The account holder erases their account: roles, sessions, keys and sign-in
 * attempts are deleted; the account keeps only its number, so that the audit
 * log's entries and what the person asked for, owns or recorded in other
 * modules still point somewhere (it names nobody once the name and e-mail
 * are replaced). They are signed out everywhere.
 */
export async function eraseAccount(
	db: Db,
	actor: Actor,
	values: Record<string, unknown>
): Promise<Outcome<{ id: number }>> {
	if (actor.kind !== 'user') return forbidden('Logga in för att radera ditt konto.');
	const parsed = EraseInput.safeParse(values);
	if (!parsed.success) return invalid('Kontot raderades inte.', fieldErrors(parsed.error.issues));
	const id = (actor as User).userId;
	return db.transaction(async (tx) => {
		const [user] = await tx.select().from(users).where(eq(users.id, id)).for('update');
		if (!user) return forbidden('Kontot finns inte längre.');
		await tx.delete(sessions).where(eq(sessions.userId, id));
		await tx.delete(passwordTokens).where(eq(passwordTokens.userId, id));
		await tx.delete(apiTokens).where(eq(apiTokens.userId, id));
		await tx.delete(roleAssignments).where(eq(roleAssignments.userId, id));
		await tx.delete(signInAttempts).where(eq(signInAttempts.email, user.email));
		await tx.update(storyAnswers).set({ answeredBy: null }).where(eq(storyAnswers.answeredBy, id));
		await eraseOwnWork(tx, id, user, `Raderat konto ${id}`);
		await tx
			.update(users)
			.set({
				email: `raderad-${id}@nara.invalid`,
				name: `Raderat konto ${id}`,
				passwordHash: null,
				oidcIssuer: null,
				oidcSubject: null,
				disabledAt: sql`now()`,
				revision: sql`${users.revision} + 1`,
				updatedAt: sql`now()`
			})
			.where(eq(users.id, id));
		await audit(tx, actor, {
			action: 'erase',
			entityType: 'user',
			entityId: id,
			countyCode: null,
			before: null,
			after: null
		});
		return ok({ id });
	});
}
