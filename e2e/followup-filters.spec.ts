import { and, eq, inArray } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { indicators, measurements } from '../src/lib/modules/followup/tables.ts';
import {
	baseUrl,
	browserForFile,
	expectAccessible,
	newPage,
	serverDatabase
} from '../tests/kit/browser.ts';

/**
 * The follow-up's filters and sortable tables (issue 18, item 5), on the
 * built server: municipalities, women / men / total and years in the
 * address, surviving a reload and a shared link, followed by the tables and
 * the downloads; bad values named in Swedish, never an error page; tables
 * sorted by links without JavaScript and in place with it, aria-sort kept.
 * Women's values are given to Gävleborg's N20402 here (the seed holds totals
 * only, Kolada's import brings the rest), in a county no other spec reads.
 */

browserForFile();

const OVERVIEW = '/lan/varmland/uppfoljning';
const INDICATOR = '/lan/varmland/uppfoljning/indikator/N20402';
const GAVLEBORG = '/lan/gavleborg/uppfoljning/indikator/N20402';
const swedish = new Intl.Collator('sv');

beforeAll(async () => {
	const { db } = await serverDatabase();
	const [kpi] = await db
		.select({ id: indicators.id })
		.from(indicators)
		.where(eq(indicators.koladaId, 'N20402'));
	const women = [
		{ areaId: '2180', value: 7001.5 },
		{ areaId: '2181', value: 6502.25 }
	];
	await db
		.delete(measurements)
		.where(
			and(
				eq(measurements.indicatorId, kpi!.id),
				eq(measurements.gender, 'K'),
				inArray(measurements.areaId, ['2180', '2181'])
			)
		);
	await db.insert(measurements).values(
		women.map((w) => ({
			indicatorId: kpi!.id,
			areaId: w.areaId,
			period: 2022,
			gender: 'K',
			value: w.value,
			source: 'Kolada'
		}))
	);
});

/** The texts of a table's first cells (the row headers), by the table's heading id. */
const rowNames = (page: Page, heading: string) =>
	page.locator(`[aria-labelledby="${heading}"] tbody tr th[scope="row"]`).allInnerTexts();

describe('filters', () => {
	test('chosen in the form, they are in the address and survive a reload', async () => {
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(INDICATOR);
		await page.getByText('Kommuner: alla 16 kommuner').click();
		await page.getByLabel('Karlstad').check();
		await page.getByLabel('Arvika').check();
		await page.getByLabel('Från år').fill('2015');
		await page.getByLabel('Till år').fill('2020');
		await page.getByRole('button', { name: 'Visa' }).click();
		await page.waitForURL(/fran=2015/);
		const url = new URL(page.url());
		expect(url.searchParams.getAll('kommun').sort()).toEqual(['1780', '1784']);
		expect(url.searchParams.get('till')).toBe('2020');
		for (const reload of [false, true]) {
			if (reload) await page.reload();
			expect(await page.locator('p.chosen').innerText()).toBe(
				'Visar: Arvika och Karlstad; 2015–2020.'
			);
			expect(await page.getByLabel('Karlstad').isChecked()).toBe(true);
			expect(await page.getByLabel('Från år').inputValue()).toBe('2015');
			const years = await page.locator('section:has(#trend) .screen thead th.num').allInnerTexts();
			expect(years).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
			expect(await rowNames(page, 'trend-table')).toEqual([
				'Arvika',
				'Karlstad',
				'Värmlands län (regionen)',
				'Riket'
			]);
		}
		await expectAccessible(page);
		await page.context().close();
	});

	test('the downloads linked from a filtered page hold what it shows', async () => {
		const query = 'kommun=1780&fran=2021&till=2022';
		const page = await newPage();
		await page.goto(`${INDICATOR}?${query}`);
		const csvHref = await page.locator('a[href*="N20402.csv"]').getAttribute('href');
		expect(csvHref).toBe(`${INDICATOR}.csv?${query}`);
		expect(await page.locator(`a[href="${INDICATOR}/diagram/trend.svg?${query}"]`).count()).toBe(1);
		expect(await page.locator(`a[href="${INDICATOR}.pdf?${query}"]`).count()).toBe(1);
		await page.context().close();
		const csv = await (await fetch(`${baseUrl()}${csvHref}`)).text();
		const lines = csv.trim().split(/\r?\n/).slice(1);
		// Karlstad, the region and Riket, two years each, totals only (as seeded)
		expect(lines.map((l) => l.split(';').slice(2, 6).join(';'))).toEqual([
			'"1780";"Karlstad";"Kommun";2021',
			'"1780";"Karlstad";"Kommun";2022',
			'"0017";"Värmlands län (regionen)";"Region";2021',
			'"0017";"Värmlands län (regionen)";"Region";2022',
			'"0000";"Riket";"Riket";2021',
			'"0000";"Riket";"Riket";2022'
		]);
	});

	test('women chosen: their values in the ranking, with the word in the heading', async () => {
		const page = await newPage();
		await page.goto(`${GAVLEBORG}?kon=kvinnor`);
		expect(await page.locator('#ranking').innerText()).toBe('Kommunerna rangordnade 2022, kvinnor');
		const rows = await page
			.locator('[aria-labelledby="ranking-table"] tbody tr:not(.reference)')
			.allInnerTexts();
		expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
			// fewer falls is better: Sandviken first; one decimal, as Kolada publishes
			'1 Sandviken 6 502,3',
			'2 Gävle 7 001,5'
		]);
		await page.goto(`${GAVLEBORG}?kon=man`);
		expect(await page.locator('main').innerText()).toContain(
			'Det finns inga värden för urvalet för det här nyckeltalet i Nära.'
		);
		await page.context().close();
	});

	test('one municipality on the overview: its own value, said so', async () => {
		const page = await newPage();
		await page.goto(`${OVERVIEW}?kommun=1780`);
		expect(await page.locator('p.chosen').innerText()).toBe('Visar: Karlstad.');
		const basis = await page.locator('td .basis').allInnerTexts();
		expect(basis.length).toBeGreaterThan(0);
		expect(new Set(basis.filter((b) => /värde/.test(b)))).toEqual(new Set(['Kommunens värde']));
		// the links to the indicators keep the filter
		expect(await page.locator('a[href$="/indikator/U20462?kommun=1780"]').count()).toBeGreaterThan(
			0
		);
		await page.context().close();
	});

	test('bad values are named in Swedish and left out; the rest holds, never an error page', async () => {
		const page = await newPage();
		const res = await page.goto(`${INDICATOR}?kommun=9999&kon=alla&fran=tjugo&till=2020`);
		expect(res?.status()).toBe(200);
		const summary = page.locator('.ds-error-summary');
		expect(await summary.locator('li').allInnerTexts()).toEqual([
			'Kommuner: välj bland länets kommuner (en eller flera kommuner finns inte i länet).',
			'Kön: välj totalt, kvinnor eller män.',
			'Från år: skriv ett årtal med fyra siffror, t.ex. 2015.'
		]);
		expect(await page.locator('p.chosen').innerText()).toBe('Visar: till 2020.');
		const years = await page.locator('section:has(#trend) .screen thead th.num').allInnerTexts();
		expect(years.at(-1)).toBe('2020');
		await expectAccessible(page);
		const bad = await page.goto(`${OVERVIEW}?sortera=<script>&fran=2050&till=2040`);
		expect(bad?.status()).toBe(200);
		expect(await page.locator('main').innerText()).toContain(
			'Tabellen kan inte sorteras efter "<script>"'
		);
		expect(await page.locator('.ds-error-summary li').allInnerTexts()).toEqual([
			'Till år: 2040 är före från år 2050; åren har bytt plats.'
		]);
		await page.context().close();
	});
});

/** The indicator names of the overview's first table, in the order shown. */
const overviewNames = async (page: Page) =>
	(
		await page.locator('[aria-labelledby="skift-person"] tbody tr th[scope="row"]').allInnerTexts()
	).map((t) => t.split('\n')[0]!.trim());
const sortedSv = (names: string[], order: 1 | -1) =>
	[...names].sort((a, b) => order * swedish.compare(a, b));

describe('sortable tables', () => {
	test('without JavaScript: the column header is a link that sorts, aria-sort says how', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(`${OVERVIEW}?kommun=1780`);
		const before = await overviewNames(page);
		const header = page.locator('[aria-labelledby="skift-person"] thead th').first();
		expect(await header.getAttribute('aria-sort')).toBeNull();
		await header.getByRole('link').click();
		await page.waitForURL(/sortera=indikator/);
		expect(new URL(page.url()).search).toBe('?kommun=1780&sortera=indikator&ordning=stigande');
		expect(await overviewNames(page)).toEqual(sortedSv(before, 1));
		expect(await header.getAttribute('aria-sort')).toBe('ascending');
		await header.getByRole('link').click();
		await page.waitForURL(/ordning=fallande/);
		expect(await overviewNames(page)).toEqual(sortedSv(before, -1));
		expect(await header.getAttribute('aria-sort')).toBe('descending');
		// the filter form keeps the sort
		expect(await page.locator('input[type="hidden"][name="sortera"]').first().inputValue()).toBe(
			'indikator'
		);
		await page.context().close();
	});

	test('with JavaScript: sorted in place, the address follows, a reload keeps it', async () => {
		const page = await newPage();
		await page.goto(INDICATOR);
		// the page's script must have taken over the table before the click (a busy machine is slow)
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		const value = page.locator('[aria-labelledby="ranking-table"] thead th').nth(2);
		const name = page.locator('[aria-labelledby="ranking-table"] thead th').nth(1);
		await name.getByRole('link').click();
		await expect.poll(() => page.url()).toContain('sortera=kommun&ordning=stigande');
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
			true
		);
		expect(await name.getAttribute('aria-sort')).toBe('ascending');
		expect(await value.getAttribute('aria-sort')).toBeNull();
		const ranked = async () =>
			(
				await page
					.locator('[aria-labelledby="ranking-table"] tbody tr:not(.reference) th')
					.allInnerTexts()
			).map((s) => s.trim());
		const byName = await ranked();
		expect(byName).toEqual(sortedSv(byName, 1));
		await name.getByRole('link').click();
		await expect.poll(() => name.getAttribute('aria-sort')).toBe('descending');
		expect(await ranked()).toEqual(sortedSv(byName, -1));
		await page.reload();
		expect(new URL(page.url()).searchParams.get('ordning')).toBe('fallande');
		expect(await name.getAttribute('aria-sort')).toBe('descending');
		expect(await ranked()).toEqual(sortedSv(byName, -1));
		await page.context().close();
	});
});

describe('accessible with filters and sorting', () => {
	test.each([
		[1280, `${OVERVIEW}?kommun=1780&kommun=1784&kon=kvinnor&sortera=varde&ordning=fallande`],
		[375, `${OVERVIEW}?kommun=1780&kommun=1784&kon=kvinnor&sortera=varde&ordning=fallande`],
		[1280, `${INDICATOR}?kommun=1780&kommun=1784&fran=2010&sortera=varde`],
		[375, `${INDICATOR}?kommun=1780&kommun=1784&fran=2010&sortera=varde`]
	])('at %i px: %s', async (width, path) => {
		const page = await newPage({ viewport: { width, height: 900 } });
		await page.goto(path);
		await page.locator('main summary').first().click();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
		await expectAccessible(page);
		await page.context().close();
	});
});
