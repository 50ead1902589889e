import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectAccessible, newPage, browserForFile } from '../tests/kit/browser.ts';

/** The main navigation and the county switcher by keyboard alone. */

browserForFile();

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return { tag: el?.tagName, text: el?.innerText?.trim(), id: el?.id };
	});

test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
	const page = await newPage();
	await page.goto('/');
	await page.keyboard.press('Tab');
	expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Hoppa till huvudinnehållet' });
	await page.keyboard.press('Enter');
	await expect.poll(() => page.url()).toMatch(/#main$/);
	expect((await focused(page)).id).toBe('main');
	await page.context().close();
});

test('every item of the main menu can be reached with Tab and opened with Enter', async () => {
	const page = await newPage();
	await page.goto('/lan/varmland');
	const items = ['Målbild', 'Färdplan', 'Beslut', 'Tidslinje', 'Organisation'];
	const paths = [
		'/lan/varmland',
		'/lan/varmland/fardplan',
		'/lan/varmland/beslut',
		'/lan/varmland/tidslinje',
		'/lan/varmland/organisation'
	];
	for (const [i, item] of items.entries()) {
		await page.goto('/lan/varmland');
		// Tab until the menu item has focus (the header comes first)
		for (let n = 0; n < 60 && (await focused(page)).text !== item; n++)
			await page.keyboard.press('Tab');
		expect((await focused(page)).text).toBe(item);
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).pathname).toBe(paths[i]);
		expect(
			await page.getByRole('link', { name: item, exact: true }).getAttribute('aria-current')
		).toBe('page');
	}
	await expectAccessible(page);
	await page.context().close();
});

test('the county switcher works with the keyboard', async () => {
	const page = await newPage();
	await page.goto('/');
	await page.getByLabel('Län', { exact: true }).focus();
	await page.keyboard.press('End'); // Norrbotten, the last county
	await page.getByLabel('Län', { exact: true }).selectOption('dalarna');
	await page.keyboard.press('Tab');
	expect((await focused(page)).text).toBe('Byt län');
	await page.keyboard.press('Enter');
	await expect.poll(() => new URL(page.url()).pathname).toBe('/lan/dalarna');
	expect(await page.locator('h1').innerText()).toBe(
		'Nära genom hela livet – gemensamt tillsammans'
	);
	await page.context().close();
});
