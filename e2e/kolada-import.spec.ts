import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, expectAccessible, signedInPage, browserForFile } from '../tests/kit/browser.ts';

/**
 * The Kolada import as a background job from the browser, against the replay
 * of Kolada's API that the e2e server uses (tests/kolada/fixtures). The job
 * page never reloads itself: with JavaScript it follows the job through a
 * small JSON poll, without it a button shows the progress now.
 */

browserForFile();

const START = '/lan/varmland/import/kolada';

/** Without JavaScript: presses "Visa förloppet nu" until the job has ended. */
async function finished(page: Page): Promise<string> {
	for (let i = 0; i < 120; i++) {
		const status = await page.locator('[data-status]').getAttribute('data-status');
		if (status === 'done' || status === 'failed') return status;
		await new Promise((r) => setTimeout(r, 500));
		await page.getByRole('button', { name: 'Visa förloppet nu' }).click();
		await page.waitForLoadState();
	}
	throw new Error('the job did not finish');
}

describe('Läs in värden från Kolada', () => {
	test('without JavaScript: a coordinator starts a job, asks for the progress, and it ends done with a link', async () => {
		const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
		const response = await page.goto(START);
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').innerText()).toBe('Läs in värden från Kolada');
		await page.getByLabel('Nyckeltal').fill('N20402, U01402');
		await page.getByLabel('Från år').fill('2020');
		await page.getByLabel('Till år').fill('2022');
		await page.getByRole('button', { name: 'Starta importen' }).click();
		await page.waitForURL(/\/lan\/varmland\/import\/kolada\/\d+$/);
		expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);

		expect(await finished(page)).toBe('done');
		expect(await page.locator('[data-status]').innerText()).toBe('Klar');
		expect(await page.locator('#job-message').innerText()).toMatch(/^Läste in 95 värden \(/);
		expect(await page.locator('main').innerText()).toContain('N20402, U01402');
		const link = page.getByRole('link', { name: 'Se Följ omställningen' });
		expect(await link.getAttribute('href')).toBe('/lan/varmland/uppfoljning');
		// each indicator the job filled, by the name its page has (SKR's where it is in the set)
		const filled = page.locator('ul[aria-labelledby="fyllda"] a');
		expect(await filled.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
			'/lan/varmland/uppfoljning/indikator/N20402',
			'/lan/varmland/uppfoljning/indikator/U01402'
		]);
		const names = await filled.allInnerTexts();
		await page.goto('/lan/varmland/uppfoljning/indikator/U01402');
		expect(await page.locator('h1').innerText()).toBe(names[1]);
		await page.context().close();
	});

	test('a job that fails says why and offers to start it again with the same values', async () => {
		const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
		await page.goto(START);
		// the replay has no answer for 2019: Kolada's 404 is not worth another try
		await page.getByLabel('Nyckeltal').fill('N20402');
		await page.getByLabel('Från år').fill('2019');
		await page.getByLabel('Till år').fill('2019');
		await page.getByRole('button', { name: 'Starta importen' }).click();
		await page.waitForURL(/\/lan\/varmland\/import\/kolada\/\d+$/);
		expect(await finished(page)).toBe('failed');
		expect(await page.locator('[data-status]').innerText()).toBe('Misslyckades');
		const message = await page.locator('#job-message').innerText();
		expect(message).toMatch(
			/^Importen från Kolada misslyckades efter ett försök: Kolada tog inte emot frågan \(svar 404\)\. Kontrollera nyckeltalen och åren\. Du kan starta om den; om det händer igen, kontakta den som driver Nära och ange jobbets nummer\.$/
		);
		expect(message).not.toContain('\n');
		await page
			.getByRole('link', { name: 'Starta importen igen med samma nyckeltal och år' })
			.click();
		await page.waitForURL(/\/lan\/varmland\/import\/kolada\?/);
		expect(await page.getByLabel('Nyckeltal').inputValue()).toBe('N20402');
		expect(await page.getByLabel('Från år').inputValue()).toBe('2019');
		await page.context().close();
	});

	test('a KPI that is not in Nära is refused in the form, which stays open', async () => {
		const { page } = await signedInPage('coordinator');
		await page.goto(START);
		await page.getByLabel('Nyckeltal').fill('X99999');
		await page.getByRole('button', { name: 'Starta importen' }).click();
		await expect.poll(() => page.locator('.ds-error-summary').count(), { timeout: 10_000 }).toBe(1);
		expect(await page.locator('.ds-error-summary').innerText()).toContain(
			'Nyckeltalet X99999 finns inte i Nära.'
		);
		expect(new URL(page.url()).pathname).toBe(START);
		await expectAccessible(page);
		await page.context().close();
	});

	test('with JavaScript the job page follows the job without reloading, and is accessible', async () => {
		const { page } = await signedInPage('coordinator');
		await page.goto(START);
		await expectAccessible(page);
		await page.getByLabel('Nyckeltal').fill('N20402, U01402');
		await page.getByLabel('Från år').fill('2020');
		await page.getByLabel('Till år').fill('2022');
		await page.getByRole('button', { name: 'Starta importen' }).click();
		await page.waitForURL(/\/lan\/varmland\/import\/kolada\/\d+$/);
		expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
		await expectAccessible(page);
		// a mark on the page's window: a reload would lose it
		await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
		await expect
			.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 60_000 })
			.toBe('done');
		expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
		expect(await page.locator('#job-message').innerText()).toMatch(/^Läste in 95 värden \(/);
		await expectAccessible(page);
		await page.context().close();
	});

	test('a reader gets 403 for the form, the job page and the action', async () => {
		const { page, user } = await signedInPage('reader');
		expect((await page.goto(START))?.status()).toBe(403);
		const { page: coordinator } = await signedInPage('coordinator');
		await coordinator.goto(START);
		await coordinator.getByLabel('Nyckeltal').fill('N20402');
		await coordinator.getByRole('button', { name: 'Starta importen' }).click();
		await coordinator.waitForURL(/\/lan\/varmland\/import\/kolada\/\d+$/);
		const jobPath = new URL(coordinator.url()).pathname;
		expect((await page.goto(jobPath))?.status()).toBe(403);
		const res = await fetch(`${baseUrl()}${START}`, {
			method: 'POST',
			headers: {
				origin: baseUrl(),
				cookie: `nara_session=${user.sessionToken}`,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ kpis: 'N20402', from: '2022', to: '2022' }),
			redirect: 'manual'
		});
		expect(res.status).toBe(403);
		await page.context().close();
		await coordinator.context().close();
	});
});
