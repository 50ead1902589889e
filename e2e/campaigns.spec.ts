import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { submitAnswer } from '../src/lib/modules/campaigns/service.server.ts';
import {
	browserForFile,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	serverDatabase,
	signedInPage
} from '../tests/kit/browser.ts';
import { organisationId } from '../tests/kit/cast.ts';

/**
 * "Vad är viktigt för dig?" in the browser, the path: a coordinator
 * opens a campaign; people answer from a phone without JavaScript (five in
 * the browser, the form guard's rate limit allows no more from one address
 * in an hour, and 25 more through the same use case as paper answers would
 * come in); a moderator adds themes and groups the 30 answers; the public
 * summary shows the themes with their counts and no count below the minimum
 * group size. Every page through axe.
 */

browserForFile();

const phone = { viewport: { width: 375, height: 740 }, javaScriptEnabled: false };
const desktop = { viewport: { width: 1280, height: 900 } };
const question = `Vad är viktigt för dig när du möter vården? ${Date.now()}`;
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const hostile = '"><img src=x onerror=alert(1)>';
let base = '';

const waitForGuard = (page: Page) => page.waitForTimeout(3100);

describe('a campaign collects 30 answers, a moderator themes them, the summary shows no small group', () => {
	test('a coordinator opens the campaign (bad input first)', async () => {
		const { page } = await signedInPage('coordinator', desktop);
		await page.goto('/lan/varmland/vad-ar-viktigt/ny');
		expect(await h1(page)).toBe('Ny fråga till invånarna');
		await expectAccessible(page);
		await page.getByLabel('Första dagen för svar').fill(today);
		await page.getByRole('button', { name: 'Öppna frågan' }).click();
		await expect
			.poll(() => page.locator('.ds-error-summary li').allInnerTexts())
			.toEqual(['Skriv frågan.', 'Skriv sista dagen som ÅÅÅÅ-MM-DD, t.ex. 2027-06-14.']);
		await expectAccessible(page);
		await page.getByLabel('Frågan').fill(question);
		await page.getByLabel('Sista dagen för svar').fill('2099-12-31');
		await page.getByRole('button', { name: 'Öppna frågan' }).click();
		await page.waitForURL(/\/vad-ar-viktigt\/\d+$/);
		base = new URL(page.url()).pathname;
		expect(await h1(page)).toBe(question);
		await page.goto('/lan/varmland/vad-ar-viktigt');
		await expect.poll(() => page.getByRole('heading', { name: question }).count()).toBe(1);
		await expectAccessible(page);
		await page.context().close();
	}, 120_000);

	test('five people answer from a phone without JavaScript', async () => {
		const page = await newPage(phone);
		await page.goto(`${base}/svara`);
		expect(await h1(page)).toBe(question);
		await expectAccessibleWithoutJs(page);
		await waitForGuard(page);
		await page.getByRole('button', { name: 'Skicka svaret' }).click();
		await expect
			.poll(() => page.locator('.ds-error-summary li').allInnerTexts())
			.toEqual(['Skriv ditt svar.']);
		await expectAccessibleWithoutJs(page);
		for (let i = 0; i < 5; i++) {
			await page.goto(`${base}/svara`);
			await page.getByLabel('Ditt svar').fill(`Att få träffa samma läkare ${i}. ${hostile}`);
			await page
				.getByLabel('Kommun du bor i (frivilligt)', { exact: true })
				.selectOption({ label: 'Arvika kommun' });
			await page.getByLabel('Din ålder (frivilligt)').selectOption({ label: '80 år eller äldre' });
			if (i === 0) await page.getByLabel(/får citeras ordagrant/).check();
			await waitForGuard(page);
			await page.getByRole('button', { name: 'Skicka svaret' }).click();
			await expect.poll(() => h1(page)).toBe('Tack för ditt svar');
		}
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	}, 120_000);

	test('25 more answers come in', async () => {
		const { db } = await serverDatabase();
		const id = Number(base.split('/').at(-1));
		const eda = String(await organisationId(db, 'Eda kommun'));
		const arvika = String(await organisationId(db, 'Arvika kommun'));
		const system = { kind: 'system', label: 'e2e: svar på papper' } as const;
		const answers = [
			...Array.from({ length: 11 }, (_, i) => ({
				answer: `Samma läkare ${i}`,
				municipalityId: arvika
			})),
			...Array.from({ length: 9 }, (_, i) => ({
				answer: `Vård nära hemmet ${i}`,
				municipalityId: eda,
				consentQuote: i === 0 ? 'on' : ''
			})),
			...Array.from({ length: 2 }, (_, i) => ({ answer: `Tandvården ${i}` })),
			...Array.from({ length: 3 }, (_, i) => ({ answer: `Ogrupperat ${i}`, municipalityId: eda }))
		];
		for (const a of answers) {
			const sent = await submitAnswer(db, system, '17', id, a, '127.0.0.1');
			expect(sent.kind).toBe('ok');
		}
	});

	test('a moderator adds themes and groups the 30 answers', async () => {
		const { page } = await signedInPage('moderator', desktop);
		await page.goto(`${base}/teman`);
		expect(await h1(page)).toBe(`Gruppera svaren: ${question}`);
		await expectAccessible(page);
		await page
			.getByLabel('Nya teman')
			.fill('Samma personal varje gång\nVård nära hemmet\nTandvård');
		await page.getByRole('button', { name: 'Lägg till temana' }).click();
		await page.waitForURL(/sparad=teman/);
		const answers = page.locator('ol.answers > li');
		expect(await answers.count()).toBe(30);
		for (let i = 0; i < 30; i++) {
			const text = await answers.nth(i).locator('.answer').innerText();
			const theme = text.startsWith('Vård nära')
				? 'Vård nära hemmet'
				: text.startsWith('Tandvården')
					? 'Tandvård'
					: text.startsWith('Ogrupperat')
						? null
						: 'Samma personal varje gång';
			if (theme)
				await page
					.getByLabel(`Tema för svar ${i + 1}`, { exact: true })
					.selectOption({ label: theme });
		}
		await page.getByLabel('Citera svar 1 i sammanfattningen').check();
		await page.getByRole('button', { name: 'Spara grupperingen' }).click();
		await page.waitForURL(/sparad=grupper/);
		await expect
			.poll(() => page.getByRole('status').innerText())
			.toContain('Grupperingen är sparad.');
		await expectAccessible(page);
		await page.context().close();
	}, 180_000);

	test.each([
		['1280', desktop],
		['375', phone]
	])(
		'the public summary shows themes with counts, none below the minimum (%s px)',
		async (_w, options) => {
			const page = await newPage(options);
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			await page.goto(base);
			const themes = page.locator('.themes > li');
			await expect
				.poll(async () => ({ errors, count: await themes.count() }), { timeout: 10_000 })
				.toEqual({ errors: [], count: 3 });
			const read = async (i: number) => ({
				name: await themes.nth(i).locator('h3').innerText(),
				count: await themes.nth(i).locator('p').first().innerText()
			});
			expect(await read(0)).toEqual({ name: 'Samma personal varje gång', count: 'Svar: 16' });
			expect(await read(1)).toEqual({ name: 'Vård nära hemmet', count: 'Svar: 9' });
			expect((await read(2)).count).toMatch(/^Svar: Visas inte/);
			const main = await page.locator('main').innerText();
			expect(main).toContain('Antal svar: 30');
			// the quote the person consented to, shown as text; no other answer is quoted
			expect(main).toContain(`Att få träffa samma läkare 0. ${hostile}`);
			expect(main).not.toContain('Samma läkare 1');
			expect(await page.locator('main img[src="x"]').count()).toBe(0);
			// no shown count anywhere is between 1 and the minimum (5)
			const cells = await page.locator('table td.num').allInnerTexts();
			for (const c of [...cells, ...(await themes.locator('p').allInnerTexts())]) {
				const n = /^(?:Svar: )?(\d+)$/.exec(c.trim());
				if (n) expect(Number(n[1]) === 0 || Number(n[1]) >= 5).toBe(true);
			}
			if ('javaScriptEnabled' in options) await expectAccessibleWithoutJs(page);
			else await expectAccessible(page);
			await page.context().close();
		}
	);

	test('the summary is in the API, with the same counts', async () => {
		const id = base.split('/').at(-1);
		const page = await newPage();
		const res = await page.request.get(`/api/counties/17/campaigns/${id}/summary`);
		expect(res.status()).toBe(200);
		const body = await res.json();
		expect(body.total).toBe(30);
		expect(body.themes.map((t: { count: number | null }) => t.count)).toEqual([16, 9, null]);
		const answers = await page.request.get(`/api/counties/17/campaigns/${id}/answers`);
		expect(answers.status()).toBe(403);
		await page.context().close();
	});
});
