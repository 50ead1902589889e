import { describe, expect, test } from 'vitest';
import {
	browserForFile,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	signedInPage
} from '../tests/kit/browser.ts';

/**
 * "Levande bibliotek" in the browser: a person offers to take part from a
 * phone without JavaScript; a coordinator asks for participants for a
 * process, matches the person and records a paid assignment. Nothing about
 * the person is public. axe on every page.
 */

browserForFile();

const phone = { viewport: { width: 375, height: 740 }, javaScriptEnabled: false };
const desktop = { viewport: { width: 1280, height: 900 } };
const name = `Testperson ${Date.now()}`;

describe('a person with lived experience offers, a coordinator matches', () => {
	test('the offer, from a phone without JavaScript (bad input first)', async () => {
		const page = await newPage(phone);
		await page.goto('/lan/varmland/levande-bibliotek');
		expect(await h1(page)).toBe('Levande bibliotek: dela din erfarenhet');
		await expectAccessibleWithoutJs(page);
		await page.waitForTimeout(3100);
		await page.getByRole('button', { name: 'Skicka anmälan' }).click();
		await expect
			.poll(() => page.locator('.ds-error-summary li').allInnerTexts())
			.toEqual([
				'Skriv ditt namn.',
				'Skriv hur vi når dig (e-post eller telefon).',
				'Skriv vilken erfarenhet du har.',
				'Välj ett område i listan.',
				'Kryssa i samtycket. Utan det kan vi inte spara dina uppgifter.'
			]);
		await expectAccessibleWithoutJs(page);
		await page.getByLabel('Ditt namn').fill(name);
		await page.getByLabel('E-post eller telefon').fill('testperson@example.invalid');
		await page.getByLabel('Vilken erfarenhet har du?').fill('Närstående i hemtjänsten i sex år.');
		await page.getByLabel('Område').selectOption({ label: 'Äldreomsorg och hemtjänst' });
		await page.getByLabel(/Jag samtycker/).check();
		await page.waitForTimeout(3100);
		await page.getByRole('button', { name: 'Skicka anmälan' }).click();
		await expect.poll(() => h1(page)).toBe('Tack för din anmälan');
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	}, 120_000);

	test('a coordinator asks for participants and records a paid assignment', async () => {
		const { page } = await signedInPage('coordinator', desktop);
		await page.goto('/lan/varmland/levande-bibliotek/samordna');
		expect(await h1(page)).toBe('Samordna Levande bibliotek');
		await expectAccessible(page);
		const subject = page.getByLabel('Process eller insats');
		const first = await subject.locator('option').nth(1).getAttribute('value');
		await subject.selectOption(first!);
		await page.getByLabel('Vad ska deltagarna göra?').fill('Två workshoppar om fallprevention.');
		await page.getByRole('button', { name: 'Spara förfrågan' }).click();
		await page.waitForURL(/sparad=forfragan/);
		const request = page.getByLabel('Förfrågan', { exact: true });
		await request.selectOption((await request.locator('option').nth(1).getAttribute('value'))!);
		await page
			.getByLabel('Person', { exact: true })
			.selectOption({ label: `${name} (Äldreomsorg och hemtjänst)` });
		await page.getByLabel('Uppdraget är arvoderat').check();
		await page.getByRole('button', { name: 'Spara uppdraget' }).click();
		await page.waitForURL(/sparad=uppdrag/);
		expect(await page.locator('main').innerText()).toContain(`${name} – arvoderat`);
		await expectAccessible(page);
		await page.context().close();
	}, 120_000);

	test('nothing about the person is public', async () => {
		const page = await newPage(desktop);
		const res = await page.goto('/lan/varmland/levande-bibliotek/samordna');
		expect(new URL(page.url()).pathname).toBe('/logga-in');
		expect(res?.status()).toBe(200);
		await page.goto('/lan/varmland/levande-bibliotek');
		expect(await page.locator('main').innerText()).not.toContain(name);
		await page.context().close();
	});
});
