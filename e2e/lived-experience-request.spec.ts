import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import * as t from '../src/lib/app/tables.ts';
import { rowCount } from '../tests/kit/audit.ts';
import {
	browserForFile,
	expectAccessibleWithoutJs,
	h1,
	serverDatabase,
	signedInPage
} from '../tests/kit/browser.ts';
import { organisationId } from '../tests/kit/cast.ts';

/**
 * Those who edit a process or an initiative ask Levande bibliotek for
 * participants from the item's page, without JavaScript: the form opens with
 * the item chosen, lists only what they may ask for, and shows their own
 * requests and whether they are matched. A reader is refused. axe on each.
 */

browserForFile();

const noJs = { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false };
const task = `Berätta om er väg genom vården ${Date.now()}`;

describe('asking for participants with lived experience', () => {
	test('the editor of a process asks from the process page (bad input first)', async () => {
		const { db } = await serverDatabase();
		const [process] = await db
			.select({ id: t.processes.id, title: t.processes.title })
			.from(t.processes)
			.where(eq(t.processes.countyCode, '17'))
			.limit(1);
		const { page } = await signedInPage('coordinator', noJs);
		await page.goto(`/lan/varmland/processer/${process!.id}`);
		await page.getByRole('link', { name: 'Be om deltagare med egen erfarenhet' }).click();
		expect(await h1(page)).toBe('Be om deltagare med egen erfarenhet');
		expect(await page.getByLabel('Process eller insats').inputValue()).toBe(
			`process:${process!.id}`
		);
		expect(await page.locator('main').innerText()).toContain('Du har inte bett om deltagare ännu.');
		await expectAccessibleWithoutJs(page);
		const before = await rowCount(db, t.participantRequests);
		await page.getByLabel('Antal deltagare').fill('0');
		await page.getByRole('button', { name: 'Spara förfrågan' }).click();
		await expect
			.poll(() => page.locator('.ds-error-summary li').allInnerTexts())
			.toEqual(['Skriv vad deltagarna ska göra.', 'Skriv hur många deltagare som behövs (1–50).']);
		expect(await rowCount(db, t.participantRequests)).toBe(before);
		await expectAccessibleWithoutJs(page);
		await page.getByLabel('Vad ska deltagarna göra?').fill(task);
		await page.getByLabel('Antal deltagare').fill('2');
		await page.getByRole('button', { name: 'Spara förfrågan' }).click();
		await page.waitForURL(/sparad=1/);
		const main = await page.locator('main').innerText();
		expect(main).toContain('Förfrågan är sparad.');
		expect(main).toContain(`Process: ${process!.title}`);
		expect(main).toContain(task);
		expect(main).toContain('Inte tillsatt ännu');
		expect(await rowCount(db, t.participantRequests)).toBe(before + 1);
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	}, 120_000);

	test('an editor sees only the initiatives their organisation leads', async () => {
		const { db } = await serverDatabase();
		const title = `Insats för Levande bibliotek ${Date.now()}`;
		const [initiative] = await db
			.insert(t.initiatives)
			.values({
				countyCode: '17',
				title,
				leadOrganisationId: await organisationId(db, 'Arvika kommun'),
				level: 'local',
				phase: 'pilot'
			})
			.returning();
		const { page } = await signedInPage('editor', noJs);
		await page.goto(`/lan/varmland/insatser/${initiative!.id}`);
		await page.getByRole('link', { name: 'Be om deltagare med egen erfarenhet' }).click();
		const subject = page.getByLabel('Process eller insats');
		expect(await subject.inputValue()).toBe(`initiative:${initiative!.id}`);
		const options = await subject.locator('option').allInnerTexts();
		expect(options).toContain(`Insats: ${title}`);
		expect(options.filter((o) => o.startsWith('Process:'))).toEqual([]);
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	}, 120_000);

	test('a reader is refused and sees no link', async () => {
		const { page } = await signedInPage('reader', noJs);
		const res = await page.goto('/lan/varmland/levande-bibliotek/fraga');
		expect(res?.status()).toBe(403);
		await expectAccessibleWithoutJs(page);
		await page.goto('/lan/varmland/processer');
		await page.locator('main a[href*="/processer/"]').first().click();
		expect(
			await page.getByRole('link', { name: 'Be om deltagare med egen erfarenhet' }).count()
		).toBe(0);
		await page.context().close();
	}, 120_000);
});
