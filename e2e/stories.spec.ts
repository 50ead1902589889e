import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
	browserForFile,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	path,
	signedInPage
} from '../tests/kit/browser.ts';

/**
 * Citizens' stories in the browser, the issue's path whole: a citizen on a
 * phone without JavaScript tells a story with a name in it and consent to
 * publish; a moderator removes the name, publishes and tags it; it appears
 * under its citizen statement on the vision page; the author withdraws it
 * with the code and it is gone. Every page through axe at 1280 and 375 px.
 */

browserForFile();

const phone = { viewport: { width: 375, height: 740 }, javaScriptEnabled: false };
const desktop = { viewport: { width: 1280, height: 900 } };
const tag = `${Date.now()}`;
const title = `Samma sjuksköterska varje gång ${tag}`;
const hostile = '"><img src=x onerror=alert(1)> <script>alert(2)</script>';
const statement = 'Jag får rätt hjälp och stöd i rätt tid';

/** The form is refused when sent sooner than three seconds after it was shown. */
const waitForGuard = (page: Page) => page.waitForTimeout(3100);

/** Follows a link as a full page load, and checks that the page is there. */
async function openLink(page: Page, link: Locator) {
	const response = await page.goto((await link.getAttribute('href'))!);
	expect(response?.status()).toBe(200);
}

let code = '';
let storyPath = '';

describe('a story from a phone without JavaScript to the vision page and back', () => {
	test('bad input: a Swedish message for each field, and nothing is sent', async () => {
		const page = await newPage(phone);
		await page.goto('/lan/varmland/berattelser/berata');
		expect(await h1(page)).toBe('Berätta om ditt möte med vården');
		await expectAccessibleWithoutJs(page);
		await page.getByRole('button', { name: 'Skicka berättelsen' }).click();
		const summary = page.locator('.ds-error-summary');
		await expect.poll(() => summary.isVisible()).toBe(true);
		const errors = await summary.locator('li').allInnerTexts();
		expect(errors).toEqual([
			'Skriv en rubrik.',
			'Skriv vad som hände.',
			'Skriv vad som var viktigt för dig.',
			'Välj kommunen där det hände.',
			'Välj vilken sorts vård eller omsorg det gällde.',
			'Välj vem du är i berättelsen.',
			'Kryssa i minst ett samtycke. Utan samtycke kan berättelsen inte användas, och då sparar vi den inte.'
		]);
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	});

	test('a citizen tells a story and gets a code', async () => {
		const page = await newPage(phone);
		await page.goto('/lan/varmland/berattelser/berata');
		await page.getByLabel('Rubrik').fill(title);
		await page
			.getByLabel('Vad hände?')
			.fill('Jag heter Greta Svensson. Distriktssköterskan kom hem till mig varje vecka.');
		await page.getByLabel('Vad var viktigt för dig?').fill(`Att hon kände mig. ${hostile}`);
		await page.getByLabel('Kommun där det hände').selectOption({ label: 'Arvika kommun' });
		await page
			.getByLabel('Vilken sorts vård eller omsorg gällde det?')
			.selectOption({ label: 'Kommunal hälso- och sjukvård, hemsjukvård' });
		await page
			.getByLabel('Vem är du i berättelsen?')
			.selectOption({ label: 'Invånare, patient eller brukare' });
		await page.getByLabel(/får publiceras på webbplatsen/).check();
		await waitForGuard(page);
		await page.getByRole('button', { name: 'Skicka berättelsen' }).click();
		await expect.poll(() => h1(page)).toBe('Tack för din berättelse');
		code = (await page.getByTestId('withdrawal-code').innerText()).trim();
		expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		await expectAccessibleWithoutJs(page);
		await page.screenshot({ path: 'test-results/stories-receipt-375.png', fullPage: true });
		await page.context().close();
	});

	test('a moderator removes the name, publishes and tags the story', async () => {
		const { page } = await signedInPage('moderator', desktop);
		await page.goto('/lan/varmland/berattelser/granska');
		await expectAccessible(page);
		await openLink(page, page.getByRole('link', { name: title }));
		expect(await h1(page)).toBe(`Granska: ${title}`);
		await expectAccessible(page);
		await page.getByLabel('Publicera den redigerade texten nedan').check();
		await page
			.getByLabel('Vad hände', { exact: true })
			.fill('Distriktssköterskan kom hem till mig varje vecka.');
		await page.getByRole('button', { name: 'Spara beslutet' }).click();
		await page.waitForURL(/sparad=published/);
		await expect.poll(() => page.getByRole('status').innerText()).toContain('Sparat: Publicerad.');
		await page.getByLabel(statement).check();
		await page.getByLabel('Från organisation till person och relation').check();
		await page.getByRole('button', { name: 'Spara taggarna' }).click();
		await page.waitForURL(/sparad=taggar/);
		await expect.poll(() => page.getByRole('status').innerText()).toContain('Taggarna är sparade.');
		await page.screenshot({ path: 'test-results/stories-moderate-1280.png', fullPage: true });
		await page.context().close();
	}, 180_000);

	test.each([
		['1280', desktop],
		['375', { viewport: { width: 375, height: 740 } }]
	])(
		'it stands under its statement on the vision page, without the name (%s px)',
		async (w, options) => {
			const page = await newPage(options);
			await page.goto('/lan/varmland');
			const item = page.locator('.statements li', { hasText: statement });
			await item.getByRole('link', { name: title }).click();
			await expect.poll(() => h1(page)).toBe(title);
			storyPath = path(page);
			const text = await page.locator('main').innerText();
			expect(text).toContain('Distriktssköterskan kom hem till mig varje vecka.');
			expect(text).not.toContain('Greta');
			// the hostile text is shown as text, not run as markup
			expect(text).toContain(hostile);
			expect(await page.locator('main img[src="x"]').count()).toBe(0);
			expect(text).toContain(statement);
			await expectAccessible(page);
			await page.screenshot({ path: `test-results/stories-story-${w}.png`, fullPage: true });
			await page.goto('/lan/varmland/berattelser');
			await expectAccessible(page);
			await page.screenshot({ path: `test-results/stories-list-${w}.png`, fullPage: true });
			await page.context().close();
		}
	);

	test('the author withdraws it with the code, and it is gone', async () => {
		const page = await newPage(phone);
		await page.goto('/lan/varmland/berattelser/aterkalla');
		await expectAccessibleWithoutJs(page);
		await page.getByLabel('Kod').fill('AAAA-BBBB-CCCC');
		await page.getByRole('button', { name: 'Ta bort berättelsen' }).click();
		await expect
			.poll(() => page.locator('.ds-error-summary').innerText())
			.toContain('Ingen berättelse har den koden.');
		await page.getByLabel('Kod').fill(code.toLowerCase());
		await page.getByRole('button', { name: 'Ta bort berättelsen' }).click();
		await expect
			.poll(() => page.getByRole('status').innerText())
			.toContain('Berättelsen är borttagen');
		const gone = await page.goto(storyPath);
		expect(gone?.status()).toBe(404);
		await page.goto('/lan/varmland');
		expect(await page.getByRole('link', { name: title }).count()).toBe(0);
		await page.context().close();
	});
});
