import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
	baseUrl,
	expectAccessible,
	expectAccessibleWithoutJs,
	newPage,
	browserForFile
} from '../tests/kit/browser.ts';

/** The follow-up dashboards: real Kolada values, every chart with its table, accessible, without JavaScript too. */

browserForFile();

const OVERVIEW = '/lan/varmland/uppfoljning';
const INDICATOR = '/lan/varmland/uppfoljning/indikator/N20402';
const NEEDS = '/lan/varmland/uppfoljning/behovsbild';

const text = async (page: Page, selector = 'main') =>
	(await page.locator(selector).innerText()).replace(/\s+/g, ' ');

/** Every chart is an image with a label, and every figure section has its table. */
async function expectChartsWithTables(page: Page, minCharts: number): Promise<void> {
	const charts = page.locator('svg.chart-svg');
	expect(await charts.count()).toBeGreaterThanOrEqual(minCharts);
	for (const svg of await charts.all()) {
		expect(await svg.getAttribute('role')).toBe('img');
		expect((await svg.getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(20);
	}
	const sections = page.locator('section.figure');
	for (const section of await sections.all()) {
		expect(await section.locator('h2').count()).toBe(1);
		expect(await section.locator('table').count()).toBeGreaterThan(0);
		expect(await section.locator('.source').count()).toBeGreaterThan(0);
		for (const source of await section.locator('.source').all())
			expect(await source.innerText()).toMatch(/Källa|Mål/);
	}
}

describe('Följ omställningen', () => {
	test('the four focus shifts with SKR’s indicators, their values, periods and sources', async () => {
		const page = await newPage();
		const response = await page.goto(OVERVIEW);
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').innerText()).toBe('Följ omställningen');
		// the county's own indicators that follow no focus shift (the Dialogguide's) may come between
		// first the filters (municipalities, gender, years)
		const [filters, ...headings] = await page.locator('main h2').allInnerTexts();
		expect(filters).toBe('Urval');
		expect(headings.slice(0, 4)).toEqual([
			'Från organisation till person och relation',
			'Från passiva mottagare till aktiva medskapare',
			'Från reaktiva insatser till proaktivt och hälsofrämjande arbete',
			'Från isolerade insatser till samordning'
		]);
		expect(headings.at(-1)).toBe('Sök bland alla nyckeltal');
		expect(headings.slice(4, -1).every((h) => h.endsWith('övriga egna nyckeltal'))).toBe(true);
		const body = await text(page);
		expect(body).toContain('Ingen datakälla ännu');
		expect(body).toMatch(/Källa: Kolada/);
		// a row with a value names its year, its change and whether it is better or worse
		const withValue = page.locator('tbody tr', { has: page.locator('td.spark') });
		expect(await withValue.count()).toBeGreaterThan(0);
		expect(await text(page, 'tbody tr:has(td.spark) >> nth=0')).toMatch(
			/(Regionens värde|Beräknat i Nära ur kommunernas värden) (19|20)\d\d .*(Bättre|Sämre|Oförändrat|Ingen riktning|Kan inte jämföras)/
		);
		for (const svg of await page.locator('svg.chart-svg').all()) {
			expect(await svg.getAttribute('role')).toBe('img');
			expect(await svg.getAttribute('aria-label')).toMatch(/^Trend för /);
		}
		expect(await page.getByRole('link', { name: 'Uppföljning' }).getAttribute('aria-current')).toBe(
			'page'
		);
		await expectAccessible(page);
		await page.context().close();
	});

	test('the catalogue search finds an indicator by its Kolada id, without JavaScript', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(OVERVIEW);
		await page.getByLabel(/Sökord eller Kolada-id/).fill('N20402');
		await page.getByRole('button', { name: 'Sök' }).click();
		await expect.poll(() => page.url()).toContain('q=N20402');
		const hit = page.locator('.hits li').first();
		expect(await hit.innerText()).toContain('N20402');
		await hit.getByRole('link').click();
		await expect.poll(() => page.url()).toMatch(/\/indikator\/N20402$/);
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	});

	test('the search pages through every hit, 20 at a time, and says when a page is past the last', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(`${OVERVIEW}?q=andel`);
		const summary = await text(page, '#sok ~ p, .search p[aria-live]');
		const total = Number(/^([\d\s]+) nyckeltal matchar/.exec(summary)?.[1]?.replace(/\s/g, ''));
		expect(total).toBeGreaterThan(40);
		expect(summary).toContain(': 1–20 visas');
		const first = await page.locator('.hits li').allInnerTexts();
		expect(first).toHaveLength(20);
		await page.getByRole('link', { name: 'Nästa sida' }).click();
		await expect.poll(() => page.url()).toContain('sida=2');
		const second = await page.locator('.hits li').allInnerTexts();
		expect(second).toHaveLength(20);
		expect(second.some((h) => first.includes(h))).toBe(false);
		expect(await text(page, '.search p[aria-live]')).toContain(': 21–40 visas');
		expect(await page.getByRole('link', { name: 'Föregående sida' }).count()).toBe(1);
		await expectAccessibleWithoutJs(page);
		const last = Math.ceil(total / 20);
		await page.goto(`${OVERVIEW}?q=andel&sida=${last + 1}`);
		expect(await text(page, '.search p[aria-live]')).toContain(`Sidan ${last + 1} finns inte`);
		await page.getByRole('link', { name: 'Till första sidan' }).click();
		expect(await page.locator('.hits li').count()).toBe(20);
		await page.context().close();
	});
});

describe('an indicator: Värmland’s municipalities against the region and Riket', () => {
	test('line chart, ranking and map, each with its table, and Karlstad’s real value', async () => {
		const page = await newPage();
		const response = await page.goto(INDICATOR);
		expect(response?.status()).toBe(200);
		expect(await page.locator('main h2').allInnerTexts()).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^Utveckling \d{4}–2022$/),
				'Kommunerna rangordnade 2022',
				'Kommunerna på kartan 2022',
				'Värmlands län som helhet',
				'Mål och utfall'
			])
		);
		// seed/reference/kolada/kolada_values_nara_vard_1994-2022.csv: N20402,1780,kommun,2022,7212.5
		expect(await text(page, 'section:has(#karta) tbody tr:has-text("Karlstad")')).toContain(
			'7 212,5'
		);
		const trendRows = page.locator('section:has(#trend) .screen tbody tr');
		expect(await trendRows.count()).toBe(16 + 2);
		expect(await trendRows.nth(16).locator('th').innerText()).toBe('Värmlands län (regionen)');
		expect(await trendRows.nth(17).locator('th').innerText()).toBe('Riket');
		expect(await text(page, '.meta')).toMatch(/Källa: Kolada, \d{4}–2022/);
		await expectChartsWithTables(page, 3);
		await expectAccessible(page);
		await page.context().close();
	});

	test('an unknown indicator is a 404', async () => {
		const res = await fetch(`${baseUrl()}/lan/varmland/uppfoljning/indikator/X99999`);
		expect(res.status).toBe(404);
	});

	test('the CSV export has a BOM, a header and the real values', async () => {
		const res = await fetch(`${baseUrl()}${INDICATOR}.csv`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
		expect(lines[0]).toBe(
			'"Nyckeltal";"Namn";"Område-id";"Område";"Typ";"År";"Kön";"Värde";"Källa"'
		);
		expect(
			lines.some((l) =>
				/^"N20402";"[^"]+";"1780";"Karlstad[^"]*";"Kommun";2022;"Totalt";7212,5;"Kolada"$/.test(l)
			)
		).toBe(true);
	});

	test('the XLSX export has the same header and values', async () => {
		const res = await fetch(`${baseUrl()}${INDICATOR}.xlsx`);
		expect(res.status).toBe(200);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(await res.arrayBuffer());
		const sheet = book.getWorksheet('Värden')!;
		expect(sheet.getRow(1).values).toEqual([
			undefined,
			'Nyckeltal',
			'Namn',
			'Område-id',
			'Område',
			'Typ',
			'År',
			'Kön',
			'Värde',
			'Källa'
		]);
		const karlstad = sheet
			.getSheetValues()
			.find((r) => Array.isArray(r) && r[3] === '1780' && r[6] === 2022 && r[7] === 'Totalt');
		expect((karlstad as unknown[])[8]).toBe(7212.5);
	});
});

describe('Behovsbild', () => {
	test('population change by age group per municipality and the support ratio, with SCB via Kolada', async () => {
		const page = await newPage();
		const response = await page.goto(NEEDS);
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').innerText()).toBe('Behovsbild för Värmlands län');
		expect(await page.locator('main h2').allInnerTexts()).toEqual([
			'Personer 20–64 år per person 80 år och äldre',
			'Befolkningen 0–19 år',
			'Befolkningen 20–64 år',
			'Befolkningen 65 år och äldre',
			'Befolkningen 80 år och äldre'
		]);
		expect(await text(page)).toContain('Källa: SCB via Kolada');
		// one row per municipality in each age group's table
		expect(await page.locator('section:has(#grupp-80\\+) tbody tr').count()).toBe(16);
		await expectChartsWithTables(page, 5);
		await expectAccessible(page);
		await page.context().close();
	});
});

describe('with JavaScript turned off', () => {
	test.each([OVERVIEW, INDICATOR, NEEDS])('%s', async (path) => {
		const page = await newPage({ javaScriptEnabled: false });
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		expect(await page.locator('svg.chart-svg').count()).toBeGreaterThan(0);
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	});
});

describe('on a phone (375 px)', () => {
	test.each([OVERVIEW, INDICATOR, NEEDS])('%s does not scroll sideways', async (path) => {
		const page = await newPage({ viewport: { width: 375, height: 740 } });
		await page.goto(path);
		// wide tables scroll inside their own region (TableScroll), never the page
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
		await page.context().close();
	});
});
