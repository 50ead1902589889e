import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import * as t from '../src/lib/app/tables.ts';
import { rowCount } from '../tests/kit/audit.ts';
import {
	mainMenu,
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
 * The support structure in the browser: a visitor reads the catalogue and its
 * sources (desktop and phone); a workplace asks for support and a
 * coordinator handles the request to done, and the history shows each step;
 * a course round is recorded with participants per organisation. The forms
 * are used with JavaScript off, bad input first.
 */

browserForFile();
afterAll(() => closeServerDatabase());

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

describe('the catalogue', () => {
	test.each(WIDTHS)(
		'a visitor reads what the support structure offers, with its sources (%s)',
		async (_, viewport) => {
			const page = await newPage({ viewport });
			await page.goto('/lan/varmland');
			// the main navigation leads here
			const entry = (await mainMenu(page)).getByRole('link', { name: 'Stöd', exact: true });
			expect(await entry.first().getAttribute('href')).toBe('/lan/varmland/stod');
			await page.goto('/lan/varmland/stod');
			expect(await h1(page)).toBe('Stöd i omställningen');
			const headings = await page.locator('main h2').allInnerTexts();
			expect(headings).toEqual([
				'Utbildning',
				'Utvecklingsprogram',
				'Metodstöd',
				'Analys',
				'Verktyg'
			]);
			const leaders = page.locator('li', {
				hasText: 'Nya verktyg och utbildningar för chefer och ledare'
			});
			expect(await leaders.innerText()).toContain('Ledarskap');
			expect(await leaders.innerText()).toContain('000_f8bc95be08be1486.txt, rad 21');
			expect(await page.getByText('Be om stöd', { exact: true }).count()).toBe(0);
			await expectAccessible(page);
			await Promise.all([
				page.waitForURL(/\/stod\/\d+$/),
				page.getByRole('link', { name: 'Utvecklingsprogram för länets systemledning' }).click()
			]);
			expect(await h1(page)).toBe('Utvecklingsprogram för länets systemledning');
			const main = await page.locator('main').innerText();
			expect(main).toContain('Gemensam systemledning, Uppföljning');
			expect(main).toContain('Länets systemledningen (direktörsberedning) har påbörjat');
			expect(main).toContain('rad 44–46');
			expect(main).toContain('Omgångar och deltagare');
			await expectAccessible(page);
		},
		SLOW
	);
});

describe('a request for support', () => {
	test(
		'a workplace asks; a coordinator handles it to done; the history shows it (no JavaScript)',
		async () => {
			const db = (await serverDatabase()).db;
			const workplace = `Hemtjänsten Arvika ${Math.random().toString(36).slice(2, 7)}`;
			const asker = await signedInPage('editor', { javaScriptEnabled: false });
			let page = asker.page;
			await page.goto('/lan/varmland/stod/');
			await page
				.getByRole('link', { name: 'Metodstöd för att växla upp omställningsarbetet' })
				.click();
			await page.getByRole('link', { name: 'Be om det här stödet' }).click();
			expect(await h1(page)).toBe('Be om stöd');
			await expectAccessibleWithoutJs(page);
			const before = await rowCount(db, t.supportRequests);
			await page.getByLabel('Vad behöver ni stöd med?').fill('hjälp');
			await submit(page, 'Skicka förfrågan');
			const alert = await page.getByRole('alert').innerText();
			expect(alert).toContain('Välj vilken organisation arbetsplatsen hör till.');
			expect(alert).toContain('Skriv arbetsplatsens namn.');
			expect(alert).toContain('Beskriv behovet med minst 20 tecken');
			expect(await rowCount(db, t.supportRequests)).toBe(before);
			await expectAccessibleWithoutJs(page);
			expect(await page.getByLabel('Vilket stöd gäller det?').inputValue()).not.toBe('');
			await page.getByLabel('Organisation').selectOption({ label: 'Arvika kommun' });
			await page.getByLabel('Arbetsplats').fill(workplace);
			await page
				.getByLabel('Vad behöver ni stöd med?')
				.fill('Vi vill arbeta personcentrerat och behöver metodstöd under våren.');
			await page.getByLabel('Personcentrerat förhållningssätt').check();
			await submit(page, 'Skicka förfrågan');
			expect(path(page)).toMatch(/^\/lan\/varmland\/stod\/forfragningar\/\d+$/);
			const requestPath = path(page);
			const id = Number(requestPath.split('/').at(-1));
			expect(await page.getByRole('status').first().innerText()).toContain('Förfrågan är skickad.');
			expect(await page.locator('main').innerText()).toContain('Mottagen');
			await expectAccessibleWithoutJs(page);

			const coordinator = await signedInPage('coordinator', { javaScriptEnabled: false });
			page = coordinator.page;
			await page.goto('/lan/varmland/stod/forfragningar');
			expect(await h1(page)).toBe('Förfrågningar om stöd');
			await expectAccessibleWithoutJs(page);
			await page.getByRole('link', { name: workplace }).click();
			expect(path(page)).toBe(requestPath);
			expect(await h1(page)).toBe(`Förfrågan från ${workplace}`);
			await expectAccessibleWithoutJs(page);
			// done without a note is refused and nothing is written
			await page.getByLabel('Status').selectOption('done');
			await submit(page, 'Spara ändringarna');
			expect(await page.getByRole('alert').innerText()).toContain(
				'Skriv en anteckning om vad stödet blev innan förfrågan markeras som klar.'
			);
			const [unchanged] = await db
				.select()
				.from(t.supportRequests)
				.where(eq(t.supportRequests.id, id));
			expect(unchanged!.status).toBe('received');
			await expectAccessibleWithoutJs(page);
			await page.getByLabel('Status').selectOption('in_progress');
			await page.getByLabel('Anteckningar').fill('Processledare kontaktar er vecka 3.');
			await submit(page, 'Spara ändringarna');
			expect(await page.getByRole('status').first().innerText()).toContain('Ändringen är sparad.');
			await page.getByLabel('Status').selectOption('done');
			await page
				.getByLabel('Anteckningar')
				.fill('Metodstöd i tre träffar, januari till mars. Uppföljning i juni.');
			await submit(page, 'Spara ändringarna');
			expect(await page.locator('main dl').innerText()).toContain('Klar');

			await page.getByRole('link', { name: 'Historik för förfrågan' }).click();
			expect(path(page)).toBe(`/lan/varmland/historik/support_request/${id}`);
			const entries = page.locator('.entry');
			expect(await entries.count()).toBe(3);
			const texts = await entries.allInnerTexts();
			expect(texts[0]).toContain(asker.user.actor.name);
			expect(texts[0]).toContain('skapade');
			expect(texts[2]).toContain(coordinator.user.actor.name);
			expect(texts[2]).toContain('Klar');
			await expectAccessibleWithoutJs(page);

			// the one who asked reads the outcome
			page = asker.page;
			await page.goto(requestPath);
			const main = await page.locator('main').innerText();
			expect(main).toContain('Klar');
			expect(main).toContain('Metodstöd i tre träffar');
			expect(await page.getByRole('button', { name: 'Spara ändringarna' }).count()).toBe(0);
			await expectAccessibleWithoutJs(page);
		},
		SLOW
	);
});

describe('the catalogue, kept', () => {
	test(
		'a coordinator adds an offer and opens it for editing (no JavaScript)',
		async () => {
			const db = (await serverDatabase()).db;
			const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
			await page.goto('/lan/varmland/stod');
			await page.getByRole('link', { name: 'Nytt stöd' }).click();
			expect(await h1(page)).toBe('Nytt stöd i katalogen');
			await expectAccessibleWithoutJs(page);
			const before = await rowCount(db, t.supportOffers);
			await page.getByLabel('Länk').fill('javascript:alert(1)');
			await submit(page, 'Spara');
			const alert = await page.getByRole('alert').innerText();
			expect(alert).toContain('Skriv en titel.');
			expect(alert).toContain('Skriv en webbadress som börjar med https://');
			expect(await rowCount(db, t.supportOffers)).toBe(before);
			await expectAccessibleWithoutJs(page);
			const title = `Handledning i samordnad individuell plan ${Math.random().toString(36).slice(2, 6)}`;
			await page.getByLabel('Slag').selectOption('method');
			await page.getByLabel('Titel').fill(title);
			await page.getByLabel('Länk').fill('');
			await page.getByLabel('Gemensam stödstruktur').check();
			await page.getByLabel('Överbrygga gränser och samordna resurser').check();
			await submit(page, 'Spara');
			expect(await h1(page)).toBe(title);
			const main = await page.locator('main').innerText();
			expect(main).toContain('Gemensam stödstruktur');
			expect(main).toContain('Överbrygga gränser och samordna resurser');
			await expectAccessibleWithoutJs(page);
			await page.getByRole('link', { name: 'Ändra stödet' }).click();
			expect(await h1(page)).toBe(`Ändra: ${title}`);
			await expectAccessibleWithoutJs(page);
		},
		SLOW
	);
});

describe('course rounds', () => {
	test(
		'a coordinator records a round with participants per organisation (no JavaScript)',
		async () => {
			const db = (await serverDatabase()).db;
			const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
			await page.goto('/lan/varmland/stod');
			await page.getByRole('link', { name: 'Kontinuerliga utbildningar i omställningen' }).click();
			const offerPath = path(page);
			await page.getByRole('link', { name: 'Lägg till en omgång' }).click();
			await expectAccessibleWithoutJs(page);
			const before = await rowCount(db, t.courseRounds);
			await page.getByLabel('Startdatum').fill('12 mars');
			await page.getByLabel('Arvika kommun').fill('-3');
			await submit(page, 'Spara omgången');
			const alert = await page.getByRole('alert').innerText();
			expect(alert).toContain('Skriv startdatum som ÅÅÅÅ-MM-DD');
			expect(alert).toContain('Antalet deltagare kan inte vara negativt.');
			expect(await rowCount(db, t.courseRounds)).toBe(before);
			await expectAccessibleWithoutJs(page);
			await page.getByLabel('Startdatum').fill('2026-03-12');
			await page.getByLabel('Plats').fill('Karlstad');
			await page.getByLabel('Arvika kommun').fill('12');
			await page.getByLabel('Region Värmland').fill('1250');
			await submit(page, 'Spara omgången');
			expect(path(page)).toBe(offerPath);
			const table = await page.locator('table').first().innerText();
			expect(table).toContain('12 mars 2026');
			expect(table).toContain('Karlstad');
			expect(table).toMatch(/1\s262/);
			const perOrg = await page.locator('table').nth(1).innerText();
			expect(perOrg).toMatch(/Region Värmland\s+1\s250/);
			await expectAccessibleWithoutJs(page);
		},
		SLOW
	);
});
