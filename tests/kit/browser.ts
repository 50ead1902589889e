import AxeBuilder from '@axe-core/playwright';
import {
	chromium,
	type Browser,
	type BrowserContextOptions,
	type Locator,
	type Page
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Role } from '../../src/lib/core/actor.ts';
import { SESSION_COOKIE } from '../../src/lib/modules/accounts/server/sessions.ts';
import { parseConfig } from '../../src/lib/platform/config.ts';
import { openDatabase, type Database } from '../../src/lib/platform/db/client.ts';
import { testUser, type TestUser } from './cast.ts';

/** Shared pieces of every browser test: Debian's Chromium, pages, and the accessibility check. */

export const baseUrl = () => inject('baseUrl');

function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/** The page's main heading. */
export const h1 = (page: Page) => page.locator('h1').innerText();

/** The path of the page's address, without its query. */
export const path = (page: Page) => new URL(page.url()).pathname;

let browser: Browser | undefined;

/**
 * Chromium for this spec file: launched before its first test, closed after
 * its last together with the server database (if the file opened it).
 * newPage and signedInPage open their pages in it.
 */
export function browserForFile(): void {
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		browser = undefined;
		await closeServerDatabase();
	});
}

/** A page in a context of its own (axe needs pages made from browser.newContext()). */
export async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
	if (!browser) throw new Error('no browser: call browserForFile() at the top of the spec');
	const context = await browser.newContext({ baseURL: baseUrl(), locale: 'sv-SE', ...options });
	return context.newPage();
}

/**
 * The main menu, opened as a person would: on a phone it is folded behind its
 * "Meny" button, which is clicked first; on a wide screen it is always open.
 */
export async function mainMenu(page: Page): Promise<Locator> {
	const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
	const button = menu.locator('summary');
	const folded = (await menu.locator('details').getAttribute('open')) === null;
	if (folded && (await button.isVisible())) await button.click();
	return menu;
}

/** WCAG 2.1 A and AA in axe: zero violations, listed readably when there are some. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const found = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
	);
	expect(found, `axe on ${page.url()}`).toEqual([]);
}

/**
 * axe needs JavaScript in the page. For a page opened with JavaScript off,
 * check its exact markup in a second page that has JavaScript, with the same
 * styles (a <base> makes the stylesheets load) but without hydrating it.
 */
export async function expectAccessibleWithoutJs(page: Page): Promise<void> {
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	const checker = await newPage();
	await checker.setContent(html.replace(/<head>/i, `<head><base href="${page.url()}">`), {
		waitUntil: 'load'
	});
	await expectAccessible(checker);
	await checker.context().close();
}

let database: Promise<Database> | undefined;

/** The e2e server's own database (attached to its embedded PostgreSQL), for making test users. */
export function serverDatabase(): Promise<Database> {
	database ??= openDatabase(parseConfig({ NARA_DATA_DIR: inject('dataDir') }), {
		role: 'e2e',
		max: 2
	});
	return database;
}

export async function closeServerDatabase(): Promise<void> {
	const d = database;
	database = undefined;
	if (d) await (await d).close();
}

/**
 * A page signed in as a new person with `role` in the county (Värmland by
 * default; an editor belongs to Arvika kommun): the session is made in the
 * database and its cookie set, as signing in would.
 */
export async function signedInPage(
	role: Role,
	options: BrowserContextOptions & { countyCode?: string; organisation?: string } = {}
): Promise<{ page: Page; user: TestUser }> {
	const { countyCode = '17', organisation, ...contextOptions } = options;
	const user = await testUser((await serverDatabase()).db, role, countyCode, organisation);
	const page = await newPage(contextOptions);
	await page.context().addCookies([
		{
			name: SESSION_COOKIE,
			value: user.sessionToken,
			url: baseUrl(),
			httpOnly: true,
			sameSite: 'Lax'
		}
	]);
	return { page, user };
}
