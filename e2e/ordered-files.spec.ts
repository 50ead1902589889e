import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
	baseUrl,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	signedInPage,
	browserForFile
} from '../tests/kit/browser.ts';

/**
 * Reports and exports made by background jobs against the built server: a
 * signed-in person orders the overview as a PDF (JavaScript off: a button
 * asks how far it is) and the inventory as Excel (JavaScript on: the page
 * follows the job by itself); the file is theirs alone; a visitor still
 * downloads directly. axe on every state of the page.
 */

browserForFile();

/** Without JavaScript: asks with the button until the job has ended; checks the waiting page once. */
async function waitWithoutJs(page: Page, title: string): Promise<void> {
	let checked = false;
	await expect
		.poll(
			async () => {
				const button = page.getByRole('button', { name: 'Visa förloppet nu' });
				if ((await button.count()) > 0) {
					if (!checked) await expectAccessibleWithoutJs(page);
					checked = true;
					await button.click();
					await page.waitForLoadState();
				}
				return page.locator('[data-status]').getAttribute('data-status');
			},
			{ timeout: 30_000, interval: 300 }
		)
		.toBe('done');
	expect(await h1(page)).toBe(title);
}

async function download(page: Page): Promise<{ status: number; type: string; body: Buffer }> {
	const href = await page.locator('#download').getAttribute('href');
	const res = await page.request.get(href!);
	return {
		status: res.status(),
		type: res.headers()['content-type'] ?? '',
		body: await res.body()
	};
}

describe('ordered files', () => {
	test('the overview as PDF, JavaScript off: ordered, made, downloaded; nobody else sees it', async () => {
		const { page } = await signedInPage('reader', { javaScriptEnabled: false });
		await page.goto('/lan/varmland/uppfoljning');
		await page.getByRole('button', { name: 'Ta fram översikten som PDF' }).click();
		await page.waitForURL(/\/jobb\/\d+$/);
		await waitWithoutJs(page, 'Följ omställningen – Värmlands län som PDF');
		expect(await page.locator('#job-message').innerText()).toBe('Rapporten är klar att ladda ner.');
		expect(await page.locator('#download').innerText()).toMatch(
			/^Ladda ner folj-omstallningen-varmland\.pdf \(\d+ kB\)$/
		);
		await expectAccessibleWithoutJs(page);
		const file = await download(page);
		expect(file).toMatchObject({ status: 200, type: 'application/pdf' });
		expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

		const jobPath = new URL(page.url()).pathname;
		const other = await signedInPage('coordinator');
		for (const p of [jobPath, `${jobPath}/fil`])
			expect((await other.page.request.get(p)).status()).toBe(404);
		const visitor = await newPage();
		const res = await visitor.request.get(`${baseUrl()}${jobPath}`, { maxRedirects: 0 });
		expect(res.status()).toBe(303);
		expect(res.headers().location).toMatch(/^\/logga-in\?till=/);
		for (const p of [page, other.page, visitor]) await p.context().close();
	});

	test('the inventory as Excel, JavaScript on: the page follows the job without reloading', async () => {
		const { page } = await signedInPage('coordinator');
		await page.goto('/lan/varmland/insatser?phase=pilot');
		await page.getByRole('button', { name: /^Excel \(XLSX\)/ }).click();
		await page.waitForURL(/\/jobb\/\d+$/);
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
		await expect
			.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 30_000 })
			.toBe('done');
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
		expect(await h1(page)).toBe('Insatserna i Värmlands län som Excel');
		await expectAccessible(page);
		const file = await download(page);
		expect(file.status).toBe(200);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(file.body as unknown as ArrayBuffer);
		const sheet = book.worksheets[0]!;
		expect(sheet.rowCount).toBeGreaterThan(1);
		const header = (sheet.getRow(1).values as unknown[]).map(String);
		const phase = header.indexOf('Fas');
		expect(phase).toBeGreaterThan(0);
		sheet.eachRow((row, n) => {
			if (n > 1) expect(String(row.getCell(phase).value)).toBe('Pilot');
		});
		await page.context().close();
	});

	test('a visitor downloads the overview and the workbook directly, as before', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto('/lan/varmland/uppfoljning');
		expect(await page.getByRole('button', { name: 'Ta fram översikten som PDF' }).count()).toBe(0);
		expect(await page.locator('a[href$="/uppfoljning/rapport.pdf"]').count()).toBe(1);
		await page.goto('/lan/varmland/insatser');
		expect(await page.locator('a[href*="/insatser/export.xlsx"]').count()).toBe(1);
		await page.context().close();
	});
});
