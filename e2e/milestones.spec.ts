import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import * as t from '../src/lib/app/tables.ts';
import { auditOf, rowCount } from '../tests/kit/audit.ts';
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
 * The county's milestones in the browser: a visitor reads the seeded ones
 * with their time, status, owner and source (desktop and phone); a
 * coordinator adds one with JavaScript off (bad input first) and changes it,
 * and it shows on the milestones page, the roadmap and the timeline. axe on
 * every page.
 */

browserForFile();
afterAll(() => closeServerDatabase());

const SLOW = 240_000;

async function submit(page: Page, button: string) {
	await Promise.all([
		page.waitForLoadState('load'),
		page.getByRole('button', { name: button }).click()
	]);
}

describe('the milestones', () => {
	test.each([
		['1280 px', { width: 1280, height: 900 }],
		['375 px', { width: 375, height: 800 }]
	] as const)(
		'a visitor reads the milestones the sources name, each with its source (%s)',
		async (_, viewport) => {
			const page = await newPage({ viewport });
			await page.goto('/lan/varmland');
			const entry = (await mainMenu(page)).getByRole('link', { name: 'Milstolpar', exact: true });
			expect(await entry.first().getAttribute('href')).toBe('/lan/varmland/milstolpar');
			await page.goto('/lan/varmland/milstolpar');
			expect(await h1(page)).toBe('Milstolpar');
			const approved = page.locator('li', { hasText: 'Länsgemensam färdplan godkänd' });
			const text = await approved.innerText();
			expect(text).toContain('Januari 2023');
			expect(text).toContain('Status: nådd');
			expect(text).toContain('Ägs av: Direktörsberedningen');
			expect(text).toContain('000_f8bc95be08be1486.txt');
			const stage = await page.locator('li', { hasText: 'Vi börjar med det enkla' }).innerText();
			expect(stage).toContain('Status: okänd');
			expect(stage).toContain('Ägs av: okänt');
			expect(stage).toContain('001_ae9703054a45fcdc.txt');
			expect(await page.getByRole('link', { name: 'Ny milstolpe' }).count()).toBe(0);
			await expectAccessible(page);
		},
		SLOW
	);

	test(
		'a coordinator adds a milestone without JavaScript; it shows on the roadmap and the timeline',
		async () => {
			const db = (await serverDatabase()).db;
			const title = `Alla kommuner har en plan ${Math.random().toString(36).slice(2, 7)}`;
			const { page, user } = await signedInPage('coordinator', { javaScriptEnabled: false });
			await page.goto('/lan/varmland/milstolpar');
			await Promise.all([
				page.waitForURL(/\/milstolpar\/ny$/),
				page.getByRole('link', { name: 'Ny milstolpe' }).click()
			]);
			expect(await h1(page)).toBe('Ny milstolpe');
			await expectAccessibleWithoutJs(page);

			// bad input: a message per field, nothing written
			const before = await rowCount(db, t.milestones);
			await page.getByLabel('År (frivilligt)', { exact: true }).fill('1800');
			await submit(page, 'Spara milstolpen');
			const main = await page.locator('main').innerText();
			expect(main).toContain('Skriv en rubrik.');
			expect(main).toContain('Året ska vara ett årtal 1900–2100, t.ex. 2026.');
			expect(await rowCount(db, t.milestones)).toBe(before);
			await expectAccessibleWithoutJs(page);

			await page.getByLabel('Rubrik', { exact: true }).fill(title);
			await page.getByLabel('År (frivilligt)', { exact: true }).fill('2026');
			await page.getByLabel('Tiden som den ska skrivas').fill('Hösten 2026');
			await page
				.getByLabel('Organ som äger milstolpen')
				.selectOption({ label: 'Direktörsberedningen' });
			await page.getByLabel('Status', { exact: true }).selectOption('under_way');
			await page
				.getByRole('group', { name: 'Processer som leder dit (frivilligt)' })
				.getByLabel('Fallprevention')
				.check();
			await submit(page, 'Spara milstolpen');
			expect(path(page)).toBe('/lan/varmland/milstolpar');
			const added = page.locator('li', { hasText: title });
			const shown = await added.innerText();
			expect(shown).toContain('Hösten 2026');
			expect(shown).toContain('Status: pågår');
			expect(shown).toContain('Ägs av: Direktörsberedningen');
			expect(shown).toContain('Processer som leder dit: Fallprevention');
			await expectAccessibleWithoutJs(page);

			const [row] = await db.select().from(t.milestones).where(eq(t.milestones.title, title));
			const entries = await auditOf(db, 'milestone', row!.id);
			expect(entries.map((e) => [e.action, e.actorUserId])).toEqual([
				['create', user.actor.userId]
			]);

			// it shows on the roadmap and on the timeline
			for (const [address, heading] of [
				['/lan/varmland/fardplan', 'Milstolpar med tid och status'],
				['/lan/varmland/tidslinje', 'Milstolpar i Värmland']
			] as const) {
				await page.goto(address);
				const section = page.locator('section', {
					has: page.getByRole('heading', { name: heading })
				});
				expect(await section.innerText()).toContain(title);
				expect(await section.innerText()).toContain('Status: pågår');
				await expectAccessibleWithoutJs(page);
			}

			// and it is changed on its edit page
			await page.goto(`/lan/varmland/milstolpar/${row!.id}`);
			expect(await h1(page)).toBe(`Ändra: ${title}`);
			await expectAccessibleWithoutJs(page);
			await page.getByLabel('Status', { exact: true }).selectOption('reached');
			await submit(page, 'Spara ändringarna');
			expect(path(page)).toBe('/lan/varmland/milstolpar');
			expect(await page.locator('li', { hasText: title }).innerText()).toContain('Status: nådd');
			expect((await auditOf(db, 'milestone', row!.id)).map((e) => e.action)).toEqual([
				'create',
				'update'
			]);
		},
		SLOW
	);
});
