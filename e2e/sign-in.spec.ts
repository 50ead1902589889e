import { expect, test } from 'vitest';
import { testUser } from '../tests/kit/cast.ts';
import {
	expectAccessible,
	expectAccessibleWithoutJs,
	newPage,
	serverDatabase,
	browserForFile
} from '../tests/kit/browser.ts';

/** Signing in and out with a local account, with JavaScript off, as the issue asks. */

const PASSWORD = 'ett långt lösenord för test';
browserForFile();

test('the sign-in page passes axe', async () => {
	const page = await newPage();
	await page.goto('/logga-in');
	expect(await page.locator('h1').innerText()).toBe('Logga in');
	await expectAccessible(page);
	await page.context().close();
});

test('sign in and out without JavaScript; mistakes are listed and linked to the field', async () => {
	const person = await testUser(
		(await serverDatabase()).db,
		'coordinator',
		'17',
		'Arvika kommun',
		PASSWORD
	);
	const page = await newPage({ javaScriptEnabled: false });
	await page.goto('/lan/varmland/tidslinje');
	await page.getByRole('link', { name: 'Logga in' }).click();
	expect(new URL(page.url()).pathname).toBe('/logga-in');

	await page.getByLabel('E-postadress', { exact: true }).fill(person.actor.email);
	await page.getByLabel('Lösenord', { exact: true }).fill('inte rätt lösenord');
	await page.getByRole('button', { name: 'Logga in', exact: true }).click();
	const summary = page.getByRole('alert');
	expect(await summary.innerText()).toContain('Fel e-postadress eller lösenord.');
	expect(await page.getByLabel('E-postadress', { exact: true }).inputValue()).toBe(
		person.actor.email
	);
	await expectAccessibleWithoutJs(page);

	await page.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Logga in', exact: true }).click();
	// back where the person came from, signed in
	expect(new URL(page.url()).pathname).toBe('/lan/varmland/tidslinje');
	expect(await page.getByRole('link', { name: `Konto: ${person.actor.name}` }).count()).toBe(1);
	const cookie = (await page.context().cookies()).find((c) => c.name === 'nara_session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
	// a coordinator may add events
	expect(await page.getByRole('link', { name: 'Ny händelse' }).count()).toBe(1);

	await page.getByRole('button', { name: 'Logga ut' }).click();
	expect(new URL(page.url()).pathname).toBe('/');
	expect(await page.getByRole('link', { name: 'Logga in' }).count()).toBe(1);
	await page.context().close();
});

test('the tenth wrong password in a minute is refused with a clear message', async () => {
	const person = await testUser(
		(await serverDatabase()).db,
		'reader',
		'17',
		'Arvika kommun',
		PASSWORD
	);
	const page = await newPage({ javaScriptEnabled: false });
	await page.goto('/logga-in');
	for (let i = 1; i <= 10; i++) {
		await page.getByLabel('E-postadress', { exact: true }).fill(person.actor.email);
		await page.getByLabel('Lösenord', { exact: true }).fill(`fel lösenord ${i}`);
		await page.getByRole('button', { name: 'Logga in', exact: true }).click();
	}
	expect(await page.getByRole('alert').innerText()).toContain(
		'För många misslyckade inloggningsförsök. Vänta en minut och försök sedan igen.'
	);
	await page.context().close();
});
