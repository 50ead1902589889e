import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
	browserForFile,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	path,
	signedInPage
} from '../tests/kit/browser.ts';

/**
 * The leadership's loop in the browser, with JavaScript off (the forms post
 * as they are): a coordinator records a meeting of Direktörsberedningen with
 * three agenda items whose outcomes are information, a decision and an
 * action; a member of staff raises a barrier that the leadership takes up
 * and resolves with that decision; the public sees it without the name. Each
 * page is checked with axe at 1280 and 375 px.
 */

browserForFile();

const unique = () => Math.random().toString(36).slice(2, 8);
const WIDTHS = [1280, 375];

async function accessibleAtBothWidths(page: Page, shot?: string) {
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: 900 });
		await expectAccessibleWithoutJs(page);
		if (shot && process.env.NARA_SHOTS)
			await page.screenshot({
				path: `${process.env.NARA_SHOTS}/${shot}-${width}.png`,
				fullPage: true
			});
	}
}

async function submit(page: Page, button: string) {
	await Promise.all([
		page.waitForEvent('load'),
		page.getByRole('button', { name: button }).click()
	]);
}

describe('meetings, decisions and actions', () => {
	test('a coordinator records a meeting with information, a decision and an action', async () => {
		const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
		const { page: owner, user } = await signedInPage('reader', { javaScriptEnabled: false });
		const tag = unique();
		await page.goto('/lan/varmland/moten/ny');
		await accessibleAtBothWidths(page, 'meeting-new');

		// bad input: nothing is written, the error summary says what
		await submit(page, 'Spara mötet');
		expect(await page.locator('.ds-error-summary, [role="alert"]').first().innerText()).toContain(
			'Välj organet som möttes.'
		);
		await page.getByLabel('Organ', { exact: true }).selectOption({ label: 'Direktörsberedningen' });
		await page.getByLabel('Rubrik').fill(`Direktörsberedningen ${tag}`);
		await page.getByLabel('Mötesdatum').fill('2024-05-14');
		await page.getByLabel('Region Värmland').check();
		await page.getByLabel('Vem får se protokollet').selectOption('public');
		await submit(page, 'Spara mötet');
		expect(await h1(page)).toBe(`Direktörsberedningen ${tag}`);
		const meetingPath = path(page);

		const item = async (
			title: string,
			outcome: string,
			more: (p: Page) => Promise<unknown> = async () => {}
		) => {
			await page.getByLabel('Punktens rubrik').fill(title);
			await page.getByLabel('Utfall').selectOption({ label: outcome });
			await more(page);
			await submit(page, 'Lägg till punkten');
		};
		await item(`Läget i fallpreventionen ${tag}`, 'Information', (p) =>
			p.getByLabel('Punkten gäller (frivilligt)').selectOption({ label: 'Fallprevention' })
		);
		await item(`Gemensam plan ${tag}`, 'Beslut', (p) =>
			p
				.getByLabel('Organisation som beslutet fattas för')
				.selectOption({ label: 'Region Värmland' })
		);
		// an action without a due date: refused, nothing written
		await item(`Ta fram en tidplan ${tag}`, 'Åtgärd', async (p) => {
			await p.getByLabel('Ägande organisation').selectOption({ label: 'Karlstads kommun' });
			await p.getByLabel('Ansvarig person').selectOption({ label: user.actor.name });
		});
		expect(await page.locator('main').innerText()).toContain('Skriv sista dag som ÅÅÅÅ-MM-DD');
		await page.getByLabel('Sista dag').fill('2024-06-01');
		await submit(page, 'Lägg till punkten');
		expect(path(page)).toBe(meetingPath);
		const agenda = await page.locator('ol.agenda > li').allInnerTexts();
		expect(agenda.filter((t) => t.includes(tag)).map((t) => t.split('\n')[0])).toEqual([
			`Läget i fallpreventionen ${tag}`,
			`Gemensam plan ${tag}`,
			`Ta fram en tidplan ${tag}`
		]);
		expect(await page.locator('main').innerText()).toContain('Utfall: Åtgärd');
		await accessibleAtBothWidths(page, 'meeting');

		// the decision is on the decisions page, for anyone (the meeting is public)
		const visitor = await newPage({ javaScriptEnabled: false });
		await visitor.goto('/lan/varmland/beslut');
		expect(await visitor.locator('main').innerText()).toContain(`Gemensam plan ${tag}`);
		await visitor.goto(meetingPath);
		expect(await visitor.locator('main').innerText()).toContain(`Gemensam plan ${tag}`);
		expect(await visitor.getByRole('button', { name: 'Lägg till punkten' }).count()).toBe(0);
		await visitor.context().close();

		// the action is on the owner's start page and on the board, marked overdue
		await owner.goto('/');
		expect(await owner.locator('#own-actions').count()).toBe(1);
		expect(await owner.locator('main').innerText()).toContain(`Ta fram en tidplan ${tag}`);
		await owner.goto('/lan/varmland/atgarder?overdue=1');
		const row = owner.locator('tr', { hasText: `Ta fram en tidplan ${tag}` });
		expect(await row.innerText()).toContain('Försenad');
		await accessibleAtBothWidths(owner, 'board');
		// the owner reports what was done
		await row.getByRole('link').click();
		await owner.getByLabel('Status').selectOption({ label: 'Klar' });
		await owner.getByLabel('Vad har gjorts?').fill('Tidplanen är klar.');
		await submit(owner, 'Spara');
		expect(await owner.locator('main').innerText()).toContain('Tidplanen är klar.');
		await accessibleAtBothWidths(owner, 'action');
		await owner.goto('/lan/varmland/atgarder/mina');
		await submit(owner, 'Stäng av veckobrevet');
		expect(await owner.locator('main').innerText()).toContain('Just nu får du inte veckobrevet.');
		await accessibleAtBothWidths(owner, 'own');
		await page.context().close();
		await owner.context().close();
	}, 600_000);
});

describe('barriers and goal conflicts', () => {
	test('staff raise a barrier; the leadership resolves it with a decision; the public list has no name', async () => {
		const { page: staff, user } = await signedInPage('reader', { javaScriptEnabled: false });
		const { page: lead } = await signedInPage('coordinator', { javaScriptEnabled: false });
		const tag = unique();
		await staff.goto('/lan/varmland/hinder/ny');
		await accessibleAtBothWidths(staff, 'barrier-new');
		await submit(staff, 'Lyft hindret');
		expect(await staff.locator('main').innerText()).toContain('Skriv vad som står i vägen.');
		await staff.getByLabel('Kort rubrik').fill(`Journalerna talar inte med varandra ${tag}`);
		await staff
			.getByLabel('Vad står i vägen?')
			.fill('Kommunens och regionens journalsystem delar inte information.');
		await staff
			.getByLabel('Slag av hinder')
			.selectOption({ label: 'Digitala system som inte talar med varandra' });
		await submit(staff, 'Lyft hindret');
		expect(await h1(staff)).toBe(`Journalerna talar inte med varandra ${tag}`);
		const barrierPath = path(staff);

		await lead.goto(barrierPath);
		await lead.getByLabel('Nytt steg').selectOption({ label: 'Upptaget av ledningen' });
		await lead.getByLabel('Datum').fill('2030-01-02');
		await submit(lead, 'Spara steget');
		await lead.getByLabel('Nytt steg').selectOption({ label: 'Löst' });
		await lead.getByLabel('Datum').fill('2030-01-03');
		await submit(lead, 'Spara steget');
		expect(await lead.locator('main').innerText()).toContain('Välj beslutet som löste hindret.');
		await lead.getByLabel('Beslutet som löste hindret').selectOption({ index: 1 });
		await submit(lead, 'Spara steget');
		const steps = await lead.locator('ol.steps > li').allInnerTexts();
		expect(steps.map((s) => s.split(':')[1]?.trim().split(/[\s–]/)[0])).toEqual([
			'Nytt',
			'Upptaget',
			'Löst'
		]);
		expect(await lead.locator('main').innerText()).toContain(user.actor.name);
		await accessibleAtBothWidths(lead, 'barrier');

		const visitor = await newPage({ javaScriptEnabled: false });
		await visitor.goto('/lan/varmland/hinder');
		const main = await visitor.locator('main').innerText();
		expect(main).toContain(`Journalerna talar inte med varandra ${tag}`);
		expect(main).not.toContain(user.actor.name);
		await visitor.goto(barrierPath);
		expect(await visitor.locator('main').innerText()).not.toContain(user.actor.name);
		await accessibleAtBothWidths(visitor, 'barriers');
		await visitor.goto('/lan/varmland/moten');
		await accessibleAtBothWidths(visitor, 'meetings');
		for (const p of [staff, lead, visitor]) await p.context().close();
	}, 600_000);
});

describe('what the sources say', () => {
	test('a visitor sees a seeded barrier and the seeded meeting with their source and quote, the unknown day as unknown', async () => {
		const visitor = await newPage({ javaScriptEnabled: false });
		await visitor.goto('/lan/varmland/hinder');
		await Promise.all([
			visitor.waitForEvent('load'),
			visitor.getByRole('link', { name: 'Inte samma digitala plattformar' }).click()
		]);
		const barrier = await visitor.locator('main').innerText();
		expect(barrier).toContain('inte samma digitala plattformar');
		expect(barrier).toContain('Uppgift saknas');
		expect(barrier).toContain('001_ae9703054a45fcdc.txt, Citat från workshop');
		await accessibleAtBothWidths(visitor);

		await visitor.goto('/lan/varmland/moten');
		await Promise.all([
			visitor.waitForEvent('load'),
			visitor
				.getByRole('link', {
					name: 'Nätverksmöte för hälso- och sjukvårdsledningen och länets socialchefer'
				})
				.click()
		]);
		const meeting = await visitor.locator('main').innerText();
		for (const p of [
			'Psykisk hälsa barn och unga',
			'Minskade förflyttningar',
			'Levnadsvanor',
			'Fallprevention'
		])
			expect(meeting).toContain(p);
		expect(meeting).toContain('000_f8bc95be08be1486.txt, ”30-31 mars');
		await accessibleAtBothWidths(visitor);
		await visitor.context().close();
	}, 600_000);
});
