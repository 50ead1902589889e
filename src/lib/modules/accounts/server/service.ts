import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { SetPasswordInput, SignInInput } from '../schema.ts';
import { audit } from '../../../platform/audit.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { passwordTokens, signInAttempts, users } from '../tables.ts';
import { fieldErrors, invalid, ok, type Outcome } from '../../../core/outcome.ts';
import type { Actor } from '../../../core/actor.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createSession, endAllSessions, endSession } from './sessions.ts';
import { hashToken, newToken } from './tokens.ts';

/**
 * Signing in with a local account, one-time links to set a password, and
 * signing out. Single sign-on (OIDC) is in oidc.ts and ends in the same
 * sessions.
 */

/**
 * Failed attempts in a minute before further attempts are refused (the tenth
 * is refused). The lock is on the attempt, not on the account: failures are
 * counted per account and address together, so someone who knows an e-mail
 * address cannot lock its owner out from another address; and per address
 * over every account, so one address cannot guess across accounts.
 */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 9;
export const MAX_FAILURES_PER_ADDRESS = 30;
const WINDOW = sql`now() - interval '1 minute'`;
export const PASSWORD_LINK_DAYS = 7;

const WRONG = 'Fel e-postadress eller lösenord.';

export interface SignedIn {
	token: string;
	expiresAt: Date;
	userId: number;
}

/** Failed attempts in the last minute from the address, for one account or (without it) any. */
async function failuresSince(db: Db, address: string, email?: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(signInAttempts)
		.where(
			and(
				eq(signInAttempts.address, address),
				email === undefined ? undefined : eq(signInAttempts.email, email),
				eq(signInAttempts.success, false),
				gt(signInAttempts.at, WINDOW)
			)
		);
	return row?.n ?? 0;
}

/**
 * Whether the address has failed too often in the last minute, for this
 * account or over all accounts. Signing in, changing a password and asking
 * for a reset link share the limit (each failure or request counts).
 */
export async function tooManyFailures(db: Db, address: string, email: string): Promise<boolean> {
	return (
		(await failuresSince(db, address, email)) >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS ||
		(await failuresSince(db, address)) >= MAX_FAILURES_PER_ADDRESS
	);
}

/** The answer when tooManyFailures holds: what was tried too often, and what to do. */
export const tooMany = (what: string) =>
	({ kind: 'too_many', message: `${what}. Vänta en minut och försök sedan igen.` }) as const;

/** Signs in with e-mail and password; rate-limited per account and address, and per address. */
export async function signInWithPassword(
	db: Db,
	raw: Record<string, unknown>,
	context: { address: string; userAgent?: string }
): Promise<Outcome<SignedIn>> {
	const parsed = SignInInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Inloggningen kunde inte göras.', fieldErrors(parsed.error.issues));
	const { email, password } = parsed.data;

	if (await tooManyFailures(db, context.address, email))
		return tooMany('För många misslyckade inloggningsförsök');

	const [user] = await db
		.select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
		.from(users)
		.where(eq(users.email, email));
	const good = (await verifyPassword(user?.passwordHash ?? null, password)) && !user?.disabledAt;
	await db.insert(signInAttempts).values({ email, address: context.address, success: good });
	if (!good || !user) return invalid(WRONG, { password: [WRONG] });

	const session = await createSession(db, user.id, 'password', context.userAgent);
	return ok({ ...session, userId: user.id });
}

/** Creates a one-time link (the token in it) for the person to set their password. */
export async function createPasswordLink(db: Db | Tx, userId: number): Promise<string> {
	const token = newToken();
	await db.insert(passwordTokens).values({
		id: hashToken(token),
		userId,
		expiresAt: sql`now() + make_interval(days => ${PASSWORD_LINK_DAYS})`
	});
	return token;
}

/** Whom a one-time link is for, if it is still valid. */
export async function passwordLinkOwner(
	db: Db,
	token: string
): Promise<{ email: string; name: string } | undefined> {
	const [row] = await db
		.select({ email: users.email, name: users.name })
		.from(passwordTokens)
		.innerJoin(users, eq(users.id, passwordTokens.userId))
		.where(
			and(
				eq(passwordTokens.id, hashToken(token)),
				isNull(passwordTokens.usedAt),
				gt(passwordTokens.expiresAt, sql`now()`)
			)
		);
	return row;
}

/** Sets the password through a one-time link; the link is used up and old sessions end. */
export async function setPasswordWithLink(
	db: Db,
	token: string,
	raw: Record<string, unknown>
): Promise<Outcome<{ userId: number }>> {
	const parsed = SetPasswordInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Lösenordet kunde inte sparas.', fieldErrors(parsed.error.issues));
	const passwordHash = await hashPassword(parsed.data.password);
	return db.transaction(async (tx) => {
		const [link] = await tx
			.update(passwordTokens)
			.set({ usedAt: sql`now()` })
			.where(
				and(
					eq(passwordTokens.id, hashToken(token)),
					isNull(passwordTokens.usedAt),
					gt(passwordTokens.expiresAt, sql`now()`)
				)
			)
			.returning({ userId: passwordTokens.userId });
		if (!link) {
			return {
				kind: 'not_found',
				message: 'Länken gäller inte längre. Be en administratör om en ny länk.'
			} as const;
		}
		const [user] = await tx
			.update(users)
			.set({ passwordHash, updatedAt: sql`now()`, revision: sql`${users.revision} + 1` })
			.where(eq(users.id, link.userId))
			.returning({ id: users.id, email: users.email, name: users.name });
		await endAllSessions(tx, link.userId);
		await audit(
			tx,
			{
				kind: 'user',
				userId: user!.id,
				email: user!.email,
				name: user!.name,
				roles: [],
				via: 'session'
			},
			{
				action: 'set_password',
				entityType: 'user',
				entityId: user!.id,
				countyCode: null,
				before: null,
				after: { password: 'nytt lösenord satt via engångslänk' }
			}
		);
		return ok({ userId: user!.id });
	});
}

export async function signOut(db: Db, token: string): Promise<void> {
	await endSession(db, token);
}

/** Ends every session of the signed-in person, on every device. */
export async function signOutEverywhere(db: Db, actor: Actor): Promise<Outcome<{ ended: number }>> {
	if (actor.kind !== 'user') return { kind: 'forbidden', message: 'Du är inte inloggad.' };
	return db.transaction(async (tx) => {
		const ended = await endAllSessions(tx, actor.userId);
		await audit(tx, actor, {
			action: 'sign_out_everywhere',
			entityType: 'user',
			entityId: actor.userId,
			countyCode: null,
			before: null,
			after: { sessionsEnded: ended }
		});
		return ok({ ended });
	});
}
