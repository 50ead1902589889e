import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
	browserForFile,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	path,
	signedInPage
} from '../tests/kit/browser.ts';

/**
 * Reflections in the browser, with JavaScript off (the forms post as they
 * are): a coordinator writes Direktörsberedningen's reflection linking an
 * indicator and a published story, changes it, and the public reads it with
 * the indicator's figures as they stood that day. Each page is checked with
 * axe at 1280 and 375 px.
 */

browserForFile();

const unique = () => Math.random().toString(36).slice(2, 8);

async function accessibleAtBothWidths(page: Page) {
	for (const width of [1280, 375]) {
		await page.setViewportSize({ width, height: 900 });
		await expectAccessibleWithoutJs(page);
	}
}

async function submit(page: Page, button: string) {
	await Promise.all([
		page.waitForEvent('load'),
		page.getByRole('button', { name: button }).click()
	]);
}

describe('reflections', () => {
	test('a coordinator writes one with an indicator and a story; the public reads it', async () => {
		const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
		const title = `Samordnade planer ${unique()}`;
		await page.goto('/lan/varmland/reflektioner');
		await accessibleAtBothWidths(page);
		await page.getByRole('link', { name: 'Skriv en reflektion' }).click();
		await page.waitForURL(/\/reflektioner\/ny$/);
		await accessibleAtBothWidths(page);

		// bad input: nothing is written, the error summary says what
		await submit(page, 'Spara reflektionen');
		expect(await page.locator('.ds-error-summary, [role="alert"]').first().innerText()).toContain(
			'Skriv en kort rubrik.'
		);
		await accessibleAtBothWidths(page);

		await page.getByLabel('Kort rubrik').fill(title);
		await page.getByLabel('Skriven av organet').selectOption({ label: 'Direktörsberedningen' });
		await page.getByLabel('Datum', { exact: true }).fill('2026-11-20');
		await page.getByLabel('Vad ser vi?').fill('Få har en samordnad individuell plan.');
		await page
			.getByLabel('Vad betyder det?')
			.fill('Vården hänger inte ihop för dem med störst behov.');
		await page.getByLabel('Vad gör vi nu?').fill('Varje delregion tar upp planerna i vår.');
		await page.getByLabel('Nyckeltal').fill('N20402');
		const stories = page.getByRole('group', { name: 'Publicerade berättelser' });
		const story = stories.getByRole('checkbox').first();
		const storyName = (await stories.locator('label').first().innerText()).trim();
		await story.check();
		await page.getByLabel('Vem får se reflektionen').selectOption('public');
		await submit(page, 'Spara reflektionen');
		expect(await h1(page)).toBe(title);
		const at = path(page);
		expect(at).toMatch(/^\/lan\/varmland\/reflektioner\/\d+$/);
		const main = page.locator('main');
		expect(await main.innerText()).toMatch(/Så som värdena stod \d{1,2} \w+ \d{4}/);
		expect(
			await main
				.getByRole('link', { name: 'Se nyckeltalet med dagens värden' })
				.getAttribute('href')
		).toBe('/lan/varmland/uppfoljning/indikator/N20402');
		expect(await main.getByRole('link', { name: storyName }).count()).toBe(1);
		await accessibleAtBothWidths(page);

		// the story names the reflections that cite it
		const storyPath = await main.getByRole('link', { name: storyName }).getAttribute('href');
		await page.goto(storyPath!);
		const citing = page.getByRole('region', { name: 'Reflektioner som hänvisar hit' });
		expect(await citing.getByRole('link', { name: title }).getAttribute('href')).toBe(at);
		await accessibleAtBothWidths(page);
		await page.goto(at);

		// the edit page: change the last text, keep the evidence
		await page.getByRole('link', { name: 'Ändra reflektionen' }).click();
		await page.waitForURL(/\/redigera$/);
		await accessibleAtBothWidths(page);
		expect(await page.getByLabel('Nyckeltal').inputValue()).toBe('N20402');
		await page.getByLabel('Vad gör vi nu?').fill('Varje delregion tar upp planerna i maj.');
		await submit(page, 'Spara ändringarna');
		expect(path(page)).toBe(at);
		expect(await page.locator('main').innerText()).toContain('planerna i maj');

		// the public
		const reader = await newPage({ javaScriptEnabled: false });
		await reader.goto('/lan/varmland/reflektioner');
		await accessibleAtBothWidths(reader);
		await reader.getByRole('link', { name: title }).click();
		await reader.waitForURL((u) => u.pathname === at);
		expect(await reader.locator('main').innerText()).toContain('Vad gör vi nu?');
		expect(await reader.locator('main').innerText()).toContain('Så som värdena stod');
		expect(await reader.getByRole('link', { name: 'Ändra reflektionen' }).count()).toBe(0);
		await accessibleAtBothWidths(reader);
	}, 600_000);
});
