import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { users } from '../src/lib/modules/accounts/tables.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { organisationId, testUser, type TestUser } from '../tests/kit/cast.ts';
import {
	baseUrl,
	newPage,
	serverDatabase,
	signedInPage,
	browserForFile
} from '../tests/kit/browser.ts';

/**
 * Hostile strings in every text field, and internal content kept from
 * anonymous visitors. Text from people is shown escaped on every page and in
 * the audit export; formula-like cells are neutralised in CSV; internal items
 * never reach public pages or API responses.
 */

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '"><img src=x onerror="window.__pwned=1">';
const FORMULA = '=HYPERLINK("http://elak.example","klicka")';
const EMOJI = 'Vård nära dig 👩‍⚕️🏥';
const RTL = 'مرحبا بالعالم – שלום';
const LONG = `Lång text ${'nära vård '.repeat(480)}`.trim();
const hostile = [SCRIPT, IMG, FORMULA, EMOJI, RTL];
const tag = Math.random().toString(36).slice(2, 7);

let coordinator: TestUser;
let admin: TestUser;

async function apiAs(person: TestUser, method: string, path: string, body: unknown) {
	const res = await fetch(`${baseUrl()}${path}`, {
		method,
		headers: {
			'content-type': 'application/json',
			origin: baseUrl(),
			cookie: `nara_session=${person.sessionToken}`
		},
		body: JSON.stringify(body)
	});
	const json = await res.json();
	expect(res.status, JSON.stringify(json).slice(0, 400)).toBeLessThan(300);
	return json;
}

browserForFile();
beforeAll(async () => {
	const db = (await serverDatabase()).db;
	coordinator = await testUser(db, 'coordinator');
	admin = await testUser(db, 'admin');
	const arvika = await organisationId(db, 'Arvika kommun');
	for (const [i, text] of hostile.entries()) {
		await apiAs(coordinator, 'POST', '/api/counties/17/timeline', {
			title: `${text} ${tag}`,
			body: `${text}\n\n${LONG}`,
			year: 2025,
			periodLabel: `${text}`.slice(0, 90),
			visibility: 'public'
		});
		await apiAs(coordinator, 'POST', '/api/counties/17/groups', {
			name: `${text} ${tag}`,
			level: 'county',
			composition: text,
			mandate: `${text} ${LONG}`,
			visibility: 'public'
		});
		await apiAs(coordinator, 'POST', '/api/counties/17/decisions', {
			organisationId: arvika,
			subject: 'other',
			title: `${text} ${tag}`,
			decidedOn: `2025-0${i + 1}-1${i}`,
			description: `${text} ${LONG}`,
			visibility: 'public'
		});
		await apiAs(coordinator, 'POST', '/api/counties/17/roadmap/items', {
			kind: 'milestone',
			title: `${text} ${tag}`,
			body: text,
			visibility: 'public'
		});
	}
	// a person whose name is a formula: their name starts a cell in the audit export
	const formulaPerson = await testUser(db, 'coordinator');
	await db.update(users).set({ name: FORMULA }).where(eq(users.id, formulaPerson.actor.userId));
	await apiAs(formulaPerson, 'POST', '/api/counties/17/timeline', {
		title: `Skrivet av en formel ${tag}`,
		year: 2025,
		visibility: 'public'
	});

	// internal items: never for anonymous visitors
	await apiAs(coordinator, 'POST', '/api/counties/17/timeline', {
		title: `Internt budgetmöte ${tag}`,
		body: 'Bara för länets folk.',
		year: 2025,
		visibility: 'internal'
	});
	await apiAs(coordinator, 'POST', '/api/counties/17/groups', {
		name: `Intern arbetsgrupp ${tag}`,
		level: 'county',
		composition: 'Några',
		mandate: 'Förbereder',
		visibility: 'internal'
	});
	await apiAs(coordinator, 'POST', '/api/counties/17/decisions', {
		organisationId: arvika,
		subject: 'other',
		title: `Internt beslut ${tag}`,
		decidedOn: '2025-11-11',
		description: 'Inte offentligt än.',
		visibility: 'internal'
	});
	await apiAs(coordinator, 'POST', '/api/counties/17/roadmap/items', {
		kind: 'milestone',
		title: `Intern milstolpe ${tag}`,
		body: 'Utkast.',
		visibility: 'internal'
	});
});

const pages = [
	'/lan/varmland/tidslinje',
	'/lan/varmland/organisation',
	'/lan/varmland/beslut',
	'/lan/varmland/fardplan'
];

async function expectEscaped(page: Page) {
	// nothing injected ran or was added to the page
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(await page.locator('main script').count()).toBe(0);
	const text = await page.locator('main').innerText();
	for (const h of hostile)
		expect(text, page.url()).toContain(h.trim().split('\n')[0]!.slice(0, 40));
}

describe('hostile strings are shown as text', () => {
	test.each(pages)('%s, for a visitor and for a coordinator', async (path) => {
		const anonymousPage = await newPage();
		await anonymousPage.goto(path);
		await expectEscaped(anonymousPage);
		await anonymousPage.context().close();
		const { page } = await signedInPage('coordinator');
		await page.goto(path);
		await expectEscaped(page);
		await page.context().close();
	});

	test('the audit log shows them escaped, and its CSV export neutralises formulas', async () => {
		const page = await newPage();
		await page.context().addCookies([
			{
				name: 'nara_session',
				value: admin.sessionToken,
				url: baseUrl(),
				httpOnly: true,
				sameSite: 'Lax'
			}
		]);
		await page.goto(`/lan/varmland/admin/logg?vem=${encodeURIComponent(coordinator.actor.email)}`);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.locator('main').innerText()).toContain(SCRIPT);
		await page.context().close();

		const res = await fetch(`${baseUrl()}/lan/varmland/admin/logg.csv`, {
			headers: { cookie: `nara_session=${admin.sessionToken}` }
		});
		expect(res.status).toBe(200);
		const bytes = new Uint8Array(await res.arrayBuffer());
		// UTF-8 with BOM, so Swedish Excel opens it with å, ä and ö intact
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const csv = new TextDecoder().decode(bytes);
		// every cell that would start a formula starts with ' instead
		const cells = csv.split(/;|\r\n/).map((c) => c.replace(/^"|"$/g, ''));
		expect(cells.filter((c) => /^[=+@\t\r]/.test(c))).toEqual([]);
		expect(csv).toContain(`'${FORMULA.replaceAll('"', '""')}`);
		expect(csv).toContain(EMOJI);
		expect(csv).toContain(RTL);
	});
});

describe('internal content', () => {
	const internal = [
		`Internt budgetmöte ${tag}`,
		`Intern arbetsgrupp ${tag}`,
		`Internt beslut ${tag}`,
		`Intern milstolpe ${tag}`
	];

	test('never appears in public pages', async () => {
		const page = await newPage();
		for (const path of pages) {
			await page.goto(path);
			const text = await page.locator('body').innerText();
			for (const title of internal) expect(text, path).not.toContain(title);
		}
		await page.context().close();
	});

	test('never appears in public API responses', async () => {
		for (const path of ['timeline', 'organisations', 'decisions', 'roadmap']) {
			const body = await (await fetch(`${baseUrl()}/api/counties/17/${path}`)).text();
			for (const title of internal) expect(body, path).not.toContain(title);
			expect(body).not.toContain('"visibility":"internal"');
		}
	});

	test('is shown to a reader of the county, marked as internal', async () => {
		const { page } = await signedInPage('reader');
		for (const [path, title] of [
			['/lan/varmland/tidslinje', internal[0]],
			['/lan/varmland/organisation', internal[1]],
			['/lan/varmland/beslut', internal[2]],
			['/lan/varmland/fardplan', internal[3]]
		] as const) {
			await page.goto(path);
			expect(await page.locator('main').innerText(), path).toContain(title);
		}
		const res = await fetch(`${baseUrl()}/api/counties/17/timeline`, {
			headers: {
				cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
			}
		});
		expect(await res.text()).toContain(internal[0]);
		await page.context().close();
	});

	test('is kept from a coordinator of another county', async () => {
		const { page } = await signedInPage('coordinator', { countyCode: '20' });
		await page.goto('/lan/varmland/tidslinje');
		expect(await page.locator('main').innerText()).not.toContain(internal[0]);
		await page.context().close();
	});
});
