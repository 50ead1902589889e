import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FundsReport } from '../src/lib/modules/funds/schema.ts';
import { initiativeFunding, initiatives } from '../src/lib/modules/initiatives/tables.ts';
import type { Db } from '../src/lib/platform/db/client.ts';
import { organisationId } from '../tests/kit/cast.ts';
import {
	mainMenu,
	baseUrl,
	browserForFile,
	closeServerDatabase,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	path,
	serverDatabase
} from '../tests/kit/browser.ts';

/**
 * The account of the state agreement's funds on the built server, in
 * Blekinge (whose seed has no funding rows) and in years no other spec uses:
 * the year chosen with a GET form without JavaScript, sums in Swedish format,
 * the unknown amount as "uppgift saknas", an internal initiative hidden from
 * visitors; the XLSX parsed with exceljs (numbers are numbers); the JSON API.
 */

browserForFile();
afterAll(() => closeServerDatabase());

const TAG = `Medelsinsats${Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
const KNOWN = `${TAG} mobila team`;
const UNKNOWN = `${TAG} äldrelots`;
const INTERNAL = `${TAG} intern pilot`;
let db: Db;

async function initiative(
	title: string,
	lead: number,
	visibility: 'public' | 'internal',
	funding: { year: number; fundingSource: string; amountSek: number | null }[]
) {
	const [row] = await db
		.insert(initiatives)
		.values({
			countyCode: '10',
			title,
			leadOrganisationId: lead,
			level: 'local',
			phase: 'running',
			developmentAreas: ['digital'],
			visibility
		})
		.returning({ id: initiatives.id });
	await db.insert(initiativeFunding).values(funding.map((f) => ({ initiativeId: row!.id, ...f })));
}

beforeAll(async () => {
	db = (await serverDatabase()).db;
	const region = await organisationId(db, 'Region Blekinge');
	const karlskrona = await organisationId(db, 'Karlskrona kommun');
	await initiative(KNOWN, region, 'public', [
		{ year: 2031, fundingSource: 'Statliga stimulansmedel', amountSek: 1_234_567 },
		{ year: 2031, fundingSource: 'Egen budget', amountSek: 99 },
		{ year: 2032, fundingSource: 'Statliga stimulansmedel', amountSek: 500_000 }
	]);
	await initiative(UNKNOWN, karlskrona, 'public', [
		{ year: 2031, fundingSource: 'Stimulansmedel', amountSek: null }
	]);
	await initiative(INTERNAL, karlskrona, 'internal', [
		{ year: 2031, fundingSource: 'Statsbidrag', amountSek: 800_000 }
	]);
});

const SLOW = 240_000;

describe('the account of the agreement’s funds', () => {
	test.each([
		['1280 px', { width: 1280, height: 900 }],
		['375 px', { width: 375, height: 800 }]
	] as const)(
		'a visitor chooses a year without JavaScript (%s)',
		async (_, viewport) => {
			const page = await newPage({ javaScriptEnabled: false, viewport });
			await page.goto('/lan/blekinge/insatser');
			await (await mainMenu(page)).getByRole('link', { name: 'Statsbidrag' }).click();
			expect(path(page)).toBe('/lan/blekinge/statsbidrag');
			expect(await h1(page)).toBe('Överenskommelsens medel i Blekinge län');
			// the newest year with rows is shown first
			expect(await page.getByLabel('År').inputValue()).toBe('2032');
			expect(await page.locator('main').innerText()).toContain(
				'Socialstyrelsens blankett för redovisningen är inte offentlig'
			);
			await expectAccessibleWithoutJs(page);

			await page.getByLabel('År').selectOption('2031');
			await page.getByRole('button', { name: 'Visa året' }).click();
			expect(new URL(page.url()).searchParams.get('ar')).toBe('2031');
			const main = await page.locator('main').innerText();
			expect(main).toMatch(/Belopp\s+1\s234\s567 kr/);
			expect(main).not.toContain(INTERNAL);
			const organisations = page.getByRole('region', { name: 'Per ansvarig organisation' });
			expect(await organisations.locator('tbody tr').allInnerTexts()).toEqual([
				expect.stringMatching(/^Karlskrona kommun\s+uppgift saknas\s+1\s+1$/),
				expect.stringMatching(/^Region Blekinge\s+1\s234\s567 kr\s+1\s+0$/)
			]);
			const missing = page.getByRole('region', { name: 'Insatser där uppgifter saknas' });
			expect(await missing.locator('tbody tr').allInnerTexts()).toEqual([
				expect.stringMatching(
					new RegExp(`^${UNKNOWN}\\s+Karlskrona kommun\\s+Stimulansmedel\\s+uppgift saknas`)
				)
			]);
			await page.getByRole('link', { name: UNKNOWN }).first().click();
			expect(path(page)).toMatch(/^\/lan\/blekinge\/insatser\/\d+$/);
			await page.goBack();
			expect(await page.locator('main .source').count()).toBe(5);
			expect(await page.locator('main .source').first().innerText()).toMatch(
				/^Källa: Blekinge läns inventering i Nära: insatsernas finansieringsrader, år 2031, senast ändrad \d+ \p{L}+ \d{4}\.$/u
			);
			await expectAccessibleWithoutJs(page);
			await page.context().close();
		},
		SLOW
	);

	test('a year that is not a year gets a clear message and the newest year', async () => {
		const page = await newPage();
		await page.goto('/lan/blekinge/statsbidrag?ar=tjugo');
		expect(await page.getByRole('alert').innerText()).toBe(
			'Skriv året som ett årtal, t.ex. 2024. Visar 2032.'
		);
		await expectAccessible(page);
		await page.context().close();
	});

	test('the XLSX downloads from the page and holds numbers as numbers', async () => {
		const page = await newPage();
		await page.goto('/lan/blekinge/statsbidrag?ar=2031');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /som Excel-fil \(XLSX\)/ }).click()
		]);
		expect(download.suggestedFilename()).toBe('statsbidrag-blekinge-2031.xlsx');
		const book = new ExcelJS.Workbook();
		await book.xlsx.readFile((await download.path())!);
		expect(book.worksheets.map((s) => s.name)).toEqual([
			'Insatser',
			'Per organisation',
			'Per utvecklingsområde',
			'Saknar uppgifter',
			'Om filen'
		]);
		const rows = book.getWorksheet('Insatser')!.getSheetValues().slice(2) as unknown[][];
		const known = rows.find((r) => r[2] === KNOWN)!;
		expect(known[1]).toBe(2031);
		expect(known[5]).toBe(1_234_567);
		expect(typeof known[5]).toBe('number');
		expect(rows.find((r) => r[2] === UNKNOWN)![5]).toBe('uppgift saknas');
		expect(rows.some((r) => r[2] === INTERNAL)).toBe(false);
		const perOrganisation = book.getWorksheet('Per organisation')!;
		expect(perOrganisation.getCell('C3').value).toBe(1_234_567);
		expect(perOrganisation.getCell('C3').numFmt).toBe('#,##0');
		expect(book.getWorksheet('Saknar uppgifter')!.getCell('B2').value).toBe(UNKNOWN);
		await page.context().close();
	});

	test('the JSON API answers as the OpenAPI document says', async () => {
		const res = await fetch(`${baseUrl()}/api/counties/10/funds?year=2031`);
		expect(res.status).toBe(200);
		const body = FundsReport.parse(await res.json());
		expect(body.total).toEqual({ amountSek: 1_234_567, initiatives: 2, rowsWithoutAmount: 1 });
		expect(body.missing.map((m) => m.title)).toEqual([UNKNOWN]);
		const bad = await fetch(`${baseUrl()}/api/counties/10/funds?year=tjugo`);
		expect(bad.status).toBe(400);
		expect(await bad.json()).toMatchObject({
			error: { fields: { year: ['Skriv året som ett årtal, t.ex. 2024.'] } }
		});
	});
});
