import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { systemActor } from '../src/lib/core/actor.ts';
import { audit } from '../src/lib/platform/audit.ts';
import {
	baseUrl,
	expectAccessible,
	expectAccessibleWithoutJs,
	newPage,
	serverDatabase,
	signedInPage,
	browserForFile
} from '../tests/kit/browser.ts';

/** The audit log and an item's history: administrators browse, filter and export; text stays text. */

const tag = randomBytes(4).toString('hex');
/** the item this spec writes entries about, its own so other specs' entries do not matter */
const itemId = `e2e-${tag}`;
const historyPath = `/lan/varmland/historik/timeline_event/${itemId}`;
const hostile = {
	title: `<script>window.__pwned = 1</script> ${tag}`,
	body: '"><img src=x onerror="window.__pwned = 2">',
	periodLabel: 'שלום עולם مرحبا 👍🏽',
	long: 'lång '.repeat(400)
};

browserForFile();
beforeAll(async () => {
	const { db } = await serverDatabase();
	const robot = systemActor(`e2e-robot-${tag}`);
	await audit(db, robot, {
		action: 'create',
		entityType: 'timeline_event',
		entityId: itemId,
		countyCode: '17',
		before: null,
		after: { title: `Öppet hus ${tag}`, body: 'Välkomna', visibility: 'public' }
	});
	await audit(db, robot, {
		action: 'update',
		entityType: 'timeline_event',
		entityId: itemId,
		countyCode: '17',
		before: { title: `Öppet hus ${tag}`, body: 'Välkomna', visibility: 'public' },
		after: { ...hostile, visibility: 'internal' }
	});
});

async function expectNothingInjected(page: Page) {
	expect(await page.locator('img[src=x]').count()).toBe(0);
	expect(await page.locator('main script').count()).toBe(0);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
}

describe('as an administrator', () => {
	test.each([
		{ width: 1280, height: 900 },
		{ width: 375, height: 740 }
	])('the log page passes axe at $width px and links to the history', async (viewport) => {
		const { page } = await signedInPage('admin', { viewport });
		const response = await page.goto('/lan/varmland/admin/logg');
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').innerText()).toBe('Logg över ändringar');
		expect(await page.getByRole('status').innerText()).toMatch(
			/^\d+ händelser?\. Sida 1 av \d+, nyast först\.$/
		);
		const row = page.locator('tbody tr', { hasText: `e2e-robot-${tag}` }).first();
		expect(await row.locator('td').nth(2).innerText()).toBe('ändrade');
		expect(await row.locator('td').nth(3).innerText()).toBe(`Händelse på tidslinjen ${itemId}`);
		await expectAccessible(page);
		await row.getByRole('link', { name: `Händelse på tidslinjen ${itemId}` }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe(historyPath);
		await page.context().close();
	});

	test("an item's history lists every change, oldest first, and passes axe", async () => {
		const { page } = await signedInPage('admin');
		await page.goto(historyPath);
		expect(await page.locator('h1').innerText()).toBe(hostile.title);
		const entries = page.locator('ol.entries > li');
		expect(await entries.count()).toBe(2);
		expect(await entries.nth(0).innerText()).toContain(`e2e-robot-${tag} skapade`);
		expect(await entries.nth(0).innerText()).toContain(`Rubrik: Öppet hus ${tag}`);
		expect(await entries.nth(1).innerText()).toContain(`e2e-robot-${tag} ändrade`);
		// what a screen reader reads: the hidden "från"/"till" words, the old and the new value
		const visibility = await entries.nth(1).locator('li', { hasText: 'Synlighet' }).textContent();
		expect(visibility?.replace(/\s+/g, ' ').trim()).toBe('Synlighet: från offentlig → till intern');
		expect(await entries.nth(1).locator('del', { hasText: 'offentlig' }).count()).toBe(1);
		expect(await entries.nth(1).locator('ins', { hasText: 'intern' }).count()).toBe(1);
		await expectAccessible(page);
		await page.context().close();
	});

	test('hostile text is shown as text on the log page and in the history', async () => {
		const { page } = await signedInPage('admin');
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		for (const path of [`/lan/varmland/admin/logg?vem=e2e-robot-${tag}`, historyPath]) {
			await page.goto(path);
			await expectNothingInjected(page);
			await expect
				.poll(() => page.getByText(hostile.body, { exact: false }).first().isVisible())
				.toBe(true);
			expect(await page.getByText(hostile.title).first().isVisible()).toBe(true);
			expect(await page.getByText(hostile.periodLabel).first().isVisible()).toBe(true);
		}
		expect(dialogs).toEqual([]);
		await page.context().close();
	});

	test('filtering works without JavaScript, and a bad filter says what is wrong', async () => {
		const { page } = await signedInPage('admin', { javaScriptEnabled: false });
		await page.goto('/lan/varmland/admin/logg');
		await page.getByLabel('Vem').fill(`E2E-ROBOT-${tag}`);
		await page.getByLabel('Typ av uppgift').selectOption('timeline_event');
		await page.getByLabel('Händelse', { exact: true }).selectOption('update');
		await page.getByRole('button', { name: 'Filtrera' }).click();
		const url = new URL(page.url());
		expect(url.pathname).toBe('/lan/varmland/admin/logg');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			vem: `E2E-ROBOT-${tag}`,
			typ: 'timeline_event',
			handelse: 'update',
			fran: '',
			till: ''
		});
		expect(await page.getByRole('status').innerText()).toBe(
			'1 händelse matchar filtret. Sida 1 av 1, nyast först.'
		);
		expect(await page.locator('tbody tr').count()).toBe(1);
		expect(await page.getByLabel('Vem').inputValue()).toBe(`E2E-ROBOT-${tag}`);
		await expectAccessibleWithoutJs(page);

		await page.getByLabel('Från och med').fill('2099-01-02');
		await page.getByLabel('Till och med').fill('2099-01-01');
		await page.getByRole('button', { name: 'Filtrera' }).click();
		const summary = page.locator('.ds-error-summary');
		expect(await summary.locator('h2').innerText()).toBe('Filtret är ogiltigt – hela loggen visas');
		const link = summary.getByRole('link', {
			name: 'Till: datumet kan inte vara före Från-datumet.'
		});
		expect(await link.getAttribute('href')).toBe('#till');
		expect(await page.getByLabel('Till och med').getAttribute('aria-invalid')).toBe('true');
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	});

	test('the CSV export downloads with a BOM, a header and the filtered rows', async () => {
		const { page } = await signedInPage('admin');
		await page.goto(`/lan/varmland/admin/logg?vem=e2e-robot-${tag}`);
		const link = page.getByRole('link', { name: 'Exportera CSV' });
		expect(await link.getAttribute('href')).toBe(
			`/lan/varmland/admin/logg.csv?vem=e2e-robot-${tag}`
		);
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toMatch(/^nara-logg-varmland-\d{4}-\d{2}-\d{2}\.csv$/);
		const bytes = await fs.readFile((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.toString('utf8').slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'"Tid (svensk tid)";"Vem";"Användar-id";"Händelse";"Typ";"Id";"Ändring";"Före (JSON)";"Efter (JSON)";"Post"'
		);
		expect(lines).toHaveLength(4); // header, two entries, and the last CRLF
		expect(lines[1]).toContain(
			`"e2e-robot-${tag}";;"ändrade";"händelse på tidslinjen";"${itemId}"`
		);
		expect(lines[2]).toContain(
			`"e2e-robot-${tag}";;"skapade";"händelse på tidslinjen";"${itemId}"`
		);

		const response = await page.request.get(`${baseUrl()}/lan/varmland/admin/logg.csv`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(response.headers()['content-disposition']).toMatch(
			/^attachment; filename="nara-logg-varmland-\d{4}-\d{2}-\d{2}\.csv"$/
		);
		await page.context().close();
	});
});

describe('without permission', () => {
	test('an anonymous visitor is sent to sign in, and comes back after', async () => {
		const page = await newPage();
		await page.goto('/lan/varmland/admin/logg?typ=user');
		const url = new URL(page.url());
		expect(url.pathname).toBe('/logga-in');
		expect(url.searchParams.get('till')).toBe('/lan/varmland/admin/logg?typ=user');
		await page.goto(historyPath);
		expect(new URL(page.url()).searchParams.get('till')).toBe(historyPath);
		await page.context().close();
	});

	test.each(['reader', 'coordinator'] as const)(
		'a %s gets 403 for the log and its export, but sees the history',
		async (role) => {
			const { page } = await signedInPage(role);
			const response = await page.goto('/lan/varmland/admin/logg');
			expect(response?.status()).toBe(403);
			expect(await page.locator('main').innerText()).toContain(
				'Bara länets administratörer får läsa loggen.'
			);
			await expectAccessible(page);
			const csv = await page.request.get(`${baseUrl()}/lan/varmland/admin/logg.csv`);
			expect(csv.status()).toBe(403);
			expect(await csv.text()).not.toContain(itemId);
			expect((await page.goto(historyPath))?.status()).toBe(200);
			expect(await page.locator('ol.entries > li').count()).toBe(2);
			await page.context().close();
		}
	);
});
