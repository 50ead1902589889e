import { expect, test } from 'vitest';
import { expectAccessibleWithoutJs, newPage, browserForFile } from '../tests/kit/browser.ts';

/** The main pages, navigation and forms once more with JavaScript turned off. */

browserForFile();

test('the main navigation works without JavaScript', async () => {
	const page = await newPage({ javaScriptEnabled: false });
	await page.goto('/');
	expect(await page.locator('h1').innerText()).toBe('Framtidens Värmland');
	for (const [name, h1] of [
		['Färdplan', /^Färdplan/],
		['Beslut', /^Beslut om målbilden/],
		['Tidslinje', /^Tidslinje$/],
		['Organisation', /^Organisation i/],
		['Målbild', /^Framtidens Värmland$/]
	] as const) {
		await page
			.getByRole('navigation', { name: 'Huvudmeny' })
			.getByRole('link', { name, exact: true })
			.click();
		expect(await page.locator('h1').innerText()).toMatch(h1);
		await expectAccessibleWithoutJs(page);
	}
	await page.context().close();
});

test('on a phone the menu folds behind a button, so the content starts in the first screen', async () => {
	const page = await newPage({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
	await page.goto('/lan/varmland/insatser');
	const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
	// folded: the links are not shown, the button names the current page
	await expect(menu.getByRole('link', { name: 'Beslut', exact: true }).isVisible()).resolves.toBe(
		false
	);
	expect(await menu.locator('summary').innerText()).toBe('Meny: Insatser');
	const mainTop = await page.locator('main').evaluate((m) => m.getBoundingClientRect().top);
	expect(mainTop).toBeLessThan(300);
	const heading = await page.locator('h1').boundingBox();
	expect(heading?.y).toBeLessThan(812 - (heading?.height ?? 0));
	await expectAccessibleWithoutJs(page);
	// opened by keyboard, it leads on
	await menu.locator('summary').focus();
	await page.keyboard.press('Enter');
	await menu.getByRole('link', { name: 'Beslut', exact: true }).click();
	expect(await page.locator('h1').innerText()).toMatch(/^Beslut om målbilden/);
	// on a wide screen the menu is open and has no button
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(menu.locator('summary').isVisible()).resolves.toBe(false);
	await expect(
		menu.getByRole('link', { name: 'Tidslinje', exact: true }).isVisible()
	).resolves.toBe(true);
	await page.context().close();
});

test('the county switcher is a plain form', async () => {
	const page = await newPage({ javaScriptEnabled: false });
	await page.goto('/lan/varmland/tidslinje');
	await page.getByLabel('Län', { exact: true }).selectOption('dalarna');
	await page.getByRole('button', { name: 'Byt län' }).click();
	expect(new URL(page.url()).pathname).toBe('/lan/dalarna');
	expect(await page.locator('h1').innerText()).toBe(
		'Nära genom hela livet – gemensamt tillsammans'
	);
	// the choice sticks: the start page, and the logo on a page outside the county, lead to Dalarna
	await page.goto('/');
	expect(new URL(page.url()).pathname).toBe('/lan/dalarna');
	await page.goto('/tillganglighet');
	expect(await page.locator('.nav-county').innerText()).toBe('Dalarnas län');
	await page.getByRole('link', { name: /^Nära/ }).first().click();
	expect(new URL(page.url()).pathname).toBe('/lan/dalarna');
	// choosing again replaces it
	await page.getByLabel('Län', { exact: true }).selectOption('varmland');
	await page.getByRole('button', { name: 'Byt län' }).click();
	await page.goto('/');
	expect(new URL(page.url()).pathname).toBe('/');
	expect(await page.locator('h1').innerText()).toBe('Framtidens Värmland');
	await page.context().close();
});

test('the timeline filters by level and year, and says what was wrong with a bad filter', async () => {
	const page = await newPage({ javaScriptEnabled: false });
	await page.goto('/lan/varmland/tidslinje');
	await page.getByLabel('Nivå', { exact: true }).selectOption('county');
	await page.getByLabel('År', { exact: true }).selectOption('2022');
	await page.getByRole('button', { name: 'Visa' }).click();
	expect(new URL(page.url()).search).toBe('?niva=county&ar=2022');
	const status = await page.getByRole('status').innerText();
	expect(status).toMatch(/^\d+ händelser? i Värmland år 2022\.$/);
	// the year's events, and the county's milestones of that year (the vision approved in June 2022)
	const years = await page.locator('main h2').allInnerTexts();
	expect(years).toEqual(['2022', 'Milstolpar i Värmland']);
	const periods = await page.locator('section:has(#milstolpar) .period').allInnerTexts();
	expect(periods.length).toBeGreaterThan(0);
	expect(periods.every((p) => p.includes('2022'))).toBe(true);
	expect(await page.locator('.event.national').count()).toBe(0);
	await expectAccessibleWithoutJs(page);

	await page.goto('/lan/varmland/tidslinje?ar=tjugo');
	const summary = page.getByRole('alert');
	expect(await summary.innerText()).toContain('Året ska vara ett årtal, t.ex. 2022.');
	await summary.getByRole('link').click();
	expect(new URL(page.url()).hash).toBe('#ar');
	await page.context().close();
});
