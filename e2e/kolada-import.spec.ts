import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, expectAccessible, signedInPage, browserForFile } from '../tests/kit/browser.ts';

/**
 * The Kolada import as a background job from the browser. The e2e server has
 * no KOLADA_BASE_URL, and Kolada's own address is not reachable from the
 * test machine, so a started job fails fast: the job page must show that,
 * with the one-line message, and refresh itself only while the job runs.
 */

browserForFile();

const START = '/lan/varmland/import/kolada';

/** Reloads the job page until the job has finished (the page also refreshes itself). */
async function finished(page: Page): Promise<string> {
	for (let i = 0; i < 60; i++) {
		const status = await page.locator('[data-status]').getAttribute('data-status');
		if (status === 'done' || status === 'failed') return status;
		await new Promise((r) => setTimeout(r, 500));
		await page.reload();
	}
	throw new Error('the job did not finish');
}

describe('Läs in värden från Kolada', () => {
	test('a coordinator starts a job; the job page shows it failed, with the one-line message', async () => {
		const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
		const response = await page.goto(START);
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').innerText()).toBe('Läs in värden från Kolada');
		await page.getByLabel('Nyckeltal').fill('N20402, U01402');
		await page.getByLabel('Från år').fill('2020');
		await page.getByLabel('Till år').fill('2022');
		await page.getByRole('button', { name: 'Starta importen' }).click();
		await page.waitForURL(/\/lan\/varmland\/import\/kolada\/\d+$/);

		expect(await finished(page)).toBe('failed');
		expect(await page.locator('[data-status]').innerText()).toBe('Misslyckades');
		const message = await page.locator('#job-message').innerText();
		expect(message).toMatch(/^Kolada svarar inte \(https:\/\/api\.kolada\.se\/v3\): .+\.$/);
		expect(message).not.toContain('\n');
		expect(await page.locator('main').innerText()).toContain('N20402, U01402');
		// a finished job does not refresh itself
		expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
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

	test('the form and a job page are accessible, and a running job refreshes itself', async () => {
		const { page } = await signedInPage('coordinator');
		await page.goto(START);
		await expectAccessible(page);
		await page.getByLabel('Nyckeltal').fill('N20402');
		await page.getByRole('button', { name: 'Starta importen' }).click();
		await page.waitForURL(/\/lan\/varmland\/import\/kolada\/\d+$/);
		const status = await page.locator('[data-status]').getAttribute('data-status');
		// a job that has not finished (queued or running) refreshes its page; a finished one does not
		expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(
			status === 'queued' || status === 'running' ? 1 : 0
		);
		await expectAccessible(page);
		expect(await finished(page)).toBe('failed');
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
