import type { Page } from 'playwright-core';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import * as t from '../src/lib/app/tables.ts';
import { rowCount } from '../tests/kit/audit.ts';
import {
	browserForFile,
	closeServerDatabase,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	path,
	serverDatabase,
	signedInPage
} from '../tests/kit/browser.ts';

/**
 * The knowledge bank in the browser, at desktop and phone width: a visitor
 * compares Värmland, Dalarna and Kronoberg under the five headings with each
 * fact's source and year; a coordinator in Dalarna copies a good example
 * from Kronoberg and both pages show the link; an agreement whose review
 * date has passed is overdue on the register and the start page. The forms
 * are used with JavaScript off, bad input first.
 */

browserForFile();
afterAll(() => closeServerDatabase());

/** these walk through several pages, each checked by axe, on a shared machine */
const SLOW = 240_000;

const WIDTHS = [
	['1280 px', { width: 1280, height: 900 }],
	['375 px', { width: 375, height: 800 }]
] as const;

async function submit(page: Page, button: string) {
	await Promise.all([
		page.waitForLoadState('load'),
		page.getByRole('button', { name: button }).click()
	]);
}

describe('the 21 regions side by side', () => {
	test.each(WIDTHS)(
		'a visitor compares Värmland, Dalarna and Kronoberg (%s, no JavaScript)',
		async (_, viewport) => {
			const page = await newPage({ javaScriptEnabled: false, viewport });
			await page.goto('/kunskapsbank');
			expect(await h1(page)).toBe('Kunskapsbank');
			await expectAccessibleWithoutJs(page);
			await page.getByRole('link', { name: '21 regioner sida vid sida' }).click();
			expect(await h1(page)).toBe('21 regioner sida vid sida');
			expect(await page.locator('table tbody tr').count()).toBe(21);
			const kronoberg = page.locator('tbody tr', { hasText: 'Region Kronoberg' });
			expect(await kronoberg.innerText()).toContain('2017');
			expect(await kronoberg.innerText()).toContain('Ja, framtagen');
			expect(await kronoberg.innerText()).toContain('002, rad 1088–1090');
			await expectAccessibleWithoutJs(page);
			for (const r of ['Region Värmland', 'Region Dalarna', 'Region Kronoberg'])
				await page.getByLabel(r, { exact: true }).check();
			await submit(page, 'Jämför');
			expect(path(page)).toBe('/kunskapsbank/regioner/jamfor');
			expect(await h1(page)).toBe('Jämför Region Dalarna, Region Kronoberg, Region Värmland');
			expect(await page.getByText('Läget 2020.').count()).toBe(1);
			const headings = await page.locator('section h2').allInnerTexts();
			expect(headings).toEqual([
				'Uppgifterna i korthet',
				'Inriktning, målbild och målområden',
				'Organisation för att styra och leda omställningsarbetet',
				'Exempel på prioriterade utvecklingsområden',
				'Samverkan mellan region och kommuner i omställningsarbetet',
				'Exempel på gemensamma satsningar i samverkan mellan region och kommuner'
			]);
			// every item names its lines in the source
			const items = page.locator('.quotes li');
			expect(await items.count()).toBeGreaterThan(40);
			for (const text of (await items.allInnerTexts()).slice(0, 20))
				expect(text).toMatch(/\(002, rad \d+(–\d+)?\)$/);
			await expectAccessibleWithoutJs(page);
		},
		SLOW
	);

	test.each(WIDTHS)(
		'filters by theme; a region, the case studies (%s)',
		async (_, viewport) => {
			const page = await newPage({ viewport });
			await page.goto('/kunskapsbank/regioner?utvecklingsomrade=digital');
			const shown = await page.locator('table tbody tr').count();
			expect(shown).toBeGreaterThan(0);
			expect(shown).toBeLessThan(21);
			await expectAccessible(page);
			await page.goto('/kunskapsbank/regioner/kronoberg');
			expect(await h1(page)).toBe('Region Kronoberg 2020');
			expect(
				await page.getByRole('link', { name: 'Barnens bästa gäller! i Kronoberg' }).count()
			).toBeGreaterThan(0);
			await expectAccessible(page);
			await page.goto('/kunskapsbank/fallstudier');
			expect(await page.locator('h2').allInnerTexts()).toHaveLength(4);
			await expectAccessible(page);
			await page.goto('/kunskapsbank/fallstudier/uppsala');
			expect(await h1(page)).toBe('Från förhandlingskultur till samverkanskultur');
			expect(await page.locator('main').innerText()).toContain('En framgångsfaktor');
			await expectAccessible(page);
		},
		SLOW
	);
});

describe('good examples across counties', () => {
	test(
		'Kronoberg nominates and confirms; Dalarna finds it, copies it, and both pages show the link (no JavaScript)',
		async () => {
			const db = (await serverDatabase()).db;
			const [initiative] = await db
				.select({ id: t.initiatives.id })
				.from(t.initiatives)
				.where(
					and(
						eq(t.initiatives.countyCode, '07'),
						eq(t.initiatives.title, 'Barnens bästa gäller! i Kronoberg')
					)
				);
			const kronoberg = await signedInPage('coordinator', {
				countyCode: '07',
				javaScriptEnabled: false
			});
			let page = kronoberg.page;
			await page.goto(`/lan/kronoberg/goda-exempel/nominera?insats=${initiative!.id}`);
			expect(await h1(page)).toBe('Nominera ett gott exempel');
			const before = await rowCount(db, t.goodExamples);
			await page.getByLabel('Motivering').fill('kort');
			await submit(page, 'Nominera');
			expect(await page.getByRole('alert').innerText()).toContain(
				'Kryssa för minst ett av kriterierna som insatsen uppfyller.'
			);
			expect(await page.getByRole('alert').innerText()).toContain('minst 20 tecken');
			expect(await rowCount(db, t.goodExamples)).toBe(before);
			await expectAccessibleWithoutJs(page);
			await page.getByLabel('Resultat är visade (mätta)').check();
			await page.getByLabel('Lätt att föra över till andra').check();
			await page
				.getByLabel('Motivering')
				.fill(
					'Samma praxismodell för alla verksamheter som möter barn, beslutad i 17 politiska organ.'
				);
			await submit(page, 'Nominera');
			expect(path(page)).toBe('/lan/kronoberg/goda-exempel');
			expect(await page.locator('main').innerText()).toContain('Nominerad, ej bedömd');
			await expectAccessibleWithoutJs(page);

			const admin = await signedInPage('admin', { countyCode: '07', javaScriptEnabled: false });
			page = admin.page;
			await page.goto('/lan/kronoberg/goda-exempel');
			await page.getByRole('link', { name: /Bedöm av Barnens bästa/ }).click();
			await expectAccessibleWithoutJs(page);
			await page.getByLabel('Bedömning').selectOption('proven');
			await submit(page, 'Spara ändringarna');
			expect(path(page)).toBe('/lan/kronoberg/goda-exempel');
			expect(await page.locator('main').innerText()).toContain('Beprövat');

			const dalarna = await signedInPage('coordinator', {
				countyCode: '20',
				javaScriptEnabled: false
			});
			page = dalarna.page;
			await page.goto('/kunskapsbank/goda-exempel');
			await page.getByLabel('Sök', { exact: true }).fill('barnens bästa');
			await page.locator('main select#lan').selectOption('07');
			await submit(page, 'Sök');
			await expectAccessibleWithoutJs(page);
			await page.getByRole('link', { name: 'Barnens bästa gäller! i Kronoberg' }).first().click();
			const examplePath = path(page);
			expect(examplePath).toMatch(/^\/kunskapsbank\/goda-exempel\/\d+$/);
			await expectAccessibleWithoutJs(page);
			expect(await page.getByLabel('Till länet').inputValue()).toBe('20');
			await submit(page, 'Använd i vårt län');
			// the copy in Dalarna's inventory names its origin
			expect(path(page)).toMatch(/^\/lan\/dalarna\/insatser\/\d+$/);
			const copyPath = path(page);
			const origin = page.getByRole('link', {
				name: /Förebild: Barnens bästa gäller! i Kronoberg \(Kronobergs län\)/
			});
			expect(new URL((await origin.getAttribute('href'))!).pathname).toBe(examplePath);
			// the origin shows where it was reused
			const visitor = await newPage({ viewport: { width: 375, height: 800 } });
			await visitor.goto(examplePath);
			const reused = visitor
				.locator('section, main')
				.getByRole('link', { name: 'Barnens bästa gäller! i Kronoberg' })
				.last();
			expect(await reused.getAttribute('href')).toBe(copyPath);
			expect(await visitor.locator('main').innerText()).toContain('i Dalarnas län');
			await expectAccessible(visitor);
			// so does the initiative in Kronoberg's inventory, with its rating
			await visitor.goto(`/lan/kronoberg/insatser/${initiative!.id}`);
			const example = visitor.getByRole('region', { name: 'Gott exempel' });
			expect(await example.innerText()).toContain('Bedömning: Beprövat');
			expect(
				await example.getByRole('link', { name: 'Exemplet i kunskapsbanken' }).getAttribute('href')
			).toBe(examplePath);
			expect(
				await example
					.getByRole('link', { name: 'Barnens bästa gäller! i Kronoberg' })
					.getAttribute('href')
			).toBe(copyPath);
			await expectAccessible(visitor);
		},
		SLOW
	);
});

describe('the register of agreements', () => {
	test.each(WIDTHS)(
		'an overdue review shows on the register and the start page (%s, no JavaScript)',
		async (_, viewport) => {
			const db = (await serverDatabase()).db;
			const { page } = await signedInPage('coordinator', { javaScriptEnabled: false, viewport });
			await page.goto('/lan/varmland/overenskommelser/ny');
			const before = await rowCount(db, t.agreements);
			const title = `Riktlinje för trygg hemgång ${Math.random().toString(36).slice(2, 7)}`;
			await page.getByLabel('Titel').fill(title);
			await page.getByLabel('Nästa uppföljning').fill('30 november');
			await submit(page, 'Spara');
			const alert = await page.getByRole('alert').innerText();
			expect(alert).toContain('Skriv nästa uppföljning som ÅÅÅÅ-MM-DD');
			expect(await rowCount(db, t.agreements)).toBe(before);
			await expectAccessibleWithoutJs(page);
			await page.getByLabel('Region Värmland').check();
			await page.getByLabel('Nästa uppföljning').fill('2024-11-30');
			await submit(page, 'Spara');
			expect(path(page)).toBe('/lan/varmland/overenskommelser');
			const row = page.locator('tbody tr', { hasText: title });
			expect(await row.innerText()).toContain('Försenad');
			expect(await row.innerText()).toContain('30 november 2024');
			await expectAccessibleWithoutJs(page);
			await row.getByRole('link', { name: title }).click();
			expect(await h1(page)).toBe(`Ändra: ${title}`);
			await expectAccessibleWithoutJs(page);
			await page.goto('/lan/varmland');
			const notice = page.getByRole('region', { name: /ska ha följts upp/ });
			expect(await notice.getByRole('link', { name: title }).count()).toBe(1);
			await expectAccessibleWithoutJs(page);
		},
		SLOW
	);
});
