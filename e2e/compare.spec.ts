import { afterAll, describe, expect, test } from 'vitest';
import {
	browserForFile,
	closeServerDatabase,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	path
} from '../tests/kit/browser.ts';

/**
 * Comparing counties in the browser, at desktop and phone width, with
 * JavaScript off (the choice is a GET form): too few counties is refused with
 * a clear message; Värmland, Dalarna and Kronoberg side by side, every table
 * with its source; other indicators chosen.
 */

browserForFile();
afterAll(() => closeServerDatabase());

const SLOW = 240_000;

describe('compare counties', () => {
	test.each([
		['1280 px', { width: 1280, height: 900 }],
		['375 px', { width: 375, height: 800 }]
	] as const)(
		'a visitor compares Värmland, Dalarna and Kronoberg (%s, no JavaScript)',
		async (_, viewport) => {
			const page = await newPage({ javaScriptEnabled: false, viewport });
			await page.goto('/kunskapsbank');
			await page.getByRole('link', { name: 'Jämför län' }).click();
			expect(path(page)).toBe('/kunskapsbank/jamfor-lan');
			expect(await h1(page)).toBe('Jämför län');
			await expectAccessibleWithoutJs(page);
			await page.getByLabel('Värmlands län', { exact: true }).check();
			await page.getByRole('button', { name: 'Jämför' }).click();
			expect(await page.getByRole('alert').innerText()).toContain(
				'Välj minst två län att jämföra.'
			);
			await expectAccessibleWithoutJs(page);
			await page.getByLabel('Dalarnas län', { exact: true }).check();
			await page.getByLabel('Kronobergs län', { exact: true }).check();
			await page.getByRole('button', { name: 'Jämför' }).click();
			expect(await h1(page)).toBe('Jämför Kronobergs län, Värmlands län, Dalarnas län');
			expect(new URL(page.url()).searchParams.getAll('lan').sort()).toEqual(['07', '17', '20']);
			const headings = await page.locator('main h3').allInnerTexts();
			expect(headings).toEqual([
				'Insatser per utvecklingsområde',
				'Insatser per fokusförflyttning',
				'Insatser per fas',
				'Processer per utvecklingsområde och läge'
			]);
			const area = page.locator('table').first();
			expect((await area.locator('thead th').allTextContents()).map((s) => s.trim())).toEqual([
				'Uppgift',
				'Kronobergs län',
				'Värmlands län',
				'Dalarnas län'
			]);
			expect(await area.locator('tbody tr').last().innerText()).toMatch(/^Insatser totalt/);
			expect(await page.getByText(/^Källa: länens inventeringar i Nära/).count()).toBe(3);
			expect(await page.getByText(/^Källa: länens processer i Nära/).count()).toBe(1);
			const indicators = page.locator('section', { hasText: 'Nyckeltal' }).locator('table');
			const rows = indicators.locator('tbody tr');
			expect(await rows.count()).toBeGreaterThan(0);
			// a value names its year and its source, or says it is missing
			for (const cell of await rows.first().locator('td').allInnerTexts())
				expect(cell).toMatch(/\(\d{4}\)[\s\S]*Kolada|Uppgift saknas/);
			await expectAccessibleWithoutJs(page);

			// another indicator instead
			const boxes = page.locator('input[name="indikator"]');
			const n = await boxes.count();
			for (let i = 0; i < n; i++) await boxes.nth(i).uncheck();
			await boxes.nth(n - 1).check();
			await page.getByRole('button', { name: 'Jämför' }).click();
			expect(await rows.count()).toBe(1);
			await expectAccessibleWithoutJs(page);
		},
		SLOW
	);

	test('the API answers the same comparison', async () => {
		const page = await newPage();
		const res = await page.request.get('/api/compare?lan=17&lan=20');
		expect(res.status()).toBe(200);
		const body = (await res.json()) as { counties: { code: string }[] };
		expect(body.counties.map((c) => c.code)).toEqual(['17', '20']);
		const bad = await page.request.get('/api/compare?lan=17');
		expect(bad.status()).toBe(400);
		expect(await bad.json()).toMatchObject({
			error: { code: 'invalid', fields: { lan: ['Välj minst två län att jämföra.'] } }
		});
		await page.goto('/kunskapsbank/jamfor-lan?lan=17&lan=20');
		await expectAccessible(page);
	});
});
