import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { Me } from '../src/lib/modules/accounts/account-schema.ts';
import { createSession } from '../src/lib/modules/accounts/server/sessions.ts';
import { organisationId, testUser } from '../tests/kit/cast.ts';
import {
	mainMenu,
	baseUrl,
	browserForFile,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	serverDatabase,
	signedInPage
} from '../tests/kit/browser.ts';

/**
 * Accounts: the administrators' page of people and roles, a person's own
 * account page with API tokens, and GET /api/me — with and without JavaScript.
 */

const admin = '/lan/varmland/admin/anvandare';

browserForFile();

const pathOf = (page: Page) => {
	const u = new URL(page.url());
	return u.pathname + u.search;
};

describe.each([
	{ width: 1280, height: 900, name: 'desktop' },
	{ width: 375, height: 740, name: 'mobil' }
])('at $name width', (viewport) => {
	test('the administration of people lists the county’s people and passes axe', async () => {
		const { page, user } = await signedInPage('admin', { viewport });
		const response = await page.goto(admin);
		expect(response?.status()).toBe(200);
		expect(await h1(page)).toBe('Personer och roller i Värmlands län');
		const row = page.locator('tbody tr', { hasText: user.actor.email });
		expect(await row.locator('th').innerText()).toBe(user.actor.name);
		expect(await row.innerText()).toContain('Administratör');
		// the navigation leads here
		expect(
			await (
				await mainMenu(page)
			)
				.getByRole('link', { name: 'Användare' })
				.getAttribute('aria-current')
		).toBe('page');
		// wide tables scroll inside their region; the page itself never does
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
		await expectAccessible(page);
		await page.context().close();
	});

	test('the account page shows the person and their roles and passes axe', async () => {
		const { page, user } = await signedInPage('editor', { viewport });
		const response = await page.goto('/konto');
		expect(response?.status()).toBe(200);
		expect(await h1(page)).toBe('Ditt konto');
		const about = await page.getByRole('region', { name: 'Om dig' }).innerText();
		expect(about).toContain(user.actor.name);
		expect(about).toContain(user.actor.email);
		const roles = page.getByRole('region', { name: 'Dina roller' }).locator('tbody tr');
		expect(await roles.count()).toBe(1);
		expect(await roles.first().locator('th, td').allInnerTexts()).toEqual([
			'Värmlands län',
			'Redaktör',
			'Arvika kommun'
		]);
		expect(await page.getByText('Du har inga API-nycklar.').count()).toBe(1);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
		await expectAccessible(page);
		await page.context().close();
	});
});

describe('who may come in', () => {
	test('a reader gets 403 on the administration page', async () => {
		const { page } = await signedInPage('reader');
		const response = await page.goto(admin);
		expect(response?.status()).toBe(403);
		expect(await page.locator('main').innerText()).toContain(
			'Du har inte behörighet att göra det här.'
		);
		// and the navigation does not offer it
		expect(await (await mainMenu(page)).getByRole('link', { name: 'Användare' }).count()).toBe(0);
		await expectAccessible(page);
		await page.context().close();
	});

	test('a reader cannot use the form actions either', async () => {
		const { user } = await signedInPage('reader');
		const res = await fetch(`${baseUrl()}${admin}?/create`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: baseUrl(),
				accept: 'text/html',
				cookie: `nara_session=${user.sessionToken}`,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ email: 'inbrott@example.se', name: 'Inbrott', role: 'admin' })
		});
		expect(res.status).toBe(403);
	});

	test('anonymous visitors are sent to sign in, and come back after', async () => {
		const page = await newPage();
		await page.goto('/konto');
		expect(pathOf(page)).toBe('/logga-in?till=/konto');
		await page.goto(admin);
		expect(pathOf(page)).toBe(`/logga-in?till=${encodeURIComponent(admin)}`);

		const password = 'ett långt lösenord för testet';
		const { actor } = await testUser(
			(await serverDatabase()).db,
			'admin',
			'17',
			undefined,
			password
		);
		await page.getByLabel('E-postadress').fill(actor.email);
		await page.getByLabel('Lösenord', { exact: true }).fill(password);
		await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe(admin);
		expect(await h1(page)).toBe('Personer och roller i Värmlands län');
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	test('an administrator adds a person, who sets a password from the link and signs in', async () => {
		const { page } = await signedInPage('admin', { javaScriptEnabled: false });
		await page.goto(admin);

		// nothing filled in: every field says what is wrong, linked from the summary
		await page.getByRole('button', { name: 'Lägg till personen' }).click();
		const summary = page.getByRole('alert');
		expect(await summary.locator('h2').innerText()).toBe('Kontot kunde inte skapas.');
		expect(await summary.getByRole('link').allInnerTexts()).toEqual([
			'Skriv din e-postadress.',
			'Skriv personens namn.',
			'Välj en roll: administratör, samordnare, redaktör, moderator eller läsare.'
		]);
		await expectAccessibleWithoutJs(page);
		await summary.getByRole('link', { name: 'Skriv personens namn.' }).click();
		expect(new URL(page.url()).hash).toBe('#name');

		// an editor without an organisation is refused; the values stay
		const email = `ny-${Date.now()}@example.se`;
		const name = 'Nina <b>Nyberg</b> 🌲';
		const form = page.locator('form[action="?/create"]');
		await form.getByLabel('E-postadress').fill(email);
		await form.getByLabel('Namn').fill(name);
		await form.getByLabel('Roll').selectOption('editor');
		await page.getByRole('button', { name: 'Lägg till personen' }).click();
		expect(await page.getByRole('alert').getByRole('link').allInnerTexts()).toEqual([
			'En redaktör ska höra till en organisation i länet.'
		]);
		expect(await form.getByLabel('E-postadress').inputValue()).toBe(email);
		expect(await form.getByLabel('Namn').inputValue()).toBe(name);

		await form.getByLabel('Organisation').selectOption({ label: 'Arvika kommun' });
		await page.getByRole('button', { name: 'Lägg till personen' }).click();
		const created = page.getByRole('region', { name: `Kontot för ${name} är skapat` });
		expect(await created.innerText()).toContain(`Skicka länken till ${name} (${email})`);
		const link = await created.locator('#password-link').innerText();
		expect(link).toMatch(
			new RegExp(`^${baseUrl().replace(/\./g, '\\.')}/konto/losenord/[A-Za-z0-9_-]{43}$`)
		);
		const row = page.locator('tbody tr', { hasText: email });
		expect(await row.locator('th').innerText()).toBe(name);
		expect(await row.innerText()).toContain('Redaktör, Arvika kommun');
		expect(await row.innerText()).toContain('Har inte valt lösenord än');
		await expectAccessibleWithoutJs(page);

		// the new person follows the link
		const person = await newPage({ javaScriptEnabled: false });
		await person.goto(link);
		expect(await h1(person)).toBe('Välj lösenord');
		const password = 'granarna susar i Arvika';
		await person.getByLabel('Nytt lösenord').fill(password);
		await person.getByLabel('Samma lösenord en gång till').fill(password);
		await person.getByRole('button', { name: 'Spara lösenordet' }).click();
		expect(pathOf(person)).toBe('/logga-in?losenord=satt');
		expect(await person.getByRole('status').innerText()).toContain('Ditt lösenord är sparat');
		await expectAccessibleWithoutJs(person);
		await person.getByLabel('E-postadress').fill(email);
		await person.getByLabel('Lösenord', { exact: true }).fill(password);
		await person.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
		expect(await person.getByRole('link', { name: `Konto: ${name}` }).count()).toBe(1);
		await person.context().close();

		await page.goto(admin);
		expect(await page.locator('tbody tr', { hasText: email }).innerText()).toContain(
			'Har valt lösenord'
		);
		await page.context().close();
	});

	test('an administrator gives a role and takes it back after confirming', async () => {
		const db = (await serverDatabase()).db;
		const { page } = await signedInPage('admin', { javaScriptEnabled: false });
		const other = await testUser(db, 'coordinator');
		await page.goto(admin);
		const row = () => page.locator('tbody tr', { hasText: other.actor.email });

		await row()
			.getByRole('link', { name: `Ge en roll till ${other.actor.name}` })
			.click();
		const grant = page.locator('form[action="?/grant"]');
		expect(await grant.getByLabel('Personens e-postadress').inputValue()).toBe(other.actor.email);
		await grant.getByLabel('Roll').selectOption('reader');
		await page.getByRole('button', { name: 'Ge rollen' }).click();
		expect(await page.getByRole('status').innerText()).toBe(
			`${other.actor.name} har fått rollen läsare.`
		);
		expect(await row().innerText()).toContain('Läsare');

		// removing asks first; "Nej" changes nothing
		await row()
			.getByRole('button', { name: `Ta bort rollen läsare från ${other.actor.name}` })
			.click();
		const confirm = page.getByRole('region', {
			name: `Ta bort rollen läsare från ${other.actor.name}?`
		});
		expect(await confirm.count()).toBe(1);
		await expectAccessibleWithoutJs(page);
		await confirm.getByRole('link', { name: 'Nej, avbryt' }).click();
		expect(await row().innerText()).toContain('Läsare');

		await row()
			.getByRole('button', { name: `Ta bort rollen läsare från ${other.actor.name}` })
			.click();
		await page.getByRole('button', { name: 'Ja, ta bort rollen' }).click();
		expect(await page.getByRole('status').innerText()).toBe(
			`Rollen läsare är borttagen för ${other.actor.name}.`
		);
		expect(await row().innerText()).not.toContain('Läsare');
		expect(await row().innerText()).toContain('Samordnare');

		// an e-mail nobody has
		await page.locator('#grantEmail').fill('ingen.alls@example.se');
		await page.locator('#grantRole').selectOption('reader');
		await page.getByRole('button', { name: 'Ge rollen' }).click();
		expect(await page.getByRole('alert').getByRole('link').allInnerTexts()).toEqual([
			'Det finns ingen i Nära med den e-postadressen. Lägg till personen i stället.'
		]);
		await page.context().close();
	});

	test('the last administrator of a county cannot be removed', async () => {
		// Jämtland: no one else in the tests is an administrator there
		const { page, user } = await signedInPage('admin', {
			countyCode: '23',
			javaScriptEnabled: false
		});
		await page.goto('/lan/jamtland/admin/anvandare');
		await page
			.getByRole('button', { name: `Ta bort rollen administratör från ${user.actor.name}` })
			.click();
		await page.getByRole('button', { name: 'Ja, ta bort rollen' }).click();
		const summary = page.getByRole('alert');
		expect(await summary.locator('h2').innerText()).toBe('Rollen kunde inte tas bort.');
		await summary.getByRole('link', { name: 'Länet måste ha minst en administratör.' }).click();
		expect(new URL(page.url()).hash).toMatch(/^#roll-\d+$/);
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	});

	test('a new password link for a person', async () => {
		const db = (await serverDatabase()).db;
		const { page } = await signedInPage('admin', { javaScriptEnabled: false });
		const other = await testUser(db, 'reader');
		await page.goto(admin);
		await page
			.locator('tbody tr', { hasText: other.actor.email })
			.getByRole('button', { name: `Ny lösenordslänk för ${other.actor.name}` })
			.click();
		const panel = page.getByRole('region', { name: `Ny lösenordslänk för ${other.actor.name}` });
		const link = await panel.locator('#password-link').innerText();
		const res = await fetch(link);
		expect(res.status).toBe(200);
		expect(await res.text()).toContain(`Kontot gäller ${other.actor.name} (${other.actor.email})`);
		await page.context().close();
	});
});

describe('API tokens and GET /api/me', () => {
	test('create a token, use it, see it used, revoke it', async () => {
		const db = (await serverDatabase()).db;
		const { page, user } = await signedInPage('editor');
		await page.goto('/konto');
		// the role is the person's own in the county, or a lower one; an editor's key is for their organisation
		expect(await page.getByLabel('Roll i Värmlands län').locator('option').allInnerTexts()).toEqual(
			[
				'Redaktör – sin organisations innehåll, t.ex. dess beslut',
				'Läsare – läsa det som är internt'
			]
		);
		expect(await page.getByLabel('Organisation').locator('option').allInnerTexts()).toEqual([
			'Ingen (bara redaktörers nycklar hör till en organisation)',
			'Arvika kommun'
		]);
		await page.getByLabel('Namn på nyckeln').fill('Uppföljning i Power BI');
		await page.getByRole('button', { name: 'Skapa nyckeln' }).click();
		const panel = page.getByRole('region', { name: 'Din nya API-nyckel ”Uppföljning i Power BI”' });
		expect(await panel.innerText()).toContain('Den visas bara den här gången');
		const token = await panel.locator('#new-token').innerText();
		expect(token).toMatch(/^nara_/);
		expect(await panel.innerText()).toContain(`Authorization: Bearer ${token}`);
		await expectAccessible(page);

		const me = await fetch(`${baseUrl()}/api/me`, {
			headers: { authorization: `Bearer ${token}` }
		});
		expect(me.status).toBe(200);
		expect(me.headers.get('content-type')).toContain('application/json');
		const body = await me.json();
		expect(Me.parse(body)).toEqual({
			name: user.actor.name,
			email: user.actor.email,
			via: 'token',
			roles: [
				{
					countyCode: '17',
					countyName: 'Värmlands län',
					role: 'editor',
					organisationId: await organisationId(db, 'Arvika kommun'),
					organisationName: 'Arvika kommun'
				}
			]
		});

		// the list shows it, used; the token itself is not on the page any more
		await page.goto('/konto');
		const row = page.locator('tbody tr', { hasText: 'Uppföljning i Power BI' });
		const cells = await row.locator('td').allInnerTexts();
		expect(cells.slice(0, 2)).toEqual(['Värmlands län', 'Redaktör']);
		expect(cells[3]).toMatch(/^\d{1,2} \p{L}+ \d{4} kl\. \d{2}:\d{2}$/u);
		expect(cells[4]).toBe('Nej, gäller');
		expect(await page.content()).not.toContain(token);

		await row.getByRole('button', { name: 'Återkalla nyckeln ”Uppföljning i Power BI”' }).click();
		expect(await page.getByRole('status').innerText()).toBe(
			'Nyckeln ”Uppföljning i Power BI” är återkallad. Den fungerar inte längre.'
		);
		expect(
			await page
				.locator('tbody tr', { hasText: 'Uppföljning i Power BI' })
				.locator('td')
				.nth(4)
				.innerText()
		).not.toBe('Nej, gäller');
		const after = await fetch(`${baseUrl()}/api/me`, {
			headers: { authorization: `Bearer ${token}` }
		});
		expect(after.status).toBe(401);
		expect(await after.json()).toEqual({
			error: { code: 'unauthorized', message: 'API-nyckeln är ogiltig eller återkallad.' }
		});
		await page.context().close();
	});

	test('a token cannot get a role the person does not have', async () => {
		const { page } = await signedInPage('reader', { javaScriptEnabled: false });
		await page.goto('/konto');
		// a forged form: the select offers only "reader"
		const res = await page.request.post('/konto?/createToken', {
			headers: { origin: baseUrl(), accept: 'text/html' },
			form: { countyCode: '17', name: 'Smuggel', role: 'admin' }
		});
		expect(res.status()).toBe(400);
		expect(await res.text()).toContain(
			'Du kan bara ge nyckeln en roll som du själv har i länet, eller en lägre (administratör, samordnare, redaktör, läsare).'
		);
		await page.context().close();
	});

	test('an administrator makes a key with a lower role: a reader, and an editor for an organisation they choose', async () => {
		const db = (await serverDatabase()).db;
		const { page } = await signedInPage('admin', { javaScriptEnabled: false });
		await page.goto('/konto');
		expect(await page.getByLabel('Roll i Värmlands län').locator('option').allInnerTexts()).toEqual(
			[
				'Administratör – allt i länet, också personer, roller och loggen',
				'Samordnare – länets gemensamma innehåll: målbild, färdplan, organ, beslut och tidslinje',
				'Redaktör – sin organisations innehåll, t.ex. dess beslut',
				'Moderator – granska invånarnas berättelser och svar innan de publiceras',
				'Läsare – läsa det som är internt'
			]
		);
		await page.getByLabel('Namn på nyckeln').fill('Läsnyckel');
		await page.getByLabel('Roll i Värmlands län').selectOption('reader');
		await page.getByRole('button', { name: 'Skapa nyckeln' }).click();
		const readerToken = await page
			.getByRole('region', { name: 'Din nya API-nyckel ”Läsnyckel”' })
			.locator('#new-token')
			.innerText();
		const asReader = await fetch(`${baseUrl()}/api/me`, {
			headers: { authorization: `Bearer ${readerToken}` }
		});
		expect((await asReader.json()).roles).toMatchObject([{ countyCode: '17', role: 'reader' }]);

		// an editor's key without an organisation is refused at the field
		await page.getByLabel('Namn på nyckeln').fill('Redaktörsnyckel');
		await page.getByLabel('Roll i Värmlands län').selectOption('editor');
		await page.getByRole('button', { name: 'Skapa nyckeln' }).click();
		expect(
			await page.getByText('Välj vilken organisations innehåll nyckeln ska redigera.').count()
		).toBeGreaterThan(0);
		await expectAccessibleWithoutJs(page);
		const kil = await organisationId(db, 'Kils kommun');
		await page.getByLabel('Organisation').selectOption(String(kil));
		await page.getByRole('button', { name: 'Skapa nyckeln' }).click();
		const editorToken = await page
			.getByRole('region', { name: 'Din nya API-nyckel ”Redaktörsnyckel”' })
			.locator('#new-token')
			.innerText();
		const asEditor = await fetch(`${baseUrl()}/api/me`, {
			headers: { authorization: `Bearer ${editorToken}` }
		});
		expect((await asEditor.json()).roles).toMatchObject([
			{ countyCode: '17', role: 'editor', organisationId: kil, organisationName: 'Kils kommun' }
		]);
		await page.context().close();
	});

	test('anonymous: 401 in the one error shape; a session works too', async () => {
		const anon = await fetch(`${baseUrl()}/api/me`);
		expect(anon.status).toBe(401);
		expect(anon.headers.get('www-authenticate')).toBe('Bearer');
		expect(await anon.json()).toEqual({
			error: {
				code: 'unauthorized',
				message:
					'Logga in, eller skicka en personlig API-nyckel i rubriken Authorization: Bearer <nyckel>.'
			}
		});
		const { user } = await signedInPage('coordinator');
		const me = await fetch(`${baseUrl()}/api/me`, {
			headers: { cookie: `nara_session=${user.sessionToken}` }
		});
		expect(await me.json()).toMatchObject({
			email: user.actor.email,
			via: 'session',
			roles: [{ countyCode: '17', role: 'coordinator' }]
		});
	});
});

test('signing out everywhere ends every session of the person', async () => {
	const { page, user } = await signedInPage('reader');
	const other = await createSession((await serverDatabase()).db, user.actor.userId, 'password');
	const asOther = () =>
		fetch(`${baseUrl()}/konto`, {
			redirect: 'manual',
			headers: { cookie: `nara_session=${other.token}` }
		});
	expect((await asOther()).status).toBe(200);
	await page.goto('/konto');
	await page.getByRole('button', { name: 'Logga ut överallt' }).click();
	await expect.poll(() => pathOf(page)).toBe('/logga-in');
	expect(await page.getByRole('link', { name: 'Logga in', exact: true }).count()).toBe(1);
	const res = await asOther();
	expect(res.status).toBe(303);
	expect(res.headers.get('location')).toBe('/logga-in?till=/konto');
	await page.context().close();
});
