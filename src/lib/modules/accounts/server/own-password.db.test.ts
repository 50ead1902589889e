import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { testUser, type TestUser } from '../../../../../tests/kit/cast.ts';
import { auditOf } from '../../../../../tests/kit/audit.ts';
import { jobsFor } from '../../../../../tests/kit/jobs.ts';
import { localSmtpServer } from '../../../../../tests/kit/smtp.ts';
import { smtpMailer, type Mailer } from '../../../platform/mail/mailer.ts';
import type { Jobs } from '../../../app/jobs.ts';
import { sessions, users } from '../tables.ts';
import { changePassword, passwordResetMailJob, requestPasswordReset } from './own-password.ts';
import { setPasswordWithLink, signInWithPassword } from './service.ts';

const PASSWORD = 'en lång mening som lösenord';
const ORIGIN = 'https://nara.example.se';

const database = databaseForFile();
let smtp: Awaited<ReturnType<typeof localSmtpServer>>;
let mailer: Mailer;
let jobs: Jobs;

beforeAll(async () => {
	smtp = await localSmtpServer();
	mailer = smtpMailer(smtp.settings);
	jobs = await jobsFor(database, [passwordResetMailJob(mailer, ORIGIN)]);
});
afterAll(async () => {
	mailer?.close();
	await smtp?.stop();
});

const signIn = (email: string, password: string, address = '10.1.0.1') =>
	signInWithPassword(database.db, { email, password }, { address });

async function person(): Promise<TestUser> {
	return testUser(database.db, 'editor', '17', 'Arvika kommun', PASSWORD);
}

async function sessionOf(p: TestUser): Promise<string> {
	const s = await signIn(p.actor.email, PASSWORD);
	if (s.kind !== 'ok') throw new Error(s.kind);
	return s.value.token;
}

describe('changing one’s own password', () => {
	test('needs the current password; the new one works, the old does not, other sessions end', async () => {
		const p = await person();
		const here = await sessionOf(p);
		await sessionOf(p); // another device
		const change = (raw: Record<string, string>, address = '10.2.0.1') =>
			changePassword(database.db, p.actor, raw, { address, sessionToken: here });
		const next = 'ett helt annat långt lösenord';

		expect(await change({ current: 'fel lösenord', password: next, confirm: next })).toEqual({
			kind: 'invalid',
			message: 'Lösenordet byttes inte.',
			fields: { current: ['Det nuvarande lösenordet stämmer inte.'] }
		});
		expect(await change({ current: PASSWORD, password: 'kort', confirm: 'kort' })).toMatchObject({
			kind: 'invalid',
			fields: { password: ['Lösenordet ska ha minst 12 tecken.'] }
		});
		expect(await change({ current: PASSWORD, password: next, confirm: `${next}!` })).toMatchObject({
			kind: 'invalid',
			fields: { confirm: ['Lösenorden är inte likadana.'] }
		});
		expect((await signIn(p.actor.email, PASSWORD)).kind).toBe('ok'); // nothing changed yet

		const open = await database.db
			.select({ id: sessions.id })
			.from(sessions)
			.where(eq(sessions.userId, p.actor.userId));
		expect(open.length).toBeGreaterThanOrEqual(3);
		expect(await change({ current: PASSWORD, password: next, confirm: next })).toEqual({
			kind: 'ok',
			value: { otherSessionsEnded: open.length - 1 }
		});
		const left = await database.db
			.select({ id: sessions.id })
			.from(sessions)
			.where(eq(sessions.userId, p.actor.userId));
		expect(left).toHaveLength(1); // this one, kept
		expect((await signIn(p.actor.email, PASSWORD, '10.3.0.1')).kind).toBe('invalid');
		expect((await signIn(p.actor.email, next, '10.3.0.1')).kind).toBe('ok');
		const entries = await auditOf(database.db, 'user', p.actor.userId);
		expect(entries.at(-1)).toMatchObject({
			action: 'change_password',
			after: { password: 'bytt av personen själv', otherSessionsEnded: open.length - 1 }
		});
		expect(JSON.stringify(entries)).not.toContain(next);
	});

	test('shares the sign-in’s limit: after nine wrong current passwords even the right one is refused', async () => {
		const p = await person();
		const next = 'ett nytt lösenord för gränsen';
		const change = (current: string) =>
			changePassword(
				database.db,
				p.actor,
				{ current, password: next, confirm: next },
				{ address: '10.4.0.1', sessionToken: null }
			);
		for (let i = 0; i < 9; i++) expect((await change('gissning')).kind).toBe('invalid');
		expect(await change(PASSWORD)).toEqual({
			kind: 'too_many',
			message: 'För många försök med fel lösenord. Vänta en minut och försök sedan igen.'
		});
		const [row] = await database.db
			.select({ hash: users.passwordHash })
			.from(users)
			.where(eq(users.id, p.actor.userId));
		expect((await signIn(p.actor.email, PASSWORD, '10.5.0.1')).kind).toBe('ok');
		expect(row!.hash).not.toBeNull();
	});

	test('an API token cannot change the password', async () => {
		const p = await person();
		const viaToken = { ...p.actor, via: 'token' as const };
		expect(
			(
				await changePassword(
					database.db,
					viaToken,
					{ current: PASSWORD, password: 'x'.repeat(12), confirm: 'x'.repeat(12) },
					{ address: '10.6.0.1', sessionToken: null }
				)
			).kind
		).toBe('forbidden');
	});
});

/** Waits until the local SMTP server has received `n` messages in all. */
async function messages(n: number) {
	const until = Date.now() + 20_000;
	while (smtp.messages.length < n) {
		if (Date.now() > until) throw new Error(`only ${smtp.messages.length} of ${n} messages came`);
		await new Promise((r) => setTimeout(r, 100));
	}
	return smtp.messages;
}

describe('a forgotten password', () => {
	test('the link reaches the local SMTP server and sets a new password once', async () => {
		const p = await person();
		const before = smtp.messages.length;
		const asked = await requestPasswordReset(
			database.db,
			jobs.queue,
			{ email: ` ${p.actor.email.toUpperCase()} ` },
			{ address: '10.7.0.1' }
		);
		expect(asked).toEqual({ kind: 'ok', value: { email: p.actor.email } });
		const mail = (await messages(before + 1)).at(-1)!;
		expect(mail.to).toEqual([p.actor.email]);
		expect(mail.subject).toBe('Välj ett nytt lösenord till Nära');
		const link = mail.text.match(/https:\/\/nara\.example\.se\/konto\/losenord\/(\S+)/);
		expect(link).not.toBeNull();
		const next = 'lösenordet från e-postlänken';
		expect(
			(await setPasswordWithLink(database.db, link![1]!, { password: next, confirm: next })).kind
		).toBe('ok');
		expect(
			(await setPasswordWithLink(database.db, link![1]!, { password: next, confirm: next })).kind
		).toBe('not_found');
		expect((await signIn(p.actor.email, next, '10.8.0.1')).kind).toBe('ok');
		const entries = await auditOf(database.db, 'user', p.actor.userId);
		expect(entries.map((e) => e.action)).toEqual(
			expect.arrayContaining(['password_link', 'set_password'])
		);
	});

	test('an address without an account gets the same answer and no e-mail; bad input writes nothing', async () => {
		const before = smtp.messages.length;
		expect(
			await requestPasswordReset(
				database.db,
				jobs.queue,
				{ email: 'ingen.alls@example.se' },
				{ address: '10.9.0.1' }
			)
		).toEqual({ kind: 'ok', value: { email: 'ingen.alls@example.se' } });
		expect(
			await requestPasswordReset(
				database.db,
				jobs.queue,
				{ email: 'inte en adress' },
				{ address: '10.9.0.1' }
			)
		).toEqual({
			kind: 'invalid',
			message: 'Ingen länk skickades.',
			fields: { email: ['Skriv e-postadressen som namn@exempel.se.'] }
		});
		// a known address asked afterwards arrives, and is the only new message
		const p = await person();
		await requestPasswordReset(
			database.db,
			jobs.queue,
			{ email: p.actor.email },
			{ address: '10.9.0.1' }
		);
		const all = await messages(before + 1);
		await new Promise((r) => setTimeout(r, 1_000));
		expect(all.slice(before).map((m) => m.to[0])).toEqual([p.actor.email]);
	});

	test('asking is limited like signing in: the tenth request in a minute is refused', async () => {
		const ask = () =>
			requestPasswordReset(
				database.db,
				jobs.queue,
				{ email: 'flod@example.se' },
				{ address: '10.10.0.1' }
			);
		for (let i = 0; i < 9; i++) expect((await ask()).kind).toBe('ok');
		expect(await ask()).toEqual({
			kind: 'too_many',
			message: 'För många försök från din adress. Vänta en minut och försök sedan igen.'
		});
	});
});
