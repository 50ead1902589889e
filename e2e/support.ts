import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Shared pieces of every browser test: Debian's Chromium, pages, and the accessibility check. */

export const baseUrl = () => inject('baseUrl');

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/** A page in a context of its own (axe needs pages made from browser.newContext()). */
export async function newPage(
	browser: Browser,
	options: BrowserContextOptions = {}
): Promise<Page> {
	const context = await browser.newContext({ baseURL: baseUrl(), locale: 'sv-SE', ...options });
	return context.newPage();
}

/** WCAG 2.1 A and AA in axe: zero violations, listed readably when there are some. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const found = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
	);
	expect(found, `axe on ${page.url()}`).toEqual([]);
}

/**
 * axe needs JavaScript in the page. For a page opened with JavaScript off,
 * check its exact markup in a second page that has JavaScript, with the same
 * styles (a <base> makes the stylesheets load) but without hydrating it.
 */
export async function expectAccessibleWithoutJs(page: Page): Promise<void> {
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	const browser = page.context().browser()!;
	const checker = await newPage(browser);
	await checker.setContent(html.replace(/<head>/i, `<head><base href="${page.url()}">`), {
		waitUntil: 'load'
	});
	await expectAccessible(checker);
	await checker.context().close();
}
