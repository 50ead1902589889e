import { eq, like, sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { createInitiative } from '../src/lib/modules/initiatives/service.server.ts';
import type { Db } from '../src/lib/platform/db/client.ts';
import * as t from '../src/lib/modules/initiatives/tables.ts';
import { organisationId, testUser, type TestUser } from '../tests/kit/cast.ts';
import {
	browserForFile,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	serverDatabase,
	signedInPage
} from '../tests/kit/browser.ts';

/**
 * The inventory of initiatives in the browser: finding "mobila team" across
 * the county, narrowing to a municipality on the map with a shareable URL,
 * facets and paging without JavaScript, registering with the similar-title
 * warning, two people editing at once, an editor kept to their own
 * organisation's initiatives, hostile text shown as text, and every page
 * through axe. The initiatives of this file carry a made-up word (TAG), so
 * the inventory seeded into the same database does not change the counts.
 */

const TAG = `Kvarnsjö${Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
const HOSTILE = `<script>window.__pwned = 1</script> mobila team ${TAG}`;
const PAGED = 23;

let db: Db;
let coordinator: TestUser;
const ids: Record<string, number> = {};
let org: Record<string, number>;

async function create(input: Record<string, unknown>): Promise<number> {
	const result = await createInitiative(db, coordinator.actor, '17', {
		level: 'local',
		phase: 'pilot',
		confirmSimilar: true,
		...input
	});
	if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
	return result.value.id;
}

browserForFile();
beforeAll(async () => {
	db = (await serverDatabase()).db;
	coordinator = await testUser(db, 'coordinator');
	org = {};
	for (const name of [
		'Arvika kommun',
		'Torsby kommun',
		'Karlstads kommun',
		'Region Värmland',
		'Sunne kommun'
	])
		org[name] = await organisationId(db, name);
	ids.home = await create({
		title: `Mobila team i hemsjukvården ${TAG}`,
		description:
			'Mobila team med sjuksköterskor och läkare besöker äldre med stora behov i hemmet.',
		leadOrganisationId: org['Arvika kommun'],
		municipalityIds: [org['Arvika kommun'], org['Torsby kommun']],
		goodExample: true,
		funding: [{ year: 2024, fundingSource: 'Statliga stimulansmedel', amountSek: 1500000 }]
	});
	ids.psych = await create({
		title: `Mobila team för psykisk hälsa ${TAG}`,
		description: 'Ett mobilt team möter unga vuxna med psykisk ohälsa där de bor.',
		leadOrganisationId: org['Region Värmland'],
		municipalityIds: [org['Karlstads kommun']],
		phase: 'running',
		level: 'subregional'
	});
	ids.night = await create({
		title: `Samordnad nattpatrull ${TAG}`,
		description: 'Nattpatrullen och de mobila teamen samordnar sina besök i Arvika.',
		leadOrganisationId: org['Region Värmland'],
		municipalityIds: [org['Arvika kommun']]
	});
	ids.hostile = await create({
		title: HOSTILE,
		description: `"><img src=x onerror="window.__pwned=1"> Mobila team som skriver <b>fetstil</b>.`,
		municipalityIds: [org['Sunne kommun']],
		phase: 'planning'
	});
	for (let n = 1; n <= PAGED; n++)
		await create({ title: `Idéinsats ${n} ${TAG}`, phase: 'idea', level: 'county' });
});

const status = (page: Page) => page.locator('.count').innerText();
const titles = (page: Page) => page.locator('.items h3').allInnerTexts();
const arrived = (page: Page, heading: string) => expect.poll(() => h1(page)).toBe(heading);
const count = async () =>
	(
		await db
			.select({ n: sql<number>`count(*)::int` })
			.from(t.initiatives)
			.where(like(t.initiatives.title, `%${TAG}%`))
	)[0]!.n;

describe('finding initiatives', () => {
	test('a new visitor finds "mobila team" across the county, narrows to a municipality on the map, and can share the URL', async () => {
		const page = await newPage();
		await page.goto('/lan/varmland');
		await page.getByRole('link', { name: 'Insatser', exact: true }).click();
		await arrived(page, 'Insatser i Värmlands län');
		await expectAccessible(page);

		await page.getByLabel('Sök bland insatserna').fill('mobila team');
		await page.getByRole('button', { name: 'Sök', exact: true }).click();
		await expect.poll(() => page.url()).toMatch(/\?q=mobila\+team$/);
		const all = await status(page);
		expect(
			Number(/^(\d+) insatser matchar sökningen ”mobila team”/.exec(all)?.[1])
		).toBeGreaterThanOrEqual(4);

		await page.getByLabel('Sök bland insatserna').fill(`mobila team ${TAG}`);
		await page.getByRole('button', { name: 'Sök', exact: true }).click();
		await expect
			.poll(() => status(page))
			.toBe(`4 insatser matchar sökningen ”mobila team ${TAG}”.`);
		expect(new Set(await titles(page))).toEqual(
			new Set([
				`Mobila team i hemsjukvården ${TAG}`,
				`Mobila team för psykisk hälsa ${TAG}`,
				`Samordnad nattpatrull ${TAG}`,
				HOSTILE
			])
		);
		// the words searched for are marked, in titles and snippets
		const home = page.locator('.item', { hasText: `Mobila team i hemsjukvården ${TAG}` });
		expect(await home.locator('h3 mark').allInnerTexts()).toEqual(['Mobila', 'team', TAG]);
		expect(await home.locator('.snippet mark').allInnerTexts()).toContain('team');
		expect(await home.innerText()).toContain('Gott exempel');
		expect(await home.innerText()).toMatch(/Ansvarig:\s*Arvika kommun/);
		expect(await home.innerText()).toMatch(/Kommuner:\s*Arvika kommun, Torsby kommun/);
		expect(await home.innerText()).toMatch(/Fas:\s*Pilot/);
		await expectAccessible(page);

		// the map: Arvika has two of them; its link narrows the list
		const arvika = page.locator('svg a[aria-label="Arvika kommun: 2 insatser"]');
		expect(await arvika.count()).toBe(1);
		expect(await page.locator('svg a[aria-label="Karlstads kommun: 1 insats"]').count()).toBe(1);
		expect(
			await page.locator('table tr', { hasText: 'Arvika kommun' }).locator('td').innerText()
		).toBe('2');
		await arvika.click();
		await expect
			.poll(() => new URL(page.url()).searchParams.getAll('municipality'))
			.toEqual(['1784']);
		await expect
			.poll(() => status(page))
			.toBe(`2 insatser matchar sökningen ”mobila team ${TAG}” och de valda filtren.`);
		expect(new Set(await titles(page))).toEqual(
			new Set([`Mobila team i hemsjukvården ${TAG}`, `Samordnad nattpatrull ${TAG}`])
		);
		expect(await page.locator('svg a.selected').getAttribute('aria-label')).toBe(
			'Arvika kommun: 2 insatser (vald, välj igen för att visa alla kommuner)'
		);
		expect(
			await page.getByRole('link', { name: 'Ta bort filtret Kommun: Arvika kommun' }).count()
		).toBe(1);
		// exports take the same filters, all pages
		const shared = page.url();
		const query = new URL(shared).search;
		expect(await page.getByRole('link', { name: /^CSV/ }).getAttribute('href')).toBe(
			`/lan/varmland/insatser/export.csv${query}`
		);
		expect(await page.getByRole('link', { name: /^Excel \(XLSX\)/ }).getAttribute('href')).toBe(
			`/lan/varmland/insatser/export.xlsx${query}`
		);
		await expectAccessible(page);

		// the map by keyboard: Tab reaches a municipality, Enter chooses it
		await page.locator('svg a').first().focus();
		for (let n = 0; n < 40; n++) {
			const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
			if (label?.startsWith('Torsby kommun')) break;
			await page.keyboard.press('Tab');
		}
		await page.keyboard.press('Enter');
		await expect
			.poll(() => new URL(page.url()).searchParams.getAll('municipality'))
			.toEqual(['1737']);
		await expect.poll(() => titles(page)).toEqual([`Mobila team i hemsjukvården ${TAG}`]);

		// the shared link, opened fresh without JavaScript, shows the same
		const fresh = await newPage({ javaScriptEnabled: false });
		await fresh.goto(shared);
		expect(await status(fresh)).toBe(
			`2 insatser matchar sökningen ”mobila team ${TAG}” och de valda filtren.`
		);
		expect(await fresh.getByLabel('Sök bland insatserna').inputValue()).toBe(`mobila team ${TAG}`);
		expect(await fresh.getByLabel('Arvika kommun (2)').isChecked()).toBe(true);
		await expectAccessibleWithoutJs(fresh);
		await fresh.context().close();
		await page.context().close();
	});

	test('facets with counts and paging work without JavaScript, and every link keeps the filters', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(`/lan/varmland/insatser?q=${TAG}`);
		expect(await status(page)).toBe(
			`27 insatser matchar sökningen ”${TAG}”. Sidan 1 av 2 visar 1–20.`
		);
		expect(await page.getByLabel('Idé (23)').isChecked()).toBe(false);
		expect(await page.getByLabel('Pilot (2)').count()).toBe(1);
		expect(await page.getByLabel('Planering (1)').count()).toBe(1);
		expect(await page.getByLabel('Bara goda exempel (1)').count()).toBe(1);
		await expectAccessibleWithoutJs(page);

		await page.getByLabel('Idé (23)').check();
		await page.getByRole('button', { name: 'Filtrera' }).click();
		const url = new URL(page.url());
		expect(url.searchParams.get('q')).toBe(TAG);
		expect(url.searchParams.getAll('phase')).toEqual(['idea']);
		expect(await status(page)).toBe(
			`23 insatser matchar sökningen ”${TAG}” och de valda filtren. Sidan 1 av 2 visar 1–20.`
		);
		// a chosen value keeps its siblings' counts
		expect(await page.getByLabel('Pilot (2)').count()).toBe(1);
		expect(await page.getByLabel('Idé (23)').isChecked()).toBe(true);
		await page.getByLabel('Länsövergripande (23)').check();
		await page.getByRole('button', { name: 'Filtrera' }).click();
		expect(new URL(page.url()).searchParams.getAll('level')).toEqual(['county']);
		expect(await status(page)).toBe(
			`23 insatser matchar sökningen ”${TAG}” och de valda filtren. Sidan 1 av 2 visar 1–20.`
		);
		expect(await page.getByLabel('Pilot (0)').count()).toBe(1);
		expect(await page.locator('.items > li').count()).toBe(20);

		await page
			.getByRole('navigation', { name: 'Sidor' })
			.getByRole('link', { name: 'Nästa sida' })
			.click();
		expect(new URL(page.url()).searchParams.get('page')).toBe('2');
		expect(new URL(page.url()).searchParams.getAll('phase')).toEqual(['idea']);
		expect(await status(page)).toBe(
			`23 insatser matchar sökningen ”${TAG}” och de valda filtren. Sidan 2 av 2 visar 21–23.`
		);
		expect(await page.locator('.items > li').count()).toBe(3);
		expect(await page.getByRole('link', { name: 'Sida 2' }).getAttribute('aria-current')).toBe(
			'page'
		);
		await expectAccessibleWithoutJs(page);

		// removing a filter goes back to the first page and keeps the rest
		await page.getByRole('link', { name: 'Ta bort filtret Fas: Idé' }).click();
		const after = new URL(page.url());
		expect(after.searchParams.get('page')).toBeNull();
		expect(after.searchParams.getAll('level')).toEqual(['county']);
		expect(await status(page)).toMatch(/^23 insatser matchar/);
		await page.getByRole('link', { name: 'Rensa filter' }).click();
		expect([...new URL(page.url()).searchParams]).toEqual([['q', TAG]]);
		expect(await status(page)).toMatch(/^27 insatser/);

		// a bad page number says what is wrong
		await page.goto(`/lan/varmland/insatser?q=${TAG}&page=tre`);
		expect(await page.locator('.ds-error-summary').innerText()).toContain(
			'Sidnumret ska vara ett heltal.'
		);
		await page.context().close();
	});

	test('hostile text is shown as text in titles, snippets and the detail page', async () => {
		const page = await newPage();
		await page.goto(`/lan/varmland/insatser?q=${encodeURIComponent(`fetstil ${TAG}`)}`);
		const item = page.locator('.item');
		await expect.poll(() => item.count()).toBe(1);
		expect(await item.locator('h3').innerText()).toBe(HOSTILE);
		// the snippet is words around the match (markup-like text left out), never markup
		expect(await item.locator('.snippet mark').allInnerTexts()).toEqual(['fetstil']);
		expect(await page.locator('.items img, .items b, .items script').count()).toBe(0);
		await item.locator('h3 a').click();
		await arrived(page, HOSTILE);
		expect(await page.locator('#beskrivning').locator('..').innerText()).toContain(
			'"><img src=x onerror="window.__pwned=1"> Mobila team som skriver <b>fetstil</b>.'
		);
		expect(await page.locator('main img, main b, main script').count()).toBe(0);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		await page.context().close();
	});
});

describe('the detail page', () => {
	test('all fields in Swedish, the source, and for people of the county the history', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(`/lan/varmland/insatser/${ids.home}`);
		expect(await h1(page)).toBe(`Mobila team i hemsjukvården ${TAG}`);
		const facts = await page.locator('aside.facts').innerText();
		expect(facts).toMatch(/Ansvarig organisation\s+Arvika kommun/);
		expect(facts).toMatch(/Kommuner\s+Arvika kommun, Torsby kommun/);
		expect(facts).toMatch(/Fas\s+Pilot/);
		expect(await page.locator('table').innerText()).toMatch(
			/2024\s+Statliga stimulansmedel\s+1\s500\s000 kr/
		);
		expect(await page.locator('.source').first().innerText()).toContain('registrerad i Nära');
		expect(await page.getByRole('link', { name: 'Historik' }).count()).toBe(0);
		expect(await page.getByRole('link', { name: 'Ändra insatsen' }).count()).toBe(0);
		await expectAccessibleWithoutJs(page);
		await page.context().close();

		const { page: reader } = await signedInPage('reader');
		await reader.goto(`/lan/varmland/insatser/${ids.home}`);
		await expectAccessible(reader);
		expect(await reader.getByRole('link', { name: 'Ändra insatsen' }).count()).toBe(0);
		await reader.getByRole('link', { name: 'Historik' }).click();
		await expect
			.poll(() => reader.locator('.eyebrow').innerText())
			.toBe(`Historik · Insats ${ids.home}`);
		expect(await h1(reader)).toBe(`Mobila team i hemsjukvården ${TAG}`);
		await reader.context().close();
	});
});

describe('registering and changing', () => {
	test('a coordinator registers an initiative without JavaScript, after the similar-title warning', async () => {
		const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
		await page.goto('/lan/varmland/insatser');
		await page.getByRole('link', { name: 'Ny insats' }).click();
		expect(await h1(page)).toBe('Ny insats');
		expect(await page.getByRole('link', { name: 'Importera från fil' }).count()).toBe(0);
		await expectAccessibleWithoutJs(page);

		await page.getByRole('button', { name: 'Spara insatsen' }).click();
		const summary = page.locator('.ds-error-summary');
		expect(await summary.innerText()).toContain('Skriv insatsens namn.');
		expect(await summary.innerText()).toContain('Välj nivå');
		await summary.getByRole('link', { name: 'Skriv insatsens namn.' }).click();
		expect(new URL(page.url()).hash).toBe('#title');

		const title = `Mobila team i hemsjukvård ${TAG}`;
		await page.getByLabel('Namn på insatsen').fill(title);
		await page.getByLabel('Beskrivning (frivilligt)').fill('Ett nytt team i Sunne.');
		await page.getByLabel('Nivå').selectOption('local');
		await page.getByLabel('Fas', { exact: true }).selectOption('planning');
		await page
			.getByLabel('Ansvarig organisation (frivilligt)')
			.selectOption({ label: 'Sunne kommun' });
		await page
			.getByRole('group', { name: 'Kommuner där insatsen bedrivs (frivilligt)' })
			.getByLabel('Sunne kommun')
			.check();
		await page
			.getByRole('group', { name: 'Kommuner där insatsen bedrivs (frivilligt)' })
			.getByLabel('Torsby kommun')
			.check();
		await page.getByLabel('Äldre', { exact: true }).check();
		const firstFunding = page.getByRole('group', { name: 'Ny rad för finansiering 1' });
		await firstFunding.getByLabel('År', { exact: true }).fill('2025');
		await firstFunding.getByLabel('Finansieringskälla').fill('Sunne kommun');
		await firstFunding.getByLabel('Belopp i kronor (frivilligt)').fill('250 000');
		// a row with a bad year, after an empty one: its error names the row it is shown in
		const thirdFunding = page.getByRole('group', { name: 'Ny rad för finansiering 3' });
		await thirdFunding.getByLabel('År', { exact: true }).fill('nästa år');
		await thirdFunding.getByLabel('Finansieringskälla').fill('Regionen');
		await page
			.getByRole('group', { name: 'Ny länk 1' })
			.getByLabel('Webbadress')
			.fill('https://example.se/sunne');
		await page.getByLabel('Kontaktperson (frivilligt)').fill('Anna Andersson');
		await page.getByRole('button', { name: 'Spara insatsen' }).first().click();

		expect(await summary.innerText()).toContain(
			'Finansiering, rad 2: Skriv året som ett årtal, t.ex. 2024.'
		);
		expect(
			await page
				.getByRole('group', { name: 'Finansiering, rad 2' })
				.getByLabel('År', { exact: true })
				.inputValue()
		).toBe('nästa år');
		expect(
			await page
				.getByRole('group', { name: 'Finansiering, rad 2' })
				.getByLabel('År', { exact: true })
				.getAttribute('aria-invalid')
		).toBe('true');
		// nothing typed is lost
		expect(await page.getByLabel('Namn på insatsen').inputValue()).toBe(title);
		expect(await page.getByLabel('Äldre', { exact: true }).isChecked()).toBe(true);
		expect(
			await page
				.getByRole('group', { name: 'Finansiering, rad 1' })
				.getByLabel('Belopp i kronor (frivilligt)')
				.inputValue()
		).toBe('250000');
		await expectAccessibleWithoutJs(page);
		await page
			.getByRole('group', { name: 'Finansiering, rad 2' })
			.getByLabel('År', { exact: true })
			.fill('2026');
		await page.getByRole('button', { name: 'Spara insatsen' }).click();
		// a named person needs their consent
		expect(await summary.innerText()).toContain(
			'Ett namn på en person får bara visas om personen har samtyckt.'
		);
		await summary.getByRole('link').first().click();
		expect(new URL(page.url()).hash).toBe('#contactConsent');
		await page.getByLabel('Kontaktpersonen har samtyckt till att namnet visas i Nära').check();
		const before = await count();
		await page.getByRole('button', { name: 'Spara insatsen' }).first().click();

		// the title is close to an existing one: a warning, and nothing saved
		const warning = page.locator('.similar');
		expect(await warning.innerText()).toContain('Finns insatsen redan?');
		expect(await warning.innerText()).toContain(`"Mobila team i hemsjukvården ${TAG}"`);
		expect(await count()).toBe(before);
		await expectAccessibleWithoutJs(page);
		await page.getByRole('button', { name: 'Spara insatsen' }).first().click();
		expect(await warning.count()).toBe(1);
		expect(await count()).toBe(before);
		await page.getByLabel('Jag har kontrollerat att det är en ny insats').check();
		await page.getByRole('button', { name: 'Spara insatsen' }).first().click();

		expect(await h1(page)).toBe(title);
		expect(await count()).toBe(before + 1);
		const facts = await page.locator('aside.facts').innerText();
		expect(facts).toMatch(/Ansvarig organisation\s+Sunne kommun/);
		expect(facts).toMatch(/Kommuner\s+Sunne kommun, Torsby kommun/);
		expect(facts).toMatch(/Fas\s+Planering/);
		expect(facts).toMatch(/Kontaktperson\s+Anna Andersson/);
		expect(await page.locator('table tbody').innerText()).toMatch(
			/2025\s+Sunne kommun\s+250\s000 kr[\s\S]*2026\s+Regionen\s+Okänt/
		);
		expect(await page.getByRole('link', { name: 'https://example.se/sunne' }).count()).toBe(1);
		await expectAccessibleWithoutJs(page);

		// and archives it, after a question
		await page.getByRole('link', { name: 'Ändra insatsen' }).click();
		expect(await h1(page)).toBe('Ändra insats');
		await page.getByRole('link', { name: 'Arkivera insatsen …' }).click();
		expect(await page.locator('#arkivera').innerText()).toBe('Vill du arkivera insatsen?');
		await expectAccessibleWithoutJs(page);
		await page.getByRole('button', { name: 'Ja, arkivera insatsen' }).click();
		expect(new URL(page.url()).pathname).toBe('/lan/varmland/insatser');
		const [row] = await db.select().from(t.initiatives).where(eq(t.initiatives.title, title));
		expect(row?.archivedAt).not.toBeNull();
		await page.context().close();
	});

	test('two people change the same initiative: the second sees the conflict and keeps the typed text', async () => {
		const a = await signedInPage('coordinator');
		const b = await signedInPage('coordinator');
		const path = `/lan/varmland/insatser/${ids.psych}/redigera`;
		await a.page.goto(path);
		await b.page.goto(path);
		await arrived(b.page, 'Ändra insats');
		await expectAccessible(b.page);

		await a.page.getByLabel('Fas', { exact: true }).selectOption('scaling');
		await a.page.getByRole('button', { name: 'Spara ändringarna' }).click();
		await expect
			.poll(() => new URL(a.page.url()).pathname)
			.toBe(`/lan/varmland/insatser/${ids.psych}`);

		const mine = 'Teamet når nu också äldre med psykisk ohälsa.';
		await b.page.getByLabel('Resultat (frivilligt)').fill(mine);
		await b.page.getByRole('button', { name: 'Spara ändringarna' }).click();
		const notice = b.page.locator('.conflict');
		await expect.poll(() => notice.count()).toBe(1);
		const text = await notice.innerText();
		expect(text).toContain('Någon annan har sparat en ändring av insatsen medan du redigerade.');
		expect(text).toContain(`Sparat av ${a.user.actor.name}`);
		// the fields that differ: the phase A changed, and the results B wrote
		expect(
			(await notice.locator('tbody th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))
		).toEqual(['Fas (skiljer sig)', 'Resultat (skiljer sig)']);
		expect(await notice.locator('tr', { hasText: 'Fas' }).innerText()).toMatch(
			/Fas\s*\(skiljer sig\)\s*Spridning\s*I drift/
		);
		expect(await b.page.getByLabel('Resultat (frivilligt)').inputValue()).toBe(mine);
		await expectAccessible(b.page);
		await b.page.getByRole('button', { name: 'Spara min version' }).click();
		await expect
			.poll(() => new URL(b.page.url()).pathname)
			.toBe(`/lan/varmland/insatser/${ids.psych}`);
		expect(await b.page.locator('#resultat').locator('..').innerText()).toContain(mine);
		// B saved their version, which had the phase they saw
		expect(await b.page.locator('aside.facts').innerText()).toMatch(/Fas\s+I drift/);
		await a.page.context().close();
		await b.page.context().close();
	});

	test("an editor changes their own organisation's initiatives and not others'", async () => {
		const { page } = await signedInPage('editor', { javaScriptEnabled: false });
		await page.goto(`/lan/varmland/insatser/${ids.psych}`);
		expect(await page.getByRole('link', { name: 'Ändra insatsen' }).count()).toBe(0);
		const refused = await page.goto(`/lan/varmland/insatser/${ids.psych}/redigera`);
		expect(refused?.status()).toBe(403);
		expect(await page.locator('body').innerText()).toContain(
			'Du får bara ändra insatser som din egen organisation leder.'
		);

		await page.goto(`/lan/varmland/insatser/${ids.home}`);
		await page.getByRole('link', { name: 'Ändra insatsen' }).click();
		expect(await h1(page)).toBe('Ändra insats');
		const lead = page.getByLabel('Ansvarig organisation');
		expect(await lead.locator('option').allInnerTexts()).toEqual(['Arvika kommun']);
		await expectAccessibleWithoutJs(page);
		await page.getByLabel('Lärdomar (frivilligt)').fill('Börja med journalåtkomsten.');
		await page.getByRole('button', { name: 'Spara ändringarna' }).click();
		expect(new URL(page.url()).pathname).toBe(`/lan/varmland/insatser/${ids.home}`);
		expect(await page.locator('#lardomar').locator('..').innerText()).toContain(
			'Börja med journalåtkomsten.'
		);

		await page.goto('/lan/varmland/insatser/ny');
		expect(
			await page.getByLabel('Ansvarig organisation').locator('option').allInnerTexts()
		).toEqual(['Arvika kommun']);
		await page.context().close();
	});
});

describe('every page at desktop and mobile width, with JavaScript on and off', () => {
	const widths = [
		{ width: 1280, height: 900 },
		{ width: 375, height: 740 }
	];
	test.each(widths)('list, detail, new and edit pages pass axe at $width px', async (viewport) => {
		for (const javaScriptEnabled of [true, false]) {
			const { page } = await signedInPage('coordinator', { viewport, javaScriptEnabled });
			for (const path of [
				`/lan/varmland/insatser?q=${TAG}&phase=pilot&municipality=1784`,
				`/lan/varmland/insatser/${ids.home}`,
				'/lan/varmland/insatser/ny',
				`/lan/varmland/insatser/${ids.night}/redigera`
			]) {
				const response = await page.goto(path);
				expect(response?.status()).toBe(200);
				// nothing wider than the screen
				expect(
					await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
				).toBe(true);
				if (javaScriptEnabled) await expectAccessible(page);
				else await expectAccessibleWithoutJs(page);
			}
			await page.context().close();
		}
	});
});
