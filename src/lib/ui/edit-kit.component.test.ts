import type { Page } from 'playwright-core';
import { createRawSnippet, type Component } from 'svelte';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { browserForFile, expectAccessible, newPage } from '../../../tests/kit/browser.ts';
import EditPage from './EditPage.svelte';
import NewPage from './NewPage.svelte';
import VisibilityField from './VisibilityField.svelte';

/**
 * The edit kit's components rendered on their own, as the server renders
 * them (no JavaScript), in each of their states: what they show, and axe
 * (WCAG 2.1 A and AA) on the markup in Chromium.
 */

const sources = { 'planen.pdf': { title: 'Länets plan', year: 2024 } };

function html<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	const { head, body } = render(component, {
		props,
		// what $app/state's page reads on the server (SourceNote names the source)
		context: new Map([['__request__', { page: { data: { sources, locale: 'sv' } } }]])
	});
	// a page has a title; a component without one is shown under a neutral one
	const title = head.includes('<title>') ? '' : '<title>Komponent</title>';
	return `<!doctype html><html lang="sv"><head>${title}${head}</head><body><main>${body}</main></body></html>`;
}

/** The fields of a small form: a text field, and the visibility as the forms have it. */
const fields = createRawSnippet((values: () => Record<string, string | number | null>) => ({
	render: () =>
		`<div><label for="name">Namn</label><input id="name" name="name" value="${String(values().name ?? '')}"></div>`
}));

const item = { id: 7, revision: 3, name: 'Länsstyrgruppen', source: 'planen.pdf' };
const base = {
	title: 'Ändra organ – Organisation – Värmland – Nära',
	heading: 'Ändra organ',
	history: { href: '/lan/varmland/historik/group/7', label: 'Historik för organet' },
	item,
	labels: { name: 'Namn' },
	cancel: '/lan/varmland/organisation',
	archive: {
		heading: 'Ta bort organet',
		text: 'Organet arkiveras: det syns inte längre under Organisation men finns kvar med sin historik.',
		button: 'Arkivera organet'
	},
	children: fields
};

let page: Page;

browserForFile();
beforeAll(async () => {
	page = await newPage();
});

async function show(markup: string) {
	await page.setContent(markup, { waitUntil: 'load' });
	await expectAccessible(page);
}

describe('EditPage', () => {
	test('as opened: the heading, history, source, the form on the loaded revision, and archive', async () => {
		await show(html(EditPage, { ...base, form: null }));
		expect(await page.title()).toBe('Ändra organ – Organisation – Värmland – Nära');
		expect(await page.locator('h1').textContent()).toBe('Ändra organ');
		expect(
			await page.getByRole('link', { name: 'Historik för organet' }).getAttribute('href')
		).toBe('/lan/varmland/historik/group/7');
		expect(await page.locator('p.source').textContent()).toContain('Länets plan (2024)');
		const save = page.locator('form[action="?/save"]');
		expect(await save.locator('input[name="revision"]').inputValue()).toBe('3');
		expect(await save.locator('#name').inputValue()).toBe('Länsstyrgruppen');
		expect(await save.getByRole('button').textContent()).toBe('Spara ändringarna');
		expect(await page.getByRole('link', { name: 'Avbryt' }).getAttribute('href')).toBe(
			'/lan/varmland/organisation'
		);
		const archive = page.getByRole('region', { name: 'Ta bort organet' });
		expect(await archive.locator('form').getAttribute('action')).toBe('?/archive');
		expect(await archive.locator('input[name="revision"]').inputValue()).toBe('3');
		expect(await archive.getByRole('button').textContent()).toBe('Arkivera organet');
	});

	test('refused as invalid: the error summary links to the field; the values and revision as sent', async () => {
		await show(
			html(EditPage, {
				...base,
				form: {
					message: 'Organet kunde inte sparas.',
					fields: { name: ['Skriv ett namn.'] },
					values: { name: '', revision: '3' }
				}
			})
		);
		expect(await page.getByRole('link', { name: 'Skriv ett namn.' }).getAttribute('href')).toBe(
			'#name'
		);
		expect(await page.locator('#name').inputValue()).toBe('');
		expect(await page.locator('form[action="?/save"] input[name="revision"]').inputValue()).toBe(
			'3'
		);
	});

	test('refused as a conflict: theirs next to mine, saving again is on the revision saved now', async () => {
		await show(
			html(EditPage, {
				...base,
				form: {
					message: 'Någon annan har sparat en ändring av organet medan du redigerade.',
					fields: {},
					values: { name: 'Min rubrik', revision: '3' },
					current: {
						current: { ...item, name: 'Deras rubrik', revision: 4 },
						changedBy: 'Anna Andersson',
						changedAt: '2026-03-01T09:30:00.000Z'
					}
				}
			})
		);
		const alert = page.getByRole('alert');
		expect(await alert.locator('h2').textContent()).toBe(
			'Någon annan har sparat en ändring av organet medan du redigerade.'
		);
		expect(await alert.textContent()).toContain('Sparat av Anna Andersson, 1 mars 2026 kl. 10:30.');
		expect(await alert.locator('tbody tr').allTextContents()).toEqual([
			'Namn(skiljer sig)Deras rubrikMin rubrik'
		]);
		expect(await page.locator('#name').inputValue()).toBe('Min rubrik');
		expect(await page.locator('form[action="?/save"] input[name="revision"]').inputValue()).toBe(
			'4'
		);
		expect(await page.locator('form[action="?/save"] button').textContent()).toBe(
			'Spara min version'
		);
		expect(await page.locator('form[action="?/archive"] input[name="revision"]').inputValue()).toBe(
			'4'
		);
	});

	test('without archive, source or a named action: one form posting to the page, no source note', async () => {
		const unsourced = { id: item.id, revision: item.revision, name: item.name };
		await show(
			html(EditPage, { ...base, item: unsourced, archive: undefined, action: null, form: null })
		);
		expect(await page.locator('p.source').count()).toBe(0);
		expect(await page.locator('form').count()).toBe(1);
		expect(await page.locator('form').getAttribute('action')).toBeNull();
		expect(await page.getByRole('region').count()).toBe(0);
	});
});

describe('NewPage', () => {
	const props = {
		title: 'Nytt organ – Organisation – Värmland – Nära',
		heading: 'Nytt organ för ledning och samverkan',
		lead: 'För Värmland. Organet visas sist under Organisation.',
		save: 'Spara organet',
		cancel: '/lan/varmland/organisation',
		children: fields
	};

	test('empty, then refused with the values as sent and a linked error summary', async () => {
		await show(html(NewPage, { ...props, form: null }));
		expect(await page.locator('h1').textContent()).toBe('Nytt organ för ledning och samverkan');
		expect(await page.locator('#name').inputValue()).toBe('');
		expect(await page.locator('form').getAttribute('action')).toBeNull();
		expect(await page.locator('form button').textContent()).toBe('Spara organet');

		await show(
			html(NewPage, {
				...props,
				form: {
					message: 'Organet kunde inte sparas.',
					fields: { name: ['Det finns redan ett organ med det namnet i länet.'] },
					values: { name: 'Styrgruppen' }
				}
			})
		);
		expect(
			await page
				.getByRole('link', { name: 'Det finns redan ett organ med det namnet i länet.' })
				.getAttribute('href')
		).toBe('#name');
		expect(await page.locator('#name').inputValue()).toBe('Styrgruppen');
	});
});

describe('VisibilityField', () => {
	test('empty is public; an error is shown with the field', async () => {
		await show(html(VisibilityField, { what: 'organet', value: '' }));
		expect(await page.getByLabel('Vem får se organet').inputValue()).toBe('public');
		await show(
			html(VisibilityField, { what: 'organet', value: 'x', errors: ['Välj vem som får se det.'] })
		);
		expect(await page.getByText('Välj vem som får se det.').count()).toBe(1);
	});
});
