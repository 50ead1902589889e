import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { testUser } from '../tests/kit/cast.ts';
import {
	exerciseTemplate,
	scenarioFromTemplate,
	type TemplateUserInput
} from '../src/lib/modules/benefit/domain/index.ts';
import { createScenario } from '../src/lib/modules/benefit/server/service.ts';
import { readReferenceCsv } from '../src/lib/modules/followup/server/seed.ts';
import {
	baseUrl,
	browserForFile,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	path,
	serverDatabase,
	signedInPage
} from '../tests/kit/browser.ts';

/**
 * The benefit calculation (nyttokalkyl) in the browser: a coordinator builds
 * the exercise template for people 80+ in Karlstad and Kil from Nära's own
 * population and fall-injury data with JavaScript off, reads who pays and who
 * gains with the source of every input, and saves it; bad input gets Swedish
 * messages at the fields; the same with JavaScript recomputes as you type;
 * the API computes and refuses bad input. The figures typed for the effort
 * itself (reach, costs) are made up for the tests.
 */

browserForFile();

const field = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const hidden = (page: Page, name: string) => page.locator(`input[type="hidden"][name="${name}"]`);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
const swedish = (n: number) => plain(n.toLocaleString('sv-SE'));

/** Nära's seeded population 80+ in 2022 (SCB via Kolada), as the seed files give it. */
const population80 = (area: string) =>
	Number(
		readReferenceCsv('population/population_by_area_agegroup_kolada_1994-2022.csv').find(
			(r) => r.area_id === area && r.year === '2022'
		)!.age_80_plus
	);

/** A saved scenario made through the service (made-up figures for the effort). */
/** The exercise template in Karlstad with made-up figures for the effort itself (test data). */
function madeUpScenario(over: Partial<TemplateUserInput> = {}) {
	const made = scenarioFromTemplate(exerciseTemplate, {
		municipalities: ['1780'],
		population: { likely: 5_600 },
		reach: { likely: 0.2, low: 0.1, high: 0.3 },
		rampUp: [1],
		costs: [
			{
				name: 'Träningsledare',
				organisationId: 'municipality',
				basis: 'per_participant',
				amount: { likely: 1_500 }
			}
		],
		horizonYears: 5,
		discountRate: 0.03,
		...over
	});
	if (!made.ok) throw new Error(JSON.stringify(made.errors));
	return made.value;
}

async function savedScenario(name: string, visibility: 'public' | 'internal', reach = 0.2) {
	const { db } = await serverDatabase();
	const coordinator = await testUser(db, 'coordinator');
	const scenario = madeUpScenario({
		name,
		reach: { likely: reach, low: reach / 2, high: reach * 1.5 }
	});
	const saved = await createScenario(db, coordinator.actor, '17', {
		visibility,
		scenario
	});
	if (saved.kind !== 'ok') throw new Error(JSON.stringify(saved));
	return saved.value;
}

describe('with JavaScript off', () => {
	test('a coordinator builds the exercise template for 80+ in Karlstad and Kil from Nära’s data, reads who pays and who gains, and saves it', async () => {
		const { page, user } = await signedInPage('coordinator', {
			javaScriptEnabled: false
		});
		await page.goto('/lan/varmland/nyttokalkyl');
		expect(await h1(page)).toBe('Nyttokalkyl');
		await expectAccessibleWithoutJs(page);
		await page.getByRole('link', { name: 'Fysisk träning för äldre som bor hemma' }).click();
		expect(path(page)).toBe('/lan/varmland/nyttokalkyl/ny');
		expect(await h1(page)).toBe('Ny kalkyl: Fysisk träning för äldre som bor hemma');
		await expectAccessibleWithoutJs(page);
		// the template's own figures show their publications
		const sources = page.locator('.provenance');
		expect(await sources.allInnerTexts()).toEqual(
			expect.arrayContaining([
				expect.stringContaining('Sherrington m.fl., Cochrane-översikt CD012424 (2019)'),
				expect.stringContaining('11,6 mdkr ÷ 101')
			])
		);

		await page.getByLabel('Karlstads kommun').check();
		await page.getByLabel('Kils kommun').check();
		await page
			.getByRole('button', { name: 'Hämta befolkning och fallskador ur Näras data' })
			.click();
		expect(await page.getByRole('status').first().innerText()).toContain(
			'Hämtat ur Näras data: befolkningen 80 år och äldre och basnivån för fallskador.'
		);
		const [karlstad, kil] = [population80('1780'), population80('1715')];
		expect(plain(await field(page, 'population.likely').inputValue())).toBe(
			swedish(karlstad + kil)
		);
		expect(await field(page, 'targetGroup').inputValue()).toBe('Personer 80 år och äldre');
		const provenance = plain((await sources.allInnerTexts()).join('\n'));
		expect(provenance).toContain('Källa: SCB via Kolada (N01957: Invånare 80+, antal), 2022.');
		expect(provenance).toContain(
			`Uträkning: Personer 80 år och äldre den 31 december 2022: Karlstads kommun ${swedish(karlstad)} + Kils kommun ${swedish(kil)} = ${swedish(karlstad + kil)}.`
		);
		expect(provenance).toContain(
			'Källa: Kolada (N20402: Fallskador bland personer 80+, 3-årsm, antal slutenvårdstillfällen/100 000 inv), 2022.'
		);
		expect(provenance).toMatch(/Uträkning: Befolkningsvägt medelvärde: \(7 212,5 × /);

		await field(page, 'reach.likely').fill('20');
		await field(page, 'reach.low').fill('10');
		await field(page, 'reach.high').fill('30');
		await field(page, 'rampUp').fill('50; 100');
		await field(page, 'costs.0.name').fill('Träningsledare');
		await field(page, 'costs.0.amount.likely').fill('1 500');
		await field(page, 'costs.0.amount.low').fill('1 000');
		await field(page, 'costs.0.amount.high').fill('2 500');
		await field(page, 'horizonYears').fill('10');
		await field(page, 'discountRate').fill('3');
		await page.getByRole('button', { name: 'Räkna om', exact: true }).last().click();

		expect(await page.locator('.ds-error-summary').count()).toBe(0);
		const summary = plain(await page.locator('.summary-box').innerText());
		expect(summary).toMatch(/^Kommunen betalar i genomsnitt [\d,]+ mnkr per år och sparar /);
		expect(summary).toMatch(/Regionen sparar i genomsnitt \d+ tkr per år\./);
		expect(summary).toMatch(
			/sannolikhet går systemet som helhet plus inom \d+ år|Sannolikheten att systemet/
		);
		// every chart: a heading, a summary, an image with a label and a table
		for (const heading of [
			'Netto per organisation och år',
			'Vem betalar och vem får vinsten',
			'Kumulativt netto för systemet som helhet, med osäkerhet',
			'Sannolikhet att gå plus',
			'Vilka uppgifter betyder mest'
		]) {
			const part = page.locator('section.chart-part', {
				has: page.getByRole('heading', { name: heading, exact: true })
			});
			expect(await part.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(
				/Tabellen har siffrorna\.$/
			);
			expect(await part.locator('table tbody tr').count()).toBeGreaterThan(0);
		}
		// the computed form keeps the sources, and the typed figures are credited to the person
		expect(await hidden(page, 'population.source').inputValue()).toMatch(/^SCB via Kolada/);
		expect(await hidden(page, 'reach.source').inputValue()).toBe('Angivet av användaren');
		await expectAccessibleWithoutJs(page);

		const name = `Träning 80+ i Karlstad och Kil <script>alert(1)</script> (e2e ${Date.now()})`;
		await field(page, 'name').fill(name);
		await field(page, 'description').fill('Underlag till länsgruppen (e2e).');
		await field(page, 'visibility').selectOption('internal');
		await page.getByRole('button', { name: 'Spara kalkylen' }).click();

		expect(path(page)).toMatch(/^\/lan\/varmland\/nyttokalkyl\/\d+$/);
		expect(await h1(page)).toBe(name);
		expect(await page.getByRole('status').first().innerText()).toBe(
			'Kalkylen är sparad som version 1.'
		);
		expect(plain(await page.locator('main p.meta').first().innerText())).toContain(
			`av ${user.actor.name}. Bara inloggade i länet (intern).`
		);
		expect(await page.locator('.summary-box').innerText()).toContain('Kommunen betalar');
		expect(await hidden(page, 'population.source').inputValue()).toMatch(/^SCB via Kolada/);
		await expectAccessibleWithoutJs(page);
		const id = path(page).split('/').at(-1)!;

		await page.getByRole('link', { name: 'Utskriftsvänlig rapport' }).click();
		expect(path(page)).toBe(`/lan/varmland/nyttokalkyl/${id}/rapport`);
		expect(await h1(page)).toBe(name);
		const report = plain(await page.locator('main').innerText());
		expect(report).toContain('Uppgifter och källor');
		expect(report).toContain('SCB via Kolada (N01957: Invånare 80+, antal), 2022');
		await expectAccessibleWithoutJs(page);

		const xlsx = await page.request.get(`/lan/varmland/nyttokalkyl/${id}/xlsx`);
		expect(xlsx.status()).toBe(200);
		expect(xlsx.headers()['content-type']).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

		await page.goto('/lan/varmland/nyttokalkyl');
		expect(await page.locator('main table').innerText()).toContain(name);
		await page.context().close();

		// internal: not for someone without a role in the county
		const stranger = await newPage({ javaScriptEnabled: false });
		expect((await stranger.goto(`/lan/varmland/nyttokalkyl/${id}`))?.status()).toBe(404);
		await stranger.goto('/lan/varmland/nyttokalkyl');
		expect(await stranger.locator('main').innerText()).not.toContain(name);
		await stranger.context().close();
	});

	test('bad input gets Swedish messages at the fields, in an error summary', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto('/lan/varmland/nyttokalkyl/ny?mall=fall-exercise');
		await page.getByLabel('Karlstads kommun').check();
		await field(page, 'population.likely').fill('-5');
		await field(page, 'reach.likely').fill('120');
		await field(page, 'rampUp').fill('100');
		await field(page, 'outcomes.0.rateRatio.low').fill('0,9');
		await field(page, 'outcomes.0.rateRatio.high').fill('0,6');
		await field(page, 'discountRate').fill('3');
		await field(page, 'horizonYears').fill('500');
		// Enter in a field recomputes
		await field(page, 'horizonYears').press('Enter');

		const summary = page.locator('.ds-error-summary');
		expect(await summary.locator('h2').innerText()).toBe(
			'Kalkylen kunde inte räknas. Rätta uppgifterna nedan.'
		);
		const messages = await summary.getByRole('link').allInnerTexts();
		expect(messages).toEqual(
			expect.arrayContaining([
				'Befolkningen kan inte vara negativ.',
				'Räckvidden kan inte vara över 100 %.',
				'Lägsta värdet kan inte vara högre än det högsta.',
				'Tidshorisonten ska vara 1–50 år.'
			])
		);
		for (const [id, message] of [
			['population.likely', 'Befolkningen kan inte vara negativ.'],
			['reach.likely', 'Räckvidden kan inte vara över 100 %.'],
			['outcomes.0.rateRatio.low', 'Lägsta värdet kan inte vara högre än det högsta.'],
			['horizonYears', 'Tidshorisonten ska vara 1–50 år.']
		]) {
			expect(await field(page, id!).getAttribute('aria-invalid')).toBe('true');
			expect(await field(page, `${id}-error`).innerText()).toBe(message);
		}
		// nothing typed is lost, and no result is shown for input that is wrong
		expect(await field(page, 'reach.likely').inputValue()).toBe('120');
		expect(await page.locator('.summary-box').count()).toBe(0);
		await expectAccessibleWithoutJs(page);
		await summary.getByRole('link', { name: 'Tidshorisonten ska vara 1–50 år.' }).click();
		expect(new URL(page.url()).hash).toBe('#horizonYears');
		await page.context().close();
	});
});

test('two coordinators save the same calculation: the second sees the conflict and keeps the typed figures', async () => {
	const saved = await savedScenario(`Samtidigt (e2e ${Date.now()})`, 'public');
	const a = await signedInPage('coordinator', { javaScriptEnabled: false });
	const b = await signedInPage('coordinator', { javaScriptEnabled: false });
	await a.page.goto(`/lan/varmland/nyttokalkyl/${saved.id}`);
	await b.page.goto(`/lan/varmland/nyttokalkyl/${saved.id}`);
	await field(a.page, 'name').fill(`${saved.name}, A`);
	await a.page.getByRole('button', { name: 'Spara som version 2' }).click();
	expect(await a.page.getByRole('status').first().innerText()).toBe(
		'Kalkylen är sparad som version 2.'
	);

	await field(b.page, 'reach.likely').fill('15');
	await b.page.getByRole('button', { name: 'Spara som version 2' }).click();
	const notice = b.page.getByRole('alert');
	expect(await notice.locator('h2').innerText()).toBe(
		'Någon annan har sparat en ny version av kalkylen medan du arbetade. Ingenting har skrivits över.'
	);
	expect(plain(await notice.innerText())).toContain(`Sparat av ${a.user.actor.name}`);
	expect(await notice.locator('tr', { hasText: 'Namn' }).innerText()).toContain(`${saved.name}, A`);
	expect(await field(b.page, 'reach.likely').inputValue()).toBe('15');
	await expectAccessibleWithoutJs(b.page);
	await b.page.getByRole('button', { name: 'Spara som version 3' }).click();
	expect(await b.page.getByRole('status').first().innerText()).toBe(
		'Kalkylen är sparad som version 3.'
	);
	expect(await field(b.page, 'reach.likely').inputValue()).toBe('15');
	await a.page.context().close();
	await b.page.context().close();
});

describe('with JavaScript', () => {
	test('the result is recomputed in the browser while typing; a new version is saved; two calculations compared', async () => {
		const first = await savedScenario(`Karlstad, räckvidd 20 % (e2e ${Date.now()})`, 'public');
		const second = await savedScenario(
			`Karlstad, räckvidd 40 % (e2e ${Date.now()})`,
			'public',
			0.4
		);
		const { page } = await signedInPage('coordinator');
		await page.goto(`/lan/varmland/nyttokalkyl/${first.id}`);
		expect(await h1(page)).toBe(first.name);
		const live = page.locator('.live');
		await expect.poll(() => live.innerText()).toContain('Kommunen betalar i genomsnitt');
		const before = await live.innerText();
		await field(page, 'reach.likely').fill('25');
		await expect.poll(() => live.innerText()).not.toBe(before);
		await field(page, 'horizonYears').fill('500');
		await expect.poll(() => live.innerText()).toContain('Resultatet visas här när alla uppgifter');
		await field(page, 'horizonYears').fill('5');
		await expect.poll(() => live.innerText()).toContain('Kommunen betalar i genomsnitt');
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Spara som version 2' }).click();
		await expect
			.poll(() => page.getByRole('status').first().innerText())
			.toBe('Kalkylen är sparad som version 2.');
		const versions = page.locator('section', {
			has: page.getByRole('heading', { name: 'Versioner' })
		});
		expect(await versions.locator('tbody tr').count()).toBe(2);
		await versions.getByRole('link', { name: 'Version 1' }).click();
		await expect.poll(() => page.url()).toMatch(/\?version=1$/);
		await expect.poll(() => field(page, 'reach.likely').inputValue()).toBe('20');
		await expectAccessible(page);

		await page.goto(`/lan/varmland/nyttokalkyl/jamfor?a=${first.id}&b=${second.id}`);
		expect(await h1(page)).toBe('Jämför kalkyler');
		const table = page.locator('section', {
			has: page.getByRole('heading', { name: 'Sida vid sida' })
		});
		expect(await table.locator('thead').innerText()).toContain(first.name);
		expect(await table.locator('thead').innerText()).toContain(second.name);
		expect(plain(await table.locator('tbody').innerText())).toMatch(/Räckvidd\s+25 %\s+40 %/);
		expect(
			await page.locator('section.chart-part svg[role="img"]').getAttribute('aria-label')
		).toContain(`A: ${first.name}`);
		await expectAccessible(page);
		await page.context().close();
	}, 120_000);

	test.each([
		{ width: 1280, height: 900 },
		{ width: 375, height: 740 }
	])('every new page passes axe at $width px', async (viewport) => {
		const saved = await savedScenario(`Axe ${viewport.width} (e2e ${Date.now()})`, 'public');
		const page = await newPage({ viewport });
		for (const url of [
			'/lan/varmland/nyttokalkyl',
			'/lan/varmland/nyttokalkyl/ny?mall=fall-exercise',
			'/lan/varmland/nyttokalkyl/ny?mall=fall-home-hazard',
			'/lan/varmland/nyttokalkyl/ny?mall=fall-anti-slip',
			`/lan/varmland/nyttokalkyl/${saved.id}`,
			`/lan/varmland/nyttokalkyl/${saved.id}/rapport`,
			'/lan/varmland/nyttokalkyl/jamfor',
			`/lan/varmland/nyttokalkyl/jamfor?a=${saved.id}&b=999999`
		]) {
			const response = await page.goto(url);
			expect(response?.status(), url).toBe(200);
			await expect.poll(() => page.locator('h1').count()).toBe(1);
			expect(await page.locator('body').innerText()).not.toMatch(/kommer snart|TODO|undefined|NaN/);
			await expectAccessible(page);
		}
		expect((await page.goto('/lan/varmland/nyttokalkyl/ny?mall=finns-inte'))?.status()).toBe(404);
		await page.context().close();
	});
});

describe('API', () => {
	const compute = (body: unknown) =>
		fetch(`${baseUrl()}/api/benefit-model/compute`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
	test('compute: a scenario in, results with percentiles and sensitivity out', async () => {
		const res = await compute(madeUpScenario());
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body.summary[0]).toMatch(/^Kommunen betalar i genomsnitt/);
		expect(body.simulation).toMatchObject({ draws: 10_000, seed: 1, horizonYears: 5 });
		expect(Object.keys(body.simulation.system.discountedNet).sort()).toEqual([
			'mean',
			'p5',
			'p50',
			'p95',
			'sd'
		]);
		expect(body.result.system.years).toHaveLength(5);
		expect(body.sensitivity.items[0].path).toBe('reach');
	});

	test('compute: a horizon of 500 years is a 400 with the field error in Swedish', async () => {
		const res = await compute({ ...madeUpScenario(), horizonYears: 500 });
		expect(res.status).toBe(400);
		expect(await res.json()).toEqual({
			error: {
				code: 'invalid',
				message: 'Kalkylen kunde inte räknas.',
				fields: { horizonYears: ['Tidshorisonten ska vara 1–50 år.'] }
			}
		});
		const notJson = await fetch(`${baseUrl()}/api/benefit-model/compute`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: 'inte json'
		});
		expect(notJson.status).toBe(400);
		expect(await notJson.json()).toEqual({
			error: { code: 'invalid', message: 'Anropet ska ha en JSON-kropp med ett objekt.' }
		});
	});

	test('saved scenarios: public ones for everyone, internal ones not', async () => {
		const open = await savedScenario(`API offentlig (e2e ${Date.now()})`, 'public');
		const hidden = await savedScenario(`API intern (e2e ${Date.now()})`, 'internal');
		const list = await (await fetch(`${baseUrl()}/api/counties/17/scenarios`)).json();
		const ids = list.scenarios.map((s: { id: number }) => s.id);
		expect(ids).toContain(open.id);
		expect(ids).not.toContain(hidden.id);
		const one = await fetch(`${baseUrl()}/api/counties/17/scenarios/${open.id}`);
		expect(one.status).toBe(200);
		expect(await one.json()).toMatchObject({
			id: open.id,
			name: open.name,
			version: 1,
			savedBy: null,
			input: { horizonYears: 5, templateId: 'fall-exercise' }
		});
		const denied = await fetch(`${baseUrl()}/api/counties/17/scenarios/${hidden.id}`);
		expect(denied.status).toBe(404);
		expect(await denied.json()).toEqual({
			error: { code: 'not_found', message: 'Kalkylen finns inte.' }
		});
	});
});
