import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from '../../../core/zod.ts';
import { Email, NewPassword } from '../schema.ts';
import { audit } from '../../../platform/audit.ts';
import type { Db } from '../../../platform/db/client.ts';
import { defineJob } from '../../../platform/jobs/define.ts';
import type { JobQueue } from '../../../platform/jobs/queue.ts';
import type { Mailer } from '../../../platform/mail/mailer.ts';
import { UserFacingError } from '../../../platform/errors.ts';
import { sessions, signInAttempts, users } from '../tables.ts';
import { fieldErrors, forbidden, invalid, ok, type Outcome } from '../../../core/outcome.ts';
import { systemActor, type Actor } from '../../../core/actor.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { hashToken } from './tokens.ts';
import { PASSWORD_LINK_DAYS, createPasswordLink, tooMany, tooManyFailures } from './service.ts';

/**
 * A person's own password: changing it while signed in, and a one-time link
 * by e-mail when it is forgotten. Both share the sign-in's limits: a wrong
 * current password and every request for a link count as failed attempts
 * of the account from the address (service.ts).
 */

export const ChangePasswordInput = z
	.object({
		current: z
			.string({ error: 'Skriv ditt nuvarande lösenord.' })
			.min(1, { error: 'Skriv ditt nuvarande lösenord.' })
			.max(200, { error: 'Lösenordet är för långt.' }),
		password: NewPassword,
		confirm: z.string({ error: 'Skriv det nya lösenordet en gång till.' })
	})
	.refine((v) => v.password === v.confirm, {
		error: 'Lösenorden är inte likadana.',
		path: ['confirm']
	});

export const ResetRequestInput = z.object({ email: Email });

const WRONG_CURRENT = 'Det nuvarande lösenordet stämmer inte.';

/**
 * Changes the signed-in person's password. Their other sessions end (a
 * password someone else knew no longer keeps them signed in); this one stays.
 */
export async function changePassword(
	db: Db,
	actor: Actor,
	raw: Record<string, unknown>,
	context: { address: string; sessionToken: string | null }
): Promise<Outcome<{ otherSessionsEnded: number }>> {
	if (actor.kind !== 'user' || actor.via !== 'session')
		return forbidden('Logga in för att byta lösenord.');
	const parsed = ChangePasswordInput.safeParse(raw);
	if (!parsed.success) return invalid('Lösenordet byttes inte.', fieldErrors(parsed.error.issues));
	if (await tooManyFailures(db, context.address, actor.email))
		return tooMany('För många försök med fel lösenord');
	const [user] = await db
		.select({ passwordHash: users.passwordHash })
		.from(users)
		.where(eq(users.id, actor.userId));
	const good = await verifyPassword(user?.passwordHash ?? null, parsed.data.current);
	if (!good) {
		await db
			.insert(signInAttempts)
			.values({ email: actor.email, address: context.address, success: false });
		return invalid('Lösenordet byttes inte.', { current: [WRONG_CURRENT] });
	}
	const passwordHash = await hashPassword(parsed.data.password);
	return db.transaction(async (tx) => {
		await tx
			.update(users)
			.set({ passwordHash, updatedAt: sql`now()`, revision: sql`${users.revision} + 1` })
			.where(eq(users.id, actor.userId));
		const keep = context.sessionToken ? hashToken(context.sessionToken) : '';
		const ended = await tx
			.delete(sessions)
			.where(and(eq(sessions.userId, actor.userId), ne(sessions.id, keep)))
			.returning({ id: sessions.id });
		await audit(tx, actor, {
			action: 'change_password',
			entityType: 'user',
			entityId: actor.userId,
			countyCode: null,
			before: null,
			after: { password: 'bytt av personen själv', otherSessionsEnded: ended.length }
		});
		return ok({ otherSessionsEnded: ended.length });
	});
}

/** Whether the person has a password (one who signs in only through their organisation has none). */
export async function hasPassword(db: Db, userId: number): Promise<boolean> {
	const [row] = await db
		.select({ set: sql<boolean>`${users.passwordHash} is not null` })
		.from(users)
		.where(eq(users.id, userId));
	return row?.set ?? false;
}

/** The job's data: the address asked for, never a token (the job makes the link). */
interface ResetMailData {
	email: string;
}

export const PASSWORD_RESET_QUEUE = 'password-reset-mail';

/**
 * Asks for a one-time link by e-mail. The answer is the same whether or not
 * the address has an account (nothing tells who has one), and so is the
 * work: the request is queued, and the job looks the address up.
 */
export async function requestPasswordReset(
	db: Db,
	queue: JobQueue,
	raw: Record<string, unknown>,
	context: { address: string }
): Promise<Outcome<{ email: string }>> {
	const parsed = ResetRequestInput.safeParse(raw);
	if (!parsed.success) return invalid('Ingen länk skickades.', fieldErrors(parsed.error.issues));
	const { email } = parsed.data;
	if (await tooManyFailures(db, context.address, email))
		return tooMany('För många försök från din adress');
	await db.transaction(async (tx) => {
		// a request counts as an attempt, so asking cannot be used to flood anyone's inbox
		await tx.insert(signInAttempts).values({ email, address: context.address, success: false });
		await queue.send(tx, PASSWORD_RESET_QUEUE, { email } satisfies ResetMailData);
	});
	return ok({ email });
}

/** The e-mail with the link, in plain Swedish. */
export function resetMail(name: string, link: string): { subject: string; text: string } {
	return {
		subject: 'Välj ett nytt lösenord till Nära',
		text: [
			`Hej ${name}!`,
			'',
			'Någon (troligen du) bad om en länk för att välja ett nytt lösenord till Nära. Öppna länken och välj lösenordet:',
			'',
			link,
			'',
			`Länken fungerar en gång och i ${PASSWORD_LINK_DAYS} dagar. Ditt gamla lösenord gäller tills du har valt ett nytt.`,
			'Bad du inte om länken kan du strunta i det här brevet.'
		].join('\n')
	};
}

/**
 * Sends the link to the address, when it belongs to an account that is not
 * closed. Without an SMTP server or ORIGIN (the address the link opens) the
 * job fails with what the operator must set: the page asking for it says
 * beforehand that e-mail is not set up (resetByMailAvailable).
 */
export function passwordResetMailJob(mailer: Mailer | null, origin: string | undefined) {
	return defineJob<ResetMailData>({
		name: PASSWORD_RESET_QUEUE,
		title: 'Länk för nytt lösenord',
		retryLimit: 3,
		retryDelaySeconds: 30,
		timeoutSeconds: 60,
		async run({ db }, data) {
			if (!mailer || !origin)
				throw new UserFacingError(
					'E-post är inte inställd (SMTP_HOST och ORIGIN), så ingen länk kunde skickas.'
				);
			const [user] = await db
				.select({ id: users.id, name: users.name, disabledAt: users.disabledAt })
				.from(users)
				.where(eq(users.email, data.email));
			if (!user || user.disabledAt) return { message: 'Adressen har inget öppet konto.' };
			const token = await createPasswordLink(db, user.id);
			await mailer.send({
				to: data.email,
				...resetMail(user.name, `${origin}/konto/losenord/${token}`)
			});
			await audit(db, systemActor('Nära (e-post på personens begäran)'), {
				action: 'password_link',
				entityType: 'user',
				entityId: user.id,
				countyCode: null,
				before: null,
				after: { link: 'engångslänk skickad med e-post på personens begäran' }
			});
			return { message: 'Länken skickades.' };
		}
	});
}

/** Whether this installation can send reset links (an SMTP server and ORIGIN are set). */
export const resetByMailAvailable = (mail: unknown, origin: string | undefined): boolean =>
	Boolean(mail && origin);
