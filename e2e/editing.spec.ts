import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { testUser } from '../tests/kit/cast.ts';
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
 * Editing the county's content in the browser: publishing a new version of
 * the vision and changing a body with JavaScript off, two people saving the
 * same decision, and every editing page through axe. Test content is made up
 * for the tests and marked "(e2e)".
 */

browserForFile();

/** the page has arrived (with JavaScript, links navigate in the page) */
const arrived = (page: Page, heading: string) => expect.poll(() => h1(page)).toBe(heading);

describe('with JavaScript off', () => {
	test('a coordinator publishes a new version of the vision; the old one stays readable', async () => {
		const { page, user } = await signedInPage('coordinator', {
			javaScriptEnabled: false
		});
		await page.goto('/lan/varmland');
		await page.getByRole('link', { name: 'Ny version av målbilden' }).click();
		expect(path(page)).toBe('/lan/varmland/malbild/ny-version');
		expect(await h1(page)).toBe('Ny version av målbilden');
		await expectAccessibleWithoutJs(page);
		const based = Number(await page.locator('input[name="basedOnVersion"]').inputValue());
		expect(based).toBeGreaterThan(0);

		// a new principle in an empty row, and a new core value with a text but no title
		const principle = 'Vi prövar nya arbetssätt tillsammans (e2e)';
		const newPrinciple = page.locator('#part-principle fieldset.row.new').first();
		await newPrinciple.getByLabel('Rubrik').fill(principle);
		const newValue = page.locator('#part-core_value fieldset.row.new').first();
		await newValue.getByLabel('Text').fill('Ett värde utan rubrik');
		await page.getByRole('button', { name: `Publicera version ${based + 1}` }).click();

		const summary = page.locator('.ds-error-summary');
		expect(await summary.innerText()).toContain('Kärnvärde 1: Skriv en rubrik, eller töm raden.');
		await expectAccessibleWithoutJs(page);
		// nothing typed is lost
		expect(await newPrinciple.getByLabel('Rubrik').inputValue()).toBe(principle);
		await summary.getByRole('link').first().click();
		expect(new URL(page.url()).hash).toMatch(/^#items\.\d+\.title$/);
		await newValue.getByLabel('Text').fill('');
		await page.getByRole('button', { name: `Publicera version ${based + 1}` }).click();

		expect(path(page)).toBe('/lan/varmland');
		expect(await h1(page)).toBe('Framtidens Värmland');
		expect(await page.locator('#principles').locator('..').innerText()).toContain(principle);
		await page.getByRole('link', { name: /^Version \d+ av målbilden – alla versioner$/ }).click();

		expect(path(page)).toBe('/lan/varmland/malbild/versioner');
		expect(await h1(page)).toBe('Versioner av målbilden');
		const rows = page.locator('table tbody tr');
		expect(await rows.nth(0).innerText()).toMatch(
			new RegExp(`^Version ${based + 1}\\s*gällande[\\s\\S]*${user.actor.name}$`)
		);
		expect(await rows.nth(1).innerText()).toMatch(new RegExp(`^Version ${based}\\b`));
		await expectAccessibleWithoutJs(page);

		await page.getByRole('link', { name: `Version ${based}`, exact: true }).click();
		expect(new URL(page.url()).search).toBe(`?version=${based}`);
		expect(await h1(page)).toBe('Framtidens Värmland');
		expect(await page.locator('.old-version').innerText()).toContain(
			`Du läser version ${based} av målbilden`
		);
		expect(await page.locator('main').innerText()).not.toContain(principle);
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	});

	test('a coordinator adds a body and then changes it', async () => {
		const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
		await page.goto('/lan/varmland/organisation');
		await page.getByRole('link', { name: 'Nytt organ' }).click();
		expect(await h1(page)).toBe('Nytt organ för ledning och samverkan');
		await expectAccessibleWithoutJs(page);

		// user text is shown as text, never as markup
		const name = `Arbetsgrupp <script>alert(1)</script> för hemsjukvård (e2e ${Date.now()})`;
		await page.getByRole('button', { name: 'Spara organet' }).click();
		expect(await page.locator('.ds-error-summary').innerText()).toContain('Skriv ett namn.');
		await page.getByLabel('Namn').fill(name);
		await page.getByLabel('Nivå').selectOption('subregional');
		await page.getByLabel('Sammansättning (frivilligt)').fill('Kommunerna i Fryksdalen.');
		await page.getByLabel('Uppdrag (frivilligt)').fill('Samordnar hemsjukvården.');
		await page.getByRole('button', { name: 'Spara organet' }).click();

		expect(path(page)).toBe('/lan/varmland/organisation');
		const group = page.locator('article.group', { has: page.getByRole('heading', { name }) });
		expect(await group.innerText()).toContain('Samordnar hemsjukvården.');
		await group.getByRole('link', { name: `Ändra ${name}` }).click();
		expect(await h1(page)).toBe('Ändra organ');
		await expectAccessibleWithoutJs(page);
		expect(await page.getByLabel('Namn').inputValue()).toBe(name);
		await page
			.getByLabel('Uppdrag (frivilligt)')
			.fill('Samordnar hemsjukvården och rehabiliteringen.');
		await page.getByRole('button', { name: 'Spara ändringarna' }).click();

		expect(path(page)).toBe('/lan/varmland/organisation');
		expect(await group.innerText()).toContain('Samordnar hemsjukvården och rehabiliteringen.');
		expect(
			await group.getByRole('link', { name: `Historik för ${name}` }).getAttribute('href')
		).toMatch(/^\/lan\/varmland\/historik\/group\/\d+$/);
		await page.context().close();
	});
});

test('two people save the same decision: the second sees the conflict and keeps the typed text', async () => {
	const a = await signedInPage('coordinator');
	const b = await signedInPage('coordinator');
	const title = `Handlingsplan för hemsjukvård (e2e ${Date.now()})`;

	await a.page.goto('/lan/varmland/beslut');
	await a.page.getByRole('link', { name: 'Nytt beslut' }).click();
	await arrived(a.page, 'Nytt beslut');
	await expectAccessible(a.page);
	await a.page
		.getByLabel('Organisation som fattade beslutet')
		.selectOption({ label: 'Region Värmland' });
	await a.page.getByLabel('Beslutet gäller').selectOption('other');
	await a.page.getByLabel('Rubrik').fill(title);
	await a.page.getByLabel('Beslutsdatum').fill('2025-04-01');
	await a.page.getByLabel('Beskrivning (frivilligt)').fill('Regionstyrelsen antog planen.');
	await a.page.getByRole('button', { name: 'Spara beslutet' }).click();
	await expect.poll(() => a.page.url()).toMatch(/\/lan\/varmland\/beslut#beslut-\d+$/);
	const id = /#beslut-(\d+)$/.exec(a.page.url())![1];
	const row = a.page.locator(`#beslut-${id}`);
	expect(await row.innerText()).toContain(title);

	await a.page.goto(`/lan/varmland/beslut/${id}`);
	await b.page.goto(`/lan/varmland/beslut/${id}`);
	await arrived(b.page, 'Ändra beslut');
	await expectAccessible(b.page);

	await a.page.getByLabel('Rubrik').fill(`${title} – reviderad`);
	await a.page.getByRole('button', { name: 'Spara ändringarna' }).click();
	await expect.poll(() => a.page.url()).toMatch(new RegExp(`#beslut-${id}$`));

	const mine = 'Regionstyrelsen antog planen efter remiss till kommunerna.';
	await b.page.getByLabel('Beskrivning (frivilligt)').fill(mine);
	await b.page.getByRole('button', { name: 'Spara ändringarna' }).click();
	const notice = b.page.getByRole('alert');
	await expect.poll(() => notice.count()).toBe(1);
	const text = await notice.innerText();
	expect(text).toContain('Någon annan har sparat en ändring av beslutet medan du redigerade.');
	expect(text).toContain(`Sparat av ${a.user.actor.name}`);
	expect(await notice.locator('tr', { hasText: 'Rubrik' }).innerText()).toContain(
		`${title} – reviderad`
	);
	// the form keeps what B typed, and the next save is a deliberate one
	expect(await b.page.getByLabel('Beskrivning (frivilligt)').inputValue()).toBe(mine);
	await expectAccessible(b.page);
	await b.page.getByRole('button', { name: 'Spara min version' }).click();
	await expect.poll(() => b.page.url()).toMatch(new RegExp(`#beslut-${id}$`));
	// B's version is saved: A's title is back, with B's description
	expect(await b.page.locator(`#beslut-${id} th`).innerText()).toBe(title);

	await a.page.context().close();
	await b.page.context().close();
});

test('the roadmap: a coordinator adds a milestone and changes it; every editing page passes axe', async () => {
	const { page } = await signedInPage('coordinator');
	await page.goto('/lan/varmland/fardplan');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Nytt målområde eller ny milstolpe' }).click();
	await arrived(page, 'Nytt målområde eller ny milstolpe');
	await expectAccessible(page);
	const title = `Alla kommuner har mobila team (e2e ${Date.now()})`;
	await page.getByLabel('Slag av punkt').selectOption('milestone');
	await page.getByLabel('Rubrik').fill(title);
	await page.getByLabel('Text (frivilligt)').fill('Teamen finns i hela länet.');
	await page.getByRole('button', { name: 'Spara punkten' }).click();
	await expect
		.poll(() => page.url())
		.toMatch(/\/lan\/varmland\/fardplan#milestone-alla-kommuner-har-mobila-team-e2e-\d+$/);
	expect(await page.locator('#milestone').innerText()).toBe('Milstolpar');

	await page.getByRole('link', { name: `Ändra ${title}` }).click();
	await arrived(page, 'Ändra milstolpe');
	await expectAccessible(page);
	await page.getByLabel('Vem får se punkten').selectOption('internal');
	await page.getByRole('button', { name: 'Spara ändringarna' }).click();
	const item = page.locator('article.item', { has: page.getByRole('heading', { name: title }) });
	expect(await item.innerText()).toContain('Intern');

	await page.getByRole('link', { name: 'Ändra färdplanens rubrik och ingress' }).click();
	await arrived(page, 'Ändra färdplanens rubrik och ingress');
	await expectAccessible(page);

	// hidden from people without a role in the county
	const visitor = await newPage();
	await visitor.goto('/lan/varmland/fardplan');
	expect(await visitor.locator('main').innerText()).not.toContain(title);
	await visitor.context().close();

	for (const p of [
		'/lan/varmland',
		'/lan/varmland/organisation',
		'/lan/varmland/beslut',
		'/lan/varmland/malbild/versioner?version=1'
	]) {
		await page.goto(p);
		await expectAccessible(page);
	}
	await page.context().close();
});

test('links to edit are shown only to those who may; history links to everyone with a role', async () => {
	const visitor = await newPage();
	await visitor.goto('/lan/varmland/beslut');
	expect(await visitor.getByRole('link', { name: 'Nytt beslut' }).count()).toBe(0);
	expect(await visitor.locator('#register').count()).toBe(0);
	await visitor.goto('/lan/varmland/organisation');
	expect(await visitor.getByRole('link', { name: /^(Ändra|Historik)/ }).count()).toBe(0);
	await visitor.goto('/lan/varmland/beslut/1');
	expect(path(visitor)).toBe('/logga-in');
	await visitor.context().close();

	const reader = await signedInPage('reader');
	await reader.page.goto('/lan/varmland/organisation');
	expect(await reader.page.getByRole('link', { name: /^Ändra/ }).count()).toBe(0);
	expect(await reader.page.getByRole('link', { name: /^Historik för / }).count()).toBeGreaterThan(
		0
	);
	const forbidden = await reader.page.goto('/lan/varmland/organisation/organ/ny');
	expect(forbidden?.status()).toBe(403);
	await reader.page.context().close();

	// an editor of Arvika kommun edits Arvika's decisions only
	const editor = await signedInPage('editor');
	await editor.page.goto('/lan/varmland/beslut');
	const rows = editor.page.locator('section[aria-labelledby="register"] tbody tr');
	const total = await rows.count();
	expect(total).toBeGreaterThan(1);
	for (let i = 0; i < total; i++) {
		const text = await rows.nth(i).innerText();
		const edit = await rows
			.nth(i)
			.getByRole('link', { name: /^Ändra/ })
			.count();
		expect(edit, text).toBe(text.includes('Arvika kommun') ? 1 : 0);
	}
	await editor.page.getByRole('link', { name: 'Nytt beslut' }).click();
	await arrived(editor.page, 'Nytt beslut');
	expect(
		await editor.page
			.getByLabel('Organisation som fattade beslutet')
			.locator('option')
			.allInnerTexts()
	).toEqual(['Arvika kommun']);
	await expectAccessible(editor.page);
	await editor.page.context().close();
});

describe('writing through the API', () => {
	/** a call as a signed-in person from Nära's own pages */
	async function caller(role: 'coordinator' | 'editor') {
		const { sessionToken } = await testUser((await serverDatabase()).db, role);
		return (method: string, path: string, body?: unknown) =>
			fetch(`${baseUrl()}/api/counties/17${path}`, {
				method,
				headers: {
					'content-type': 'application/json',
					cookie: `nara_session=${sessionToken}`,
					origin: baseUrl()
				},
				body: body === undefined ? undefined : JSON.stringify(body)
			});
	}

	test('a new version of the vision: sent back unchanged it keeps every source; a stale one is 409', async () => {
		const call = await caller('coordinator');
		const vision = await (await call('GET', '/vision')).json();
		const input = {
			basedOnVersion: vision.version,
			title: vision.title,
			subtitle: vision.subtitle,
			intro: vision.intro,
			visibility: 'public',
			items: vision.items.map((i: Record<string, unknown>) => ({
				id: i.id,
				kind: i.kind,
				title: i.title,
				body: i.body,
				fromText: i.fromText ?? '',
				toText: i.toText ?? ''
			}))
		};
		const res = await call('POST', '/vision/versions', input);
		expect(res.status).toBe(201);
		const published = await res.json();
		expect(published).toMatchObject({ version: vision.version + 1, source: vision.source });
		expect(published.items.map((i: { source: string }) => i.source)).toEqual(
			vision.items.map((i: { source: string }) => i.source)
		);
		const stale = await call('POST', '/vision/versions', input);
		expect(stale.status).toBe(409);
		expect((await stale.json()).error).toMatchObject({
			code: 'conflict',
			current: { current: { version: vision.version + 1 } }
		});
		const versions = await (await call('GET', '/vision/versions')).json();
		expect(versions.versions[0]).toMatchObject({ version: vision.version + 1 });
	});

	test('bodies, roadmap items and the roadmap: create, update, conflict, archive', async () => {
		const call = await caller('coordinator');
		const body = {
			name: `Samverkansgrupp via API (e2e ${Date.now()})`,
			level: 'local',
			composition: '',
			mandate: 'Följer upp arbetet.'
		};
		const created = await call('POST', '/groups', body);
		expect(created.status).toBe(201);
		const group = await created.json();
		expect(group).toMatchObject({ ...body, revision: 1, visibility: 'public', source: null });
		expect(
			(await call('PUT', `/groups/${group.id}`, { ...body, mandate: 'Nytt.', revision: 1 })).status
		).toBe(200);
		const stale = await call('PUT', `/groups/${group.id}`, { ...body, revision: 1 });
		expect(stale.status).toBe(409);
		expect((await stale.json()).error.current.current).toMatchObject({ mandate: 'Nytt.' });
		expect(
			await (await call('POST', `/groups/${group.id}/archive`, { revision: 2 })).json()
		).toEqual({ id: group.id });
		expect((await call('GET', `/groups/${group.id}`)).status).toBe(404);

		const item = await call('POST', '/roadmap/items', {
			kind: 'goal_area',
			title: `Målområde via API ${Date.now()}`
		});
		expect(item.status).toBe(201);
		expect(await item.json()).toMatchObject({
			kind: 'goal_area',
			key: expect.stringMatching(/^malomrade-via-api-\d+$/)
		});
		const bad = await call('POST', '/roadmap/items', { kind: 'prerequisite', title: '' });
		expect(bad.status).toBe(400);
		expect((await bad.json()).error.fields).toEqual({
			kind: ['Välj om punkten är ett målområde eller en milstolpe.'],
			title: ['Skriv en rubrik.']
		});

		const roadmap = await (await call('GET', '/roadmap')).json();
		const editable = await call('PUT', '/roadmap', {
			title: roadmap.title,
			intro: roadmap.intro,
			revision: 999
		});
		expect(editable.status).toBe(409);
	});

	test('an editor writes decisions of their own organisation only', async () => {
		const call = await caller('editor');
		const organisations = (await (await call('GET', '/organisations')).json()).organisations as {
			id: number;
			name: string;
		}[];
		const id = (name: string) => organisations.find((o) => o.name === name)!.id;
		const decision = {
			organisationId: id('Karlstads kommun'),
			subject: 'other',
			title: 'Beslut via API (e2e)',
			decidedOn: '2025-09-01',
			description: ''
		};
		const other = await call('POST', '/decisions', decision);
		expect(other.status).toBe(403);
		const own = await call('POST', '/decisions', {
			...decision,
			organisationId: id('Arvika kommun')
		});
		expect(own.status).toBe(201);
		const created = await own.json();
		const moved = await call('PUT', `/decisions/${created.id}`, { ...decision, revision: 1 });
		expect(moved.status).toBe(403);
		expect((await call('GET', `/decisions/${created.id}`)).status).toBe(200);
	});
});
