import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
	expectAccessible,
	expectAccessibleWithoutJs,
	newPage,
	signedInPage,
	browserForFile
} from '../tests/kit/browser.ts';

/**
 * Targets on the indicator page: a coordinator sets and changes one in a
 * form that works without JavaScript; the table shows it against the actual
 * value; a stale save is a conflict that shows what changed; others see the
 * targets but no form.
 */

browserForFile();

// Kolada's N20402 (fall injuries 80+, lower is better), seeded with real values to 2022
const PAGE = '/lan/varmland/uppfoljning/indikator/N20402';

const section = (page: Page) => page.locator('section:has(#mal)');
const rowOf = (page: Page, name: string, year: number) =>
	section(page)
		.locator('tbody tr', { has: page.locator('th', { hasText: name }) })
		.filter({
			has: page.locator(`td:text-is("${year}")`)
		});
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
const text = async (page: Page, selector: string) =>
	squash(await page.locator(selector).innerText());
/** the cells of a row of the targets table: area, year, gender, target, actual, reached, note */
const cellsOf = async (page: Page, name: string, year: number) =>
	(await rowOf(page, name, year).locator('th, td').allInnerTexts()).map(squash);

describe('setting a target without JavaScript', () => {
	test('Swedish messages linked to the fields, then the target against its actual value', async () => {
		const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
		await page.goto(PAGE);
		const form = page.locator('#malform');
		expect(await form.locator('h3').innerText()).toBe('Sätt ett mål');
		await expectAccessibleWithoutJs(page);

		// a value that is not a number and a year out of range
		await form.getByLabel('Område').selectOption({ label: 'Torsby' });
		await form.getByLabel('År', { exact: true }).fill('1850');
		await form.getByLabel('Målvärde').fill('många');
		await form.getByRole('button', { name: 'Spara målet' }).click();
		const summary = page.locator('.ds-error-summary');
		expect(await summary.innerText()).toContain('Målet kunde inte sparas.');
		expect(await summary.getByRole('link').allInnerTexts()).toEqual([
			'Året ska vara ett årtal 1990–2100.',
			'Målvärdet ska vara ett tal, t.ex. 12,5.'
		]);
		expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#period');
		expect(await page.locator('#period').getAttribute('aria-invalid')).toBe('true');
		// what was typed is kept
		expect(await form.getByLabel('Målvärde').inputValue()).toBe('många');
		await expectAccessibleWithoutJs(page);

		// Torsby 2021: N20402,1737,kommun,2021 is the actual value
		await form.getByLabel('År', { exact: true }).fill('2021');
		await form.getByLabel('Målvärde').fill('5 500,5');
		await form.getByLabel('Kommentar (frivilligt)').fill('Torsbys plan <script>alert(1)</script>');
		await form.getByRole('button', { name: 'Spara målet' }).click();
		await expect.poll(() => page.url()).toMatch(/\?sparat=\d+#mal$/);
		expect(await text(page, 'section:has(#mal) [role="status"]')).toBe(
			'Målet för Torsby 2021 är sparat: 5 500,5.'
		);
		const row = rowOf(page, 'Torsby', 2021);
		// N20402,1737,kommun,2021,6149.0: above the target, and lower is better
		expect((await cellsOf(page, 'Torsby', 2021)).slice(0, 7)).toEqual([
			'Torsby',
			'2021',
			'Totalt',
			'5 500,5',
			'6 149',
			'Nej',
			// user text is text, never markup
			'Torsbys plan <script>alert(1)</script>'
		]);
		expect(await text(page, 'section:has(#mal) .source')).toBe(
			'Mål: satta av Värmlands län i Nära. Utfall: Källa: Kolada.'
		);
		await expectAccessibleWithoutJs(page);

		// change it: the key is fixed, the value and the note can change
		await row.getByRole('link', { name: 'Ändra målet för Torsby 2021' }).click();
		expect(await form.locator('h3').innerText()).toBe('Ändra målet för Torsby 2021');
		expect(await form.getByLabel('Målvärde').inputValue()).toBe('5500,5');
		await expectAccessibleWithoutJs(page);
		await form.getByLabel('Målvärde').fill('5400');
		await form.getByRole('button', { name: 'Spara ändringen' }).click();
		await expect.poll(() => page.url()).toMatch(/\?sparat=\d+#mal$/);
		expect(await rowOf(page, 'Torsby', 2021).count()).toBe(1);
		expect((await cellsOf(page, 'Torsby', 2021))[3]).toBe('5 400');
		await page.context().close();
	});
});

test('two coordinators change the same target: the second sees the conflict and saves deliberately', async () => {
	const a = await signedInPage('coordinator', { javaScriptEnabled: false });
	const b = await signedInPage('coordinator', { javaScriptEnabled: false });
	// A sets Eda 2020
	await a.page.goto(PAGE);
	const formA = a.page.locator('#malform');
	await formA.getByLabel('Område').selectOption({ label: 'Eda' });
	await formA.getByLabel('År', { exact: true }).fill('2020');
	await formA.getByLabel('Målvärde').fill('4000');
	await formA.getByRole('button', { name: 'Spara målet' }).click();
	await expect.poll(() => a.page.url()).toMatch(/\?sparat=(\d+)#mal$/);
	const id = /\?sparat=(\d+)#mal$/.exec(a.page.url())![1];

	// both open it; A saves first
	await a.page.goto(`${PAGE}?mal=${id}#malform`);
	await b.page.goto(`${PAGE}?mal=${id}#malform`);
	await formA.getByLabel('Målvärde').fill('3900');
	await formA.getByRole('button', { name: 'Spara ändringen' }).click();
	await expect.poll(() => a.page.url()).toMatch(/\?sparat=\d+#mal$/);

	const formB = b.page.locator('#malform');
	await formB.getByLabel('Målvärde').fill('3800');
	await formB.getByLabel('Kommentar (frivilligt)').fill('Enligt nämndens beslut');
	await formB.getByRole('button', { name: 'Spara ändringen' }).click();
	const notice = b.page.locator('#malform [role="alert"]');
	await expect.poll(() => notice.count()).toBe(1);
	const said = (await notice.innerText()).replace(/\s+/g, ' ');
	expect(said).toContain('Någon annan har sparat ett mål för samma nyckeltal, område, år och kön');
	expect(said).toContain(`Sparat av ${a.user.actor.name}`);
	expect(squash(await notice.locator('tr', { hasText: 'Målvärde' }).innerText())).toMatch(
		/^Målvärde.* 3900 3800$/
	);
	// B's typing is kept; the table still shows A's value
	expect(await formB.getByLabel('Målvärde').inputValue()).toBe('3800');
	expect((await cellsOf(b.page, 'Eda', 2020))[3]).toBe('3 900');
	await expectAccessibleWithoutJs(b.page);

	await formB.getByRole('button', { name: 'Spara min version' }).click();
	await expect.poll(() => b.page.url()).toMatch(/\?sparat=\d+#mal$/);
	// N20402,1730,kommun,2020,4482.0: above the target
	expect((await cellsOf(b.page, 'Eda', 2020)).slice(0, 7)).toEqual([
		'Eda',
		'2020',
		'Totalt',
		'3 800',
		'4 482',
		'Nej',
		'Enligt nämndens beslut'
	]);
	await a.page.context().close();
	await b.page.context().close();
});

test('with JavaScript the same form works, and passes axe', async () => {
	const { page } = await signedInPage('admin');
	await page.goto(PAGE);
	const form = page.locator('#malform');
	await form.getByLabel('Område').selectOption({ label: 'Värmlands län (regionen)' });
	await form.getByLabel('År', { exact: true }).fill('2019');
	await form.getByLabel('Målvärde').fill('6000');
	await form.getByLabel('Vem får se målet').selectOption('internal');
	await form.getByRole('button', { name: 'Spara målet' }).click();
	await expect.poll(() => page.url()).toMatch(/\?sparat=\d+#mal$/);
	// N20402,0017,region,2019,6544.0: above the target, so not reached
	expect((await cellsOf(page, 'Värmlands län (regionen)', 2019)).slice(0, 6)).toEqual([
		'Värmlands län (regionen) (intern)',
		'2019',
		'Totalt',
		'6 000',
		'6 544',
		'Nej'
	]);
	await expectAccessible(page);
	await page.context().close();
});

test('readers and visitors see the targets but no form; an internal target only in the county', async () => {
	const anonymous = await newPage();
	await anonymous.goto(PAGE);
	expect(await anonymous.locator('#malform').count()).toBe(0);
	expect(await anonymous.getByRole('link', { name: /^Ändra/ }).count()).toBe(0);
	expect(await rowOf(anonymous, 'Värmlands län (regionen)', 2019).count()).toBe(0);
	await expectAccessible(anonymous);
	await anonymous.context().close();

	const { page } = await signedInPage('reader');
	await page.goto(PAGE);
	expect(await page.locator('#malform').count()).toBe(0);
	expect(await rowOf(page, 'Värmlands län (regionen)', 2019).count()).toBe(1);
	await page.context().close();
});
