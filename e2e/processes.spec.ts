import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
	baseUrl,
	browserForFile,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	path,
	signedInPage
} from '../tests/kit/browser.ts';

/**
 * The county's processes in the browser: the coverage matrix and its gaps
 * for anyone (with JavaScript and without, at desktop and phone width), a
 * process's page, and a coordinator who adds a process and fills in its
 * coverage with JavaScript off. The seeded processes are only read; the
 * tests write to processes of their own, marked "(e2e …)".
 */

browserForFile();

const SEEDED = [
	'Psykisk hälsa barn och unga',
	'Minskade förflyttningar',
	'Levnadsvanor',
	'Fallprevention',
	'Gemensam plan för primärvård'
];
const AREAS = [
	'Proaktivt, hälsofrämjande och förebyggande arbete',
	'Personcentrerat förhållningssätt',
	'Överbrygga gränser och samordna resurser',
	'Digitala lösningar och välfärdsteknik'
];

const matrixRows = (page: Page) => page.locator('table.matrix tbody tr');
/** the areas the gap list names for a process */
async function gapsOf(page: Page, title: string): Promise<string[]> {
	const item = page.locator('.gap-list > li', {
		has: page.getByRole('link', { name: title, exact: true })
	});
	if ((await item.count()) === 0) return [];
	return item.locator('li').allInnerTexts();
}

async function expectMatrix(page: Page) {
	expect(await h1(page)).toBe('Processer i Värmlands län');
	const headers = await page.locator('table.matrix thead th').allInnerTexts();
	expect(headers.map((h) => h.trim())).toEqual(['Process', ...AREAS]);
	// Värmland's five come first (tests may have added their own after them)
	const titles = await matrixRows(page).locator('th a').allInnerTexts();
	expect(titles.slice(0, 5)).toEqual(SEEDED);
	const levnadsvanor = matrixRows(page).filter({ hasText: 'Levnadsvanor' });
	expect((await levnadsvanor.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual([
		'Beaktat',
		'Ej bedömt',
		'Ej bedömt',
		'Ej bedömt'
	]);
	expect(await levnadsvanor.locator('th').innerText()).toContain('Länsövergripande · Pågår');
	// the summary row counts every row shown
	const summary = await page.locator('table.matrix tfoot td').first().innerText();
	expect(summary).toMatch(/^0 av \d+\s+3 beaktat, \d+ inte beaktat än, \d+ ej bedömt$/);
	// no source says an area was not considered: the seeded areas are not assessed, not gaps
	for (const title of SEEDED) expect(await gapsOf(page, title)).toEqual([]);
	expect(await page.locator('#gap-count').innerText()).toMatch(
		/(har inte beaktats än\.|Inga luckor bland de bedömda områdena\.) \d+ områden är ännu inte bedömda\.$/
	);
	expect(await page.locator('.source', { hasText: '000_f8bc95be08be1486.txt' }).count()).toBe(1);
	// the four-area rule is Värmland's roadmap's, and says so with its source
	expect(await page.locator('main').innerText()).toContain(
		'Värmlands färdplan säger att varje process ska visa att de fyra utvecklingsområdena har beaktats och arbetats igenom.'
	);
	expect(
		await page
			.locator('.source', { hasText: 'Regeln om utvecklingsområdena står i' })
			.filter({ hasText: '001_ae9703054a45fcdc.txt' })
			.count()
	).toBe(1);
}

describe('the coverage matrix', () => {
	test('anyone sees Värmland’s processes, the state of each area in words, and the gaps', async () => {
		const page = await newPage();
		await page.goto('/lan/varmland');
		await page
			.getByRole('navigation', { name: 'Huvudmeny' })
			.getByRole('link', { name: 'Processer' })
			.click();
		await expect.poll(() => path(page)).toBe('/lan/varmland/processer');
		await expectMatrix(page);
		expect(await page.getByRole('link', { name: 'Ny process' }).count()).toBe(0);
		await expectAccessible(page);
		await page.context().close();
	});

	test('the same without JavaScript', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto('/lan/varmland/processer');
		await expectMatrix(page);
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	});

	test('on a phone the table scrolls sideways in a named region and the process stays in view', async () => {
		const page = await newPage({ viewport: { width: 375, height: 740 } });
		await page.goto('/lan/varmland/processer');
		const region = page.getByRole('region', { name: 'Utvecklingsområdena i processerna' });
		expect(await region.getAttribute('tabindex')).toBe('0');
		const { scrollWidth, clientWidth } = await region.evaluate((e) => ({
			scrollWidth: e.scrollWidth,
			clientWidth: e.clientWidth
		}));
		expect(scrollWidth).toBeGreaterThan(clientWidth);
		// the page itself does not scroll sideways
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			375
		);
		await region.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
		const first = matrixRows(page).first().locator('th');
		const box = await first.boundingBox();
		expect(box!.x).toBeLessThan(40);
		await expectAccessible(page);
		await page.context().close();
	});

	test('a county without processes says so', async () => {
		const page = await newPage();
		await page.goto('/lan/dalarna/processer');
		expect(await h1(page)).toBe('Processer i Dalarnas län');
		const text = await page.locator('main').innerText();
		expect(text).toContain('Inga processer är registrerade för Dalarnas län i Nära ännu.');
		// Värmland's roadmap's rule is not given as Dalarna's
		expect(text).not.toMatch(/färdplan(en)? säger/i);
		expect(await page.locator('.source', { hasText: '001_ae9703054a45fcdc.txt' }).count()).toBe(0);
		await expectAccessible(page);
		await page.context().close();
	});
});

test('a process’s page: goal, owner, participants, coverage per area with how and evidence, and its source', async () => {
	const page = await newPage();
	await page.goto('/lan/varmland/processer');
	await page.getByRole('link', { name: 'Fallprevention', exact: true }).first().click();
	await expect.poll(() => h1(page)).toBe('Fallprevention');
	const main = page.locator('main');
	const facts = await main.locator('dl.facts').innerText();
	expect(facts).toContain('Strategiska nätverk för hälso- och sjukvårdsledning');
	expect(facts).toContain('Fallprevention, Äldre');
	expect(await main.innerText()).toContain('Målet är inte beskrivet ännu.');
	const proactive = page.locator('#omrade-proactive');
	expect(await proactive.innerText()).toContain('Beaktat');
	expect(await proactive.innerText()).toContain('47-82 fallolyckor/1 000 invånare');
	expect(await proactive.innerText()).toContain('001_ae9703054a45fcdc.txt');
	expect(await page.locator('#omrade-digital').innerText()).toContain('Ej bedömt');
	expect((await page.locator('#utvecklingsomraden ~ p').first().innerText()).trim()).toBe(
		'3 områden är ännu inte bedömda.'
	);
	expect(await page.locator('#participants ~ ul li').count()).toBe(17);
	expect(await main.locator('.source', { hasText: '000_f8bc95be08be1486.txt' }).count()).toBe(1);
	// no editing or history for visitors
	expect(await page.getByRole('link', { name: /^Ändra/ }).count()).toBe(0);
	expect(await page.getByRole('link', { name: /^Historik/ }).count()).toBe(0);
	await expectAccessible(page);
	await page.context().close();
});

describe('with JavaScript off', () => {
	test('a coordinator adds a process, fills in an area it had not considered, and the gap leaves the list', async () => {
		const { page, user } = await signedInPage('coordinator', {
			javaScriptEnabled: false
		});
		const title = `Trygg hemgång i Fryksdalen (e2e ${Date.now()})`;
		await page.goto('/lan/varmland/processer');
		await page.getByRole('link', { name: 'Ny process' }).click();
		expect(await h1(page)).toBe('Ny process');
		await expectAccessibleWithoutJs(page);

		await page.getByLabel('Rubrik', { exact: true }).fill(title);
		await page.getByLabel('Nivå', { exact: true }).selectOption('subregional');
		await page
			.getByLabel('Mål (frivilligt)', { exact: true })
			.fill('Färre onödiga förflyttningar för äldre.');
		await page.getByRole('checkbox', { name: 'Minskade förflyttningar', exact: true }).check();
		await page.getByRole('checkbox', { name: 'Sunne kommun', exact: true }).check();
		await page.getByRole('checkbox', { name: 'Region Värmland', exact: true }).check();
		const proactive = page.locator('#omrade-proactive');
		// an area left alone is not assessed; bridging is assessed as not considered (no how needed)
		expect(
			await page
				.locator('#omrade-person_centred')
				.getByRole('radio', { name: 'Ej bedömt' })
				.isChecked()
		).toBe(true);
		await page.locator('#omrade-bridging').getByRole('radio', { name: 'Inte beaktat än' }).check();
		await proactive.getByRole('radio', { name: 'Genomarbetat' }).check();
		await page.getByRole('button', { name: 'Spara processen' }).click();

		// worked through but not said how: refused, nothing typed is lost
		const summary = page.locator('.ds-error-summary');
		expect(await summary.innerText()).toContain(
			'Beskriv hur processen har arbetat igenom proaktivt, hälsofrämjande och förebyggande arbete.'
		);
		await expectAccessibleWithoutJs(page);
		expect(await page.getByLabel('Rubrik', { exact: true }).inputValue()).toBe(title);
		expect(
			await page.getByRole('checkbox', { name: 'Sunne kommun', exact: true }).isChecked()
		).toBe(true);
		expect(await proactive.getByRole('radio', { name: 'Genomarbetat' }).isChecked()).toBe(true);
		await summary.getByRole('link').first().click();
		expect(new URL(page.url()).hash).toBe('#coverage.proactive.how');
		await proactive
			.getByLabel('Hur processen har beaktat området (frivilligt)')
			.fill('Hembesök inom ett dygn efter utskrivning.');
		await page.getByRole('button', { name: 'Spara processen' }).click();

		expect(path(page)).toMatch(/^\/lan\/varmland\/processer\/\d+$/);
		const id = path(page).split('/').at(-1)!;
		expect(await h1(page)).toBe(title);
		expect(await page.locator('#omrade-proactive').innerText()).toContain(
			'Hembesök inom ett dygn efter utskrivning.'
		);
		expect(await page.locator('#participants ~ ul').innerText()).toBe(
			'Region Värmland\nSunne kommun'
		);
		await expectAccessibleWithoutJs(page);

		await page.goto('/lan/varmland/processer');
		expect(await gapsOf(page, title)).toEqual([AREAS[2]]);

		// digital technology: from not assessed to considered, with the evidence
		await page.goto(`/lan/varmland/processer/${id}`);
		await page.getByRole('link', { name: `Ändra ${title}` }).click();
		expect(path(page)).toBe(`/lan/varmland/processer/${id}/redigera`);
		expect(await h1(page)).toBe('Ändra process');
		await expectAccessibleWithoutJs(page);
		const digital = page.locator('#omrade-digital');
		expect(await digital.getByRole('radio', { name: 'Ej bedömt' }).isChecked()).toBe(true);
		await digital.getByRole('radio', { name: 'Beaktat', exact: true }).check();
		await digital
			.getByLabel('Hur processen har beaktat området (frivilligt)')
			.fill('Trygghetskamera som val för den som vill.');
		await digital.getByLabel('Underlag (frivilligt)').fill('Beslut i styrgruppen 2025-02-11');
		await page.getByRole('button', { name: 'Spara ändringarna' }).click();

		expect(path(page)).toBe(`/lan/varmland/processer/${id}`);
		expect(await page.locator('#omrade-digital').innerText()).toContain(
			'Beslut i styrgruppen 2025-02-11'
		);
		await page.goto('/lan/varmland/processer');
		expect(await gapsOf(page, title)).toEqual([AREAS[2]]);
		const row = matrixRows(page).filter({ hasText: title });
		expect((await row.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual([
			'Genomarbetat',
			'Ej bedömt',
			'Inte beaktat än',
			'Beaktat'
		]);
		// the seeded processes are as they were
		expect(await gapsOf(page, 'Minskade förflyttningar')).toEqual([]);

		// the change is in the process's history
		await page.goto(`/lan/varmland/processer/${id}`);
		await page.getByRole('link', { name: `Historik för ${title}` }).click();
		expect(path(page)).toBe(`/lan/varmland/historik/process/${id}`);
		const history = await page.locator('main').innerText();
		expect(history).toContain(`${user.actor.name}`);
		expect(history).toContain('Digitala lösningar och välfärdsteknik: täckning:');
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	});
});

test('two coordinators save the same process: the second sees the conflict and keeps the typed text', async () => {
	const a = await signedInPage('coordinator');
	const b = await signedInPage('coordinator');
	const title = `Levnadsvanor i Värmlandsskolan (e2e ${Date.now()})`;
	const created = await fetch(`${baseUrl()}/api/counties/17/processes`, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			origin: baseUrl(),
			cookie: `nara_session=${a.user.sessionToken}`
		},
		body: JSON.stringify({ title, level: 'local', goalAreas: ['levnadsvanor'] })
	});
	expect(created.status).toBe(201);
	const { id } = (await created.json()) as { id: number };

	await a.page.goto(`/lan/varmland/processer/${id}/redigera`);
	await b.page.goto(`/lan/varmland/processer/${id}/redigera`);
	await expect.poll(() => h1(b.page)).toBe('Ändra process');
	await expectAccessible(b.page);

	await a.page.getByLabel('Status', { exact: true }).selectOption('paused');
	await a.page.getByRole('button', { name: 'Spara ändringarna' }).click();
	await expect.poll(() => path(a.page)).toBe(`/lan/varmland/processer/${id}`);

	const mine = 'Skolsköterskorna frågar om levnadsvanor vid hälsobesöken.';
	await b.page
		.locator('#omrade-proactive')
		.getByRole('radio', { name: 'Beaktat', exact: true })
		.check();
	await b.page
		.locator('#omrade-proactive')
		.getByLabel('Hur processen har beaktat området (frivilligt)')
		.fill(mine);
	await b.page.getByRole('button', { name: 'Spara ändringarna' }).click();
	const notice = b.page.getByRole('alert');
	await expect.poll(() => notice.count()).toBe(1);
	const text = await notice.innerText();
	expect(text).toContain('Någon annan har sparat en ändring av processen medan du redigerade.');
	expect(text).toContain(`Sparat av ${a.user.actor.name}`);
	expect(await notice.locator('tr', { hasText: 'Status' }).innerText()).toMatch(
		/^Status\s+\(skiljer sig\)\s+Pausad\s+Pågår$/
	);
	expect(
		await b.page
			.locator('#omrade-proactive')
			.getByLabel('Hur processen har beaktat området (frivilligt)')
			.inputValue()
	).toBe(mine);
	await expectAccessible(b.page);
	await b.page.getByRole('button', { name: 'Spara min version' }).click();
	await expect.poll(() => path(b.page)).toBe(`/lan/varmland/processer/${id}`);
	expect(await b.page.locator('#omrade-proactive').innerText()).toContain(mine);
	await a.page.context().close();
	await b.page.context().close();
});

test('the API: the processes with their coverage, the summary and the gaps; an ETag for the unchanged', async () => {
	const res = await fetch(`${baseUrl()}/api/counties/17/processes`);
	expect(res.status).toBe(200);
	const body = (await res.json()) as {
		countyCode: string;
		processes: { id: number; title: string; coverage: { area: string; state: string }[] }[];
		summary: { area: string; total: number }[];
		gaps: { processTitle: string; area: string }[];
		notAssessed: number;
	};
	expect(body.countyCode).toBe('17');
	expect(body.processes.slice(0, 5).map((p) => p.title)).toEqual(SEEDED);
	expect(body.processes[2]!.coverage.map((c) => `${c.area}:${c.state}`)).toEqual([
		'proactive:considered',
		'person_centred:not_assessed',
		'bridging:not_assessed',
		'digital:not_assessed'
	]);
	expect(body.summary.map((s) => s.total)).toEqual(Array(4).fill(body.processes.length));
	// the seeded processes have no gaps: their other 16 areas are not assessed
	expect(body.gaps.filter((g) => SEEDED.includes(g.processTitle))).toEqual([]);
	expect(body.notAssessed).toBeGreaterThanOrEqual(16);
	const again = await fetch(`${baseUrl()}/api/counties/17/processes`, {
		headers: { 'if-none-match': res.headers.get('etag')! }
	});
	expect(again.status).toBe(304);
	const one = await fetch(`${baseUrl()}/api/counties/17/processes/${body.processes[0]!.id}`);
	expect(await one.json()).toMatchObject({ title: SEEDED[0], revision: 1 });
	expect((await fetch(`${baseUrl()}/api/counties/17/processes/999999`)).status).toBe(404);
});

test('text from people is shown as text; an internal process stays with the county’s people', async () => {
	const { page: own, user } = await signedInPage('coordinator');
	await own.context().close();
	const tag = Date.now();
	const post = async (body: Record<string, unknown>) => {
		const res = await fetch(`${baseUrl()}/api/counties/17/processes`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				origin: baseUrl(),
				cookie: `nara_session=${user.sessionToken}`
			},
			body: JSON.stringify({ level: 'local', ...body })
		});
		expect(res.status).toBe(201);
		return (await res.json()) as { id: number };
	};
	const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=1"> (e2e ${tag})`;
	const open = await post({
		title: hostile,
		coverage: { digital: { state: 'considered', how: hostile, evidence: hostile } }
	});
	await post({ title: `Intern process (e2e ${tag})`, visibility: 'internal' });

	const visitor = await newPage();
	for (const url of ['/lan/varmland/processer', `/lan/varmland/processer/${open.id}`]) {
		await visitor.goto(url);
		expect(await visitor.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		const text = await visitor.locator('main').innerText();
		expect(text).toContain(hostile);
		expect(text).not.toContain(`Intern process (e2e ${tag})`);
	}
	const api = await (await fetch(`${baseUrl()}/api/counties/17/processes`)).text();
	expect(api).not.toContain(`Intern process (e2e ${tag})`);
	await visitor.context().close();

	const reader = await signedInPage('reader');
	await reader.page.goto('/lan/varmland/processer');
	const row = matrixRows(reader.page).filter({ hasText: `Intern process (e2e ${tag})` });
	expect(await row.locator('th').innerText()).toContain('Lokal · Pågår · Intern');
	await expectAccessible(reader.page);
	await reader.page.context().close();
});
