import { describe, expect, test } from 'vitest';
import { publishCountyIndicators } from '../src/lib/modules/self-assessment/indicators.server.ts';
import { currentTemplate } from '../src/lib/modules/self-assessment/read.server.ts';
import {
	closeRound,
	openRound,
	submitAnswer
} from '../src/lib/modules/self-assessment/service.server.ts';
import { swedishDate } from '../src/lib/modules/self-assessment/domain/round.ts';
import { organisationId } from '../tests/kit/cast.ts';
import {
	baseUrl,
	browserForFile,
	expectAccessible,
	h1,
	newPage,
	serverDatabase,
	signedInPage
} from '../tests/kit/browser.ts';
import type { TestUser } from '../tests/kit/cast.ts';

/**
 * The Dialogguide over time in the browser: a workplace's two rounds as its
 * trend (chart and table) with its results per statement; the county's
 * result per dimension on "Följ omställningen" under its focus shift, with
 * its source, answers and rounds, and a target set on it; the coordinators'
 * template page (reword, add, retire). axe on every page, at 1280 and 375 px.
 */

browserForFile();

const BASE = '/lan/varmland/dialogguide';
const PHONE = { width: 375, height: 740 };

/** A round of the workplace answered by `people` with one score, closed today (through the services). */
async function closedRound(user: TestUser, workplace: string, people: number, score: string) {
	const { db } = await serverDatabase();
	const today = swedishDate(new Date());
	const found = await currentTemplate(db, '17');
	if (found.kind !== 'ok') throw new Error(found.kind);
	const tpl = found.value;
	const opened = await openRound(
		db,
		user.actor,
		'17',
		{
			templateId: String(tpl.id),
			organisationId: String(await organisationId(db, 'Arvika kommun')),
			workplace,
			closesOn: new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10),
			mode: 'codes',
			codeCount: String(people)
		},
		today
	);
	if (opened.kind !== 'ok') throw new Error(JSON.stringify(opened));
	for (const code of opened.value.codes) {
		// the first statement "vet inte" for all: its cell stays under K
		const scores = Object.fromEntries(
			tpl.statements.map((s, i) => [`s${s.id}`, i === 0 ? 'vet-inte' : score])
		);
		const done = await submitAnswer(db, opened.value.token, { code, ...scores }, today);
		if (done.kind !== 'ok') throw new Error(JSON.stringify(done));
	}
	const closed = await closeRound(db, user.actor, '17', opened.value.id, { revision: '1' }, today);
	if (closed.kind !== 'ok') throw new Error(JSON.stringify(closed));
	return opened.value.id;
}

describe('a workplace over time', { timeout: 180_000 }, () => {
	test('two rounds: the trend as a chart and a table, results per statement with small cells hidden', async () => {
		const { page, user } = await signedInPage('editor');
		await closedRound(user, 'Hemtjänst Väst (e2e)', 5, '2');
		const second = await closedRound(user, 'Hemtjänst Väst (e2e)', 6, '4');
		await page.goto(`${BASE}/omgangar/${second}`);
		const main = await page.locator('main').innerText();
		expect(main).toContain('Per påstående');
		const statements = page.locator('table:has(caption#statements-table) tbody tr');
		expect(await statements.count()).toBe(16);
		expect(await statements.first().innerText()).toContain('Visas inte: färre än 5 svar.');
		expect(await statements.nth(1).innerText()).toMatch(/4,0\s+6/);
		expect(main).toContain('Hemtjänst Väst (e2e) över tid');
		const trend = page.locator('table:has(caption#trend-table)');
		expect(await trend.locator('tbody tr').count()).toBe(2);
		expect(await trend.locator('tfoot').innerText()).toContain('+2,0');
		expect(await page.locator('#over-time ~ .chart svg[role=img]').count()).toBe(1);
		await expectAccessible(page);
		await page.setViewportSize(PHONE);
		await expectAccessible(page);
		await page.screenshot({ path: 'test-results/self-assessment-trend-375.png', fullPage: true });
	});
});

describe('the county’s aggregate as open data', { timeout: 120_000 }, () => {
	test('on the open data page with its files, and in the DCAT catalogue', async () => {
		const { user } = await signedInPage('editor');
		await closedRound(user, 'Öppna data (e2e)', 5, '3');
		const page = await newPage();
		await page.goto('/oppna-data');
		const section = page.locator('section:has(#dialogguiden)');
		const row = section.locator('tr', { hasText: 'Värmlands län' });
		for (const type of ['CSV', 'XLSX', 'JSON'])
			expect(
				await row.getByRole('link', { name: `${type} för Dialogguiden i Värmlands län` }).count()
			).toBe(1);
		const csv = await fetch(
			`${baseUrl()}${await row.getByRole('link', { name: /^CSV/ }).getAttribute('href')}`
		);
		expect(await csv.text()).toContain('Hela länet');
		await expectAccessible(page);
		await page.setViewportSize(PHONE);
		await expectAccessible(page);
		const rdf = await (await fetch(`${baseUrl()}/datasets/dcat`)).text();
		expect(rdf).toContain(`${baseUrl()}/lan/varmland/dialogguide/lanet#oppna-data`);
		expect(rdf).toContain(`${baseUrl()}/api/counties/17/self-assessment/results`);
	});
});

describe('the county’s result on "Följ omställningen"', { timeout: 180_000 }, () => {
	test('under its focus shift with source, answers and rounds; a target can be set on it', async () => {
		const { db } = await serverDatabase();
		const done = await publishCountyIndicators(db, new Date(), 5);
		expect(done.kind).toBe('ok');
		const { page } = await signedInPage('coordinator');
		await page.goto('/lan/varmland/uppfoljning');
		const section = page.locator('section:has(#skift-person)');
		expect(await section.locator('#egna-person').innerText()).toBe(
			'Värmlands läns egna nyckeltal för förflyttningen'
		);
		const row = section.locator('tr', {
			has: page.getByRole('link', {
				name: 'Dialogguiden: Från organisation till person och relation'
			})
		});
		const text = await row.innerText();
		expect(text).toMatch(/\d+ svar i \d+ omgång/);
		expect(text).toContain('Källa: Nära – Dialogguiden');
		await expectAccessible(page);
		await row.getByRole('link').first().click();
		await page.waitForURL(/\/uppfoljning\/indikator\/\d+$/);
		expect(await h1(page)).toBe('Dialogguiden: Från organisation till person och relation');
		expect(await page.locator('section:has(#underlag)').innerText()).toMatch(
			/\d+ svar i \d+ omgång/
		);
		const form = page.locator('#malform');
		const region = form.getByLabel('Område').locator('option', { hasText: '(regionen)' });
		await form.getByLabel('Område').selectOption((await region.getAttribute('value'))!);
		const year = String(new Date().getFullYear() + 1);
		await form.getByLabel('År', { exact: true }).fill(year);
		await form.getByLabel('Målvärde').fill('4');
		await form.getByRole('button', { name: 'Spara målet' }).click();
		await expect.poll(() => page.url()).toMatch(/\?sparat=\d+#mal$/);
		expect(await page.locator('section:has(#mal) [role="status"]').innerText()).toContain(
			`${year} är sparat: 4`
		);
		await expectAccessible(page);
		await page.setViewportSize(PHONE);
		await expectAccessible(page);
	});
});

describe('the template page', { timeout: 180_000 }, () => {
	test('a coordinator rewords, adds and retires statements; each makes a version; errors in Swedish', async () => {
		const { page } = await signedInPage('coordinator', { countyCode: '20' });
		await page.goto('/lan/dalarna/dialogguide');
		await page.getByRole('link', { name: 'Ändra mallen' }).click();
		await page.waitForURL(/\/dialogguide\/mall\/\d+$/);
		expect(await h1(page)).toMatch(/^Ändra mallen: /);
		await expectAccessible(page);
		const first = page.locator('article.statement').first();
		const before = await first.locator('p.text').innerText();
		// an empty wording: a Swedish message linked to the field, nothing saved
		await first.getByText('Ändra formuleringen').click();
		await first.getByLabel('Påstående').fill('');
		await first.getByRole('button', { name: 'Spara ny formulering' }).click();
		const summary = page.locator('.ds-error-summary');
		expect(await summary.innerText()).toContain('Påståendet kunde inte ändras.');
		const href = await summary.getByRole('link').first().getAttribute('href');
		expect(href).toMatch(/^#text-\d+$/);
		expect(await page.locator(href!).count()).toBe(1);
		await expectAccessible(page);
		expect(await page.locator('article.statement p.text').first().innerText()).toBe(before);
		// a new wording
		const again = page.locator('article.statement').first();
		await again.getByLabel('Påstående').fill('Vi frågar varje person vad som är viktigt för hen.');
		await again.getByRole('button', { name: 'Spara ny formulering' }).click();
		await page.waitForURL(/\?sparat=\d+#sparat$/);
		expect(await page.locator('#sparat').innerText()).toMatch(/Mallen är nu i version \d+/);
		expect(await page.locator('article.statement p.text').first().innerText()).toBe(
			'Vi frågar varje person vad som är viktigt för hen.'
		);
		expect(await page.locator('section:has(#history)').innerText()).toContain(before);
		// a new statement, then retired
		await page.getByLabel('Dimension').selectOption({ index: 1 });
		await page
			.locator('section:has(#add)')
			.getByLabel('Påstående')
			.fill('Vi följer upp hur det gick, tillsammans med personen (e2e).');
		await page.getByRole('button', { name: 'Lägg till påståendet' }).click();
		await page.waitForURL(/\?sparat=\d+#sparat$/);
		const added = page.locator('article.statement', { hasText: 'tillsammans med personen (e2e)' });
		expect(await added.count()).toBe(1);
		await added.getByRole('button', { name: /Ta bort påståendet/ }).click();
		await page.waitForURL(/\?sparat=\d+#sparat$/);
		expect(
			await page.locator('article.statement', { hasText: 'tillsammans med personen (e2e)' }).count()
		).toBe(0);
		expect(await page.locator('section:has(#history)').innerText()).toContain(
			'tillsammans med personen (e2e)'
		);
		await page.setViewportSize(PHONE);
		await expectAccessible(page);
		// someone who does not keep the templates is refused
		const { page: editor } = await signedInPage('editor');
		const response = await editor.goto(new URL(page.url()).pathname.replace('dalarna', 'varmland'));
		expect(response?.status()).toBe(403);
	});
});
