import type { Page } from 'playwright-core';
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
 * The Dialogguide in the browser: the personal test on a phone without
 * JavaScript; a manager's round answered with codes on phones, closed, and
 * its results (radar, table, the county); a round with too few answers whose
 * results stay hidden with the reason; refused codes. axe at 1280 and 375 px.
 */

browserForFile();

const BASE = '/lan/varmland/dialogguide';
const PHONE = { viewport: { width: 375, height: 740 } };

/** Scores every statement `score` (1–5), the statements of one dimension `low`. */
async function scoreAll(page: Page, score: number, low?: { dimension: string; score: number }) {
	const sections = page.locator('section.dimension');
	for (let i = 0; i < (await sections.count()); i++) {
		const section = sections.nth(i);
		const title = await section.locator('h2').innerText();
		const value = low && title === low.dimension ? low.score : score;
		const radios = section.locator(`input[type=radio][value="${value}"]`);
		for (let j = 0; j < (await radios.count()); j++) await radios.nth(j).check();
	}
}

async function openRound(page: Page, workplace: string, codes: number): Promise<string> {
	await page.goto(`${BASE}/omgangar/ny`);
	await page.getByLabel('Organisation').selectOption({ label: 'Arvika kommun' });
	await page.getByLabel('Arbetsplats').fill(workplace);
	const closes = new Date(Date.now() + 14 * 86400_000).toISOString().slice(0, 10);
	await page.getByLabel('Sista svarsdag').fill(closes);
	await page.getByRole('radio', { name: /engångskoder \(en kod per person/ }).check();
	await page.getByLabel('Antal koder').fill(String(codes));
	await page.getByRole('button', { name: 'Starta omgången' }).click();
	await page.waitForURL(/\/omgangar\/\d+$/);
	return page.url();
}

async function codesOf(
	page: Page,
	roundUrl: string
): Promise<{ codes: string[]; answerUrl: string }> {
	await page.goto(`${roundUrl}/koder`);
	const codes = await page.locator('.slip .code').allInnerTexts();
	const answerUrl = await page.locator('.slip .url').first().innerText();
	return { codes, answerUrl };
}

async function answerOnPhone(answerUrl: string, code: string, score: number, check = false) {
	const page = await newPage({ ...PHONE, javaScriptEnabled: false });
	await page.goto(answerUrl);
	if (check) await expectAccessibleWithoutJs(page);
	await page.getByLabel('Din kod').fill(code);
	await scoreAll(page, score);
	await page.getByRole('button', { name: 'Lämna mitt svar' }).click();
	const text = await page.locator('main').innerText();
	await page.context().close();
	return text;
}

describe('the personal test', { timeout: 120_000 }, () => {
	test('on a phone without JavaScript: a profile, the roadmap’s text and examples from the inventory', async () => {
		const page = await newPage({ ...PHONE, javaScriptEnabled: false });
		await page.goto(`${BASE}/testa`);
		expect(await h1(page)).toBe('Testa hur nära du jobbar');
		expect(await page.locator('main').innerText()).toContain('inte länets officiella Dialogguide');
		await expectAccessibleWithoutJs(page);
		// one statement left out: named, nothing lost
		await scoreAll(page, 4, { dimension: 'Digitala lösningar och välfärdsteknik', score: 1 });
		await page
			.locator('section.dimension')
			.first()
			.locator('input[value="vet-inte"]')
			.first()
			.check();
		await page.getByRole('button', { name: 'Visa min profil' }).click();
		expect(await h1(page)).toBe('Din profil: så nära jobbar du');
		const main = await page.locator('main').innerText();
		expect(main).toContain('Där du har mest att vinna');
		expect(main).toContain('ökad digitalisering stora möjligheter');
		expect(main).toContain('Inspireras av andra');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(375);
		await expectAccessibleWithoutJs(page);
		await page.screenshot({ path: 'test-results/self-assessment-profile-375.png', fullPage: true });
	});

	test('an unanswered statement is named in Swedish and the answers are kept', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(`${BASE}/testa`);
		await scoreAll(page, 3);
		// a form without the last statement: forged by leaving it out
		const name = await page.locator('fieldset.statement').last().getAttribute('id');
		const removed = await page
			.locator(`input[name="${name}"]`)
			.evaluateAll((els) => els.map((e) => e.remove()).length);
		expect(removed).toBe(6);
		await page.getByRole('button', { name: 'Visa min profil' }).click();
		expect(await page.locator('.ds-error-summary').innerText()).toMatch(/Svara på påstående 16/);
	});
});

describe('a workplace round', { timeout: 300_000 }, () => {
	test('eight answers with codes on phones → closed → radar, table and the county', async () => {
		const { page } = await signedInPage('editor');
		const roundUrl = await openRound(page, 'Hemtjänst Norr (e2e)', 10);
		await expectAccessible(page);
		await page.screenshot({
			path: 'test-results/self-assessment-round-open-1280.png',
			fullPage: true
		});
		const { codes, answerUrl } = await codesOf(page, roundUrl);
		expect(codes).toHaveLength(10);
		await expectAccessible(page);
		for (const [i, code] of codes.slice(0, 8).entries())
			expect(await answerOnPhone(answerUrl, code, (i % 5) + 1, i === 0)).toContain('Tack!');
		// a used code is refused and says why
		expect(await answerOnPhone(answerUrl, codes[0]!, 3)).toContain('Koden är redan använd');
		await page.goto(roundUrl);
		expect(await page.locator('main').innerText()).toContain(
			'Resultatet visas när omgången är stängd.'
		);
		await page.getByRole('button', { name: 'Stäng omgången nu' }).click();
		await page.waitForURL(roundUrl);
		const main = await page.locator('main').innerText();
		expect(main).toContain('Median per dimension');
		expect(await page.locator('.chart svg[role=img]').count()).toBe(1);
		const rows = page.locator('table:has(caption#results-table) tbody tr');
		expect(await rows.count()).toBe(8);
		expect(await rows.first().innerText()).toMatch(
			/Från organisation till person och relation\s+[\d,]+\s+8/
		);
		expect(main).toContain('vad behöver hända för att vi gemensamt ska nå målbilden');
		await expectAccessible(page);
		await page.screenshot({
			path: 'test-results/self-assessment-results-1280.png',
			fullPage: true
		});
		// the consensus and the next step
		await page.getByLabel('Vår skattning (1–5)').first().fill('3');
		await page
			.getByLabel('Vad gör vi')
			.fill('Fråga ”Vad är viktigt för dig?” vid varje första besök');
		// a next step without an owner and a date is refused, named in Swedish
		await page.getByRole('button', { name: 'Spara' }).click();
		expect(await page.locator('.ds-error-summary').innerText()).toContain(
			'Skriv vem som ansvarar för nästa steg.'
		);
		await page.getByLabel('Vem ansvarar').fill('Enhetschefen');
		await page.getByLabel('Klart senast (ÅÅÅÅ-MM-DD)').fill('2099-06-01');
		await page.getByRole('button', { name: 'Spara' }).click();
		await page.waitForURL(/#samsyn$/);
		expect(await page.locator('.saved').innerText()).toMatch(
			/Vad är viktigt för dig\?.* – Enhetschefen, senast 1 juni 2099/
		);
		// the printout for the workplace meeting is one A4 page
		const pdf = await page.pdf({ format: 'A4', path: 'test-results/self-assessment-print.pdf' });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
		await page.setViewportSize({ width: 375, height: 740 });
		await expectAccessible(page);
		await page.screenshot({ path: 'test-results/self-assessment-results-375.png', fullPage: true });
		// a closed round takes no answers
		const late = await newPage({ ...PHONE, javaScriptEnabled: false });
		await late.goto(answerUrl);
		expect(await late.locator('main').innerText()).toContain(
			'Omgången är stängd och tar inte emot fler svar.'
		);
		expect(await late.locator('main form').count()).toBe(0);
	});

	test('four answers → the results stay hidden and the page says why', async () => {
		const { page } = await signedInPage('editor');
		const roundUrl = await openRound(page, 'Vårdcentral Syd (e2e)', 5);
		const { codes, answerUrl } = await codesOf(page, roundUrl);
		for (const code of codes.slice(0, 4))
			expect(await answerOnPhone(answerUrl, code, 4)).toContain('Tack!');
		await page.goto(roundUrl);
		await page.getByRole('button', { name: 'Stäng omgången nu' }).click();
		await page.waitForURL(roundUrl);
		const main = await page.locator('main').innerText();
		expect(main).toContain('Resultatet visas inte: 4 personer svarade, och det krävs minst 5.');
		expect(await page.locator('table:has(caption#results-table)').count()).toBe(0);
		await expectAccessible(page);
	});

	test('the Dialogguide’s pages pass axe at 1280 and 375 px', async () => {
		for (const options of [{}, PHONE]) {
			const page = await newPage(options);
			for (const url of [BASE, `${BASE}/testa`, `${BASE}/lanet`]) {
				await page.goto(url);
				await expectAccessible(page);
			}
			await page.context().close();
		}
		// a manager's pages: the list of rounds and the form that opens one
		const { page } = await signedInPage('editor');
		for (const size of [{ width: 1280, height: 800 }, PHONE.viewport]) {
			await page.setViewportSize(size);
			for (const url of [`${BASE}/omgangar`, `${BASE}/omgangar/ny`]) {
				await page.goto(url);
				await expectAccessible(page);
			}
		}
	});
});
