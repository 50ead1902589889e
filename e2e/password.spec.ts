import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseConfig } from '../src/lib/platform/config.ts';
import { openDatabase, type Database } from '../src/lib/platform/db/client.ts';
import { testUser, type TestUser } from '../tests/kit/cast.ts';
import {
	browserForFile,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	path
} from '../tests/kit/browser.ts';
import { localSmtpServer } from '../tests/kit/smtp.ts';
import { freePort, startServer, tempDataDir, type Server } from '../tests/process.ts';

/**
 * A person's own password, end to end: a forgotten one reset through the
 * link that a real (local) SMTP server receives, and a change on the account
 * page. Nära runs as an instance of its own here, with SMTP_HOST and ORIGIN
 * set, as an installation that sends e-mail does.
 */

browserForFile();

const PASSWORD = 'det första långa lösenordet';
let smtp: Awaited<ReturnType<typeof localSmtpServer>>;
let server: Server;
let dataDir: string;
let database: Database;
let person: TestUser;

beforeAll(async () => {
	smtp = await localSmtpServer();
	dataDir = await tempDataDir();
	const port = await freePort();
	server = await startServer(
		{
			PORT: String(port),
			ORIGIN: `http://127.0.0.1:${port}`,
			NARA_DATA_DIR: dataDir,
			NARA_JOBS_SUPERVISE_SECONDS: '1',
			SMTP_HOST: smtp.settings.host,
			SMTP_PORT: String(smtp.settings.port),
			SMTP_FROM: smtp.settings.from
		},
		240_000
	);
	database = await openDatabase(parseConfig({ NARA_DATA_DIR: dataDir }), { role: 'e2e', max: 2 });
	person = await testUser(database.db, 'editor', '17', 'Arvika kommun', PASSWORD);
}, 300_000);

afterAll(async () => {
	await database?.close();
	await server?.stop();
	await smtp?.stop();
	if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
}, 120_000);

const page = (javaScriptEnabled = true) =>
	newPage({ baseURL: server.url, javaScriptEnabled, viewport: { width: 375, height: 812 } });

async function signIn(p: Page, password: string, who: TestUser = person): Promise<void> {
	await p.goto('/logga-in');
	await p.getByLabel('E-postadress', { exact: true }).fill(who.actor.email);
	await p.getByLabel('Lösenord', { exact: true }).fill(password);
	await p.getByRole('button', { name: 'Logga in', exact: true }).click();
	await p.waitForURL((u) => u.pathname !== '/logga-in');
}

test('a forgotten password: the link arrives by e-mail and sets a new one, without JavaScript', async () => {
	const p = await page(false);
	await p.goto('/logga-in');
	await p.getByRole('link', { name: 'Glömt lösenordet?' }).click();
	expect(await h1(p)).toBe('Glömt lösenordet?');
	await expectAccessibleWithoutJs(p);
	// bad input: a clear message at the field, and nothing sent
	await p.getByLabel('E-postadress', { exact: true }).fill('inte en adress');
	await p.getByRole('button', { name: 'Skicka länken' }).click();
	expect(await p.locator('.ds-validation-message, [id$="-error"]').first().innerText()).toContain(
		'Skriv e-postadressen som namn@exempel.se.'
	);
	await p.getByLabel('E-postadress', { exact: true }).fill(person.actor.email);
	await p.getByRole('button', { name: 'Skicka länken' }).click();
	expect(await p.getByRole('status').innerText()).toContain(
		`Om ${person.actor.email} har ett konto i Nära har vi skickat en länk dit.`
	);
	await expectAccessibleWithoutJs(p);

	const until = Date.now() + 30_000;
	while (!smtp.messages.some((m) => m.to.includes(person.actor.email))) {
		if (Date.now() > until) throw new Error('no e-mail reached the SMTP server');
		await new Promise((r) => setTimeout(r, 200));
	}
	const mail = smtp.messages.find((m) => m.to.includes(person.actor.email))!;
	expect(mail.subject).toBe('Välj ett nytt lösenord till Nära');
	const link = mail.text.match(/http:\/\/127\.0\.0\.1:\d+\/konto\/losenord\/\S+/)?.[0];
	expect(link?.startsWith(server.url)).toBe(true);

	await p.goto(link!);
	await p.getByLabel('Nytt lösenord', { exact: true }).fill('det nya lösenordet från brevet');
	await p
		.getByLabel('Samma lösenord en gång till', { exact: true })
		.fill('det nya lösenordet från brevet');
	await p.getByRole('button', { name: 'Spara lösenordet' }).click();
	expect(path(p)).toBe('/logga-in');
	expect(await p.getByRole('status').innerText()).toContain('Ditt lösenord är sparat.');
	// the link works once
	const again = await p.goto(link!);
	expect(again?.status()).toBe(404);
	await signIn(p, 'det nya lösenordet från brevet');
	expect(path(p)).not.toBe('/logga-in');
	await p.context().close();
});

test('changing the password on the account page: the wrong current one is refused, the right one works', async () => {
	const other = await testUser(database.db, 'reader', '17', 'Arvika kommun', PASSWORD);
	const p = await page(true);
	await signIn(p, PASSWORD, other);
	await p.goto('/konto');
	const form = p.locator('form[action="?/changePassword"]');
	await form.getByLabel('Nuvarande lösenord', { exact: true }).fill('fel gissning här');
	await form.getByLabel('Nytt lösenord', { exact: true }).fill('det tredje långa lösenordet');
	await form
		.getByLabel('Nytt lösenord en gång till', { exact: true })
		.fill('det tredje långa lösenordet');
	await form.getByRole('button', { name: 'Byt lösenord' }).click();
	await expect
		.poll(() => p.getByText('Det nuvarande lösenordet stämmer inte.').count())
		.toBeGreaterThan(0);
	// the API keys' form shows none of it
	expect(await p.locator('form[action="?/createToken"]').getByText('stämmer inte').count()).toBe(0);
	await expectAccessible(p);

	await form.getByLabel('Nuvarande lösenord', { exact: true }).fill(PASSWORD);
	await form.getByLabel('Nytt lösenord', { exact: true }).fill('det tredje långa lösenordet');
	await form
		.getByLabel('Nytt lösenord en gång till', { exact: true })
		.fill('det tredje långa lösenordet');
	await form.getByRole('button', { name: 'Byt lösenord' }).click();
	await p.waitForURL((u) => u.searchParams.get('losenord') === 'bytt');
	expect(await p.getByRole('status').innerText()).toContain('Ditt lösenord är bytt.');
	await expectAccessible(p);
	await p.getByRole('button', { name: 'Logga ut', exact: true }).click();
	await signIn(p, 'det tredje långa lösenordet', other);
	expect(path(p)).not.toBe('/logga-in');
	await p.context().close();
});

test('nobody signed out changes a password: the form leads to the sign-in page', async () => {
	const res = await fetch(`${server.url}/konto?/changePassword`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({
			current: PASSWORD,
			password: 'x'.repeat(20),
			confirm: 'x'.repeat(20)
		})
	});
	expect(res.status).toBe(303);
	expect(res.headers.get('location')).toBe('/logga-in?till=/konto');
});
