import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { like, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { initiatives } from '../src/lib/modules/initiatives/tables.ts';
import type { TestUser } from '../tests/kit/cast.ts';
import { DCAT, DCT, parseRdfXml } from '../tests/kit/rdf.ts';
import {
	baseUrl,
	expectAccessible,
	expectAccessibleWithoutJs,
	serverDatabase,
	signedInPage,
	browserForFile
} from '../tests/kit/browser.ts';

/**
 * Importing and exporting the inventory against the built server: the
 * import page with JavaScript off (upload → preview → confirm), every bad
 * row on the preview, the template, the Swedish CSV and XLSX export with
 * å, ä and ö intact and formulas neutralised, the open data with ETag, the
 * DCAT catalogue read with an RDF parser, and the import API. Every page
 * is checked with axe. Titles carry a word of this run's own.
 */

browserForFile();

const IMPORT = '/lan/varmland/insatser/import';
const tag = () => `E2einsats${randomBytes(3).toString('hex')}`;

/** A file as Swedish Excel's "CSV UTF-8" saves it: BOM, semicolons, CRLF. */
function csvFile(rows: string[][]): Buffer {
	const header = ['Namn', 'Ansvarig organisation', 'Kommuner', 'Nivå', 'Fas', 'Synlighet'];
	const text = [header, ...rows]
		.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'))
		.join('\r\n');
	return Buffer.from(`\ufeff${text}\r\n`, 'utf8');
}

/** The same, as the body of an API request. */
const csvBody = (rows: string[][]): Uint8Array<ArrayBuffer> => new Uint8Array(csvFile(rows));

/** Posts a file to the import API as `person` (a CSV file unless `type` says otherwise). */
const postImport = (
	person: TestUser,
	body: BodyInit,
	{ query = '', type = 'text/csv' }: { query?: string; type?: string } = {}
) =>
	fetch(`${baseUrl()}/api/counties/17/initiatives/import${query}`, {
		method: 'POST',
		headers: {
			origin: baseUrl(),
			cookie: `nara_session=${person.sessionToken}`,
			'content-type': type
		},
		body
	});

async function count(word: string): Promise<number> {
	const { db } = await serverDatabase();
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(initiatives)
		.where(like(initiatives.title, `${word}%`));
	return row!.n;
}

async function upload(page: Page, name: string, buffer: Buffer) {
	await page.goto(IMPORT);
	await page.setInputFiles('#file', { name, mimeType: 'text/csv', buffer });
	await page.getByRole('button', { name: 'Förhandsgranska' }).click();
}

describe('the import page, with JavaScript off', () => {
	test('upload → preview → confirm writes every row; each page is accessible', async () => {
		const word = tag();
		const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
		const res = await page.goto(IMPORT);
		expect(res?.status()).toBe(200);
		expect(await page.locator('h1').innerText()).toBe('Läs in insatser från en fil');
		expect(await page.getByRole('link', { name: /Excel-fil/ }).getAttribute('href')).toBe(
			'/lan/varmland/insatser/mall.xlsx'
		);
		await expectAccessibleWithoutJs(page);

		await upload(
			page,
			'insatser.csv',
			csvFile([
				[`${word} Åtgärd för äldre i Årjäng`, 'Region Värmland', 'Årjäng', 'Lokal', 'Pilot', ''],
				[`${word} Öppen förskola i Säffle`, 'Säffle kommun', 'Säffle', 'lokal', 'i drift', ''],
				[`${word} Intern samordning`, 'Region Värmland', '', 'Länsövergripande', 'Idé', 'intern']
			])
		);
		await page.waitForURL(/\/lan\/varmland\/insatser\/import\/\d+$/);
		expect(await page.locator('h1').innerText()).toBe('Granska och bekräfta');
		expect(await page.locator('#file').innerText()).toBe(
			'insatser.csv: CSV, UTF-8 med BOM, semikolon mellan kolumnerna'
		);
		expect(await page.locator('#summary').innerText()).toContain(
			'3 insatser kommer att läsas in i Värmlands län. Ingenting är sparat ännu.'
		);
		const rows = await page.locator('section[aria-labelledby="sample"] tbody tr').allInnerTexts();
		expect(rows[0]).toBe(
			`2\t${word} Åtgärd för äldre i Årjäng\tRegion Värmland\tÅrjängs kommun\tLokal\tPilot`
		);
		expect(await count(word)).toBe(0);
		await expectAccessibleWithoutJs(page);

		await page.getByRole('button', { name: 'Läs in 3 insatser' }).click();
		// the rows are written by a background job; without JavaScript a button asks how far it is
		let watched = false;
		await expect
			.poll(
				async () => {
					const heading = await page.locator('h1').innerText();
					if (heading === 'Insatserna läses in') {
						if (!watched) await expectAccessibleWithoutJs(page);
						watched = true;
						await page.getByRole('button', { name: 'Visa förloppet nu' }).click();
						await page.waitForLoadState();
					}
					return heading;
				},
				{ timeout: 30_000, interval: 300 }
			)
			.toBe('Insatserna är inlästa');
		expect(await page.locator('#result').innerText()).toBe(
			'Läste in 3 insatser från insatser.csv.'
		);
		expect(await count(word)).toBe(3);
		await expectAccessibleWithoutJs(page);

		// a reload of the confirmation imports nothing more
		const again = await page.request.post(page.url(), {
			headers: { origin: baseUrl(), accept: 'text/html' },
			form: {},
			maxRedirects: 0
		});
		expect(again.status()).toBe(303);
		expect(await count(word)).toBe(3);
		await page.context().close();
	});

	test('with JavaScript the page follows the job by itself, without reloading', async () => {
		const word = tag();
		const { page } = await signedInPage('coordinator');
		await page.goto(IMPORT);
		await upload(
			page,
			'med-js.csv',
			csvFile([[`${word} Följd insats`, 'Region Värmland', 'Kil', 'Lokal', 'Pilot', '']])
		);
		await page.waitForURL(/\/import\/\d+$/);
		await page.getByRole('button', { name: 'Läs in 1 insats' }).click();
		await page.waitForURL(/\/import\/\d+$/);
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
		await expect
			.poll(() => page.locator('h1').innerText(), { timeout: 30_000 })
			.toBe('Insatserna är inlästa');
		// the same document: its data was fetched, the page was not loaded again
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
		expect(await page.getByRole('button', { name: 'Visa förloppet nu' }).count()).toBe(0);
		expect(await count(word)).toBe(1);
		await expectAccessible(page);
		await page.context().close();
	});

	test('a file with bad rows: every one listed with row, column, value and message; nothing to confirm', async () => {
		const word = tag();
		const { page } = await signedInPage('coordinator', { javaScriptEnabled: false });
		await upload(
			page,
			'fel.csv',
			csvFile([
				[`${word} Rätt rad`, 'Region Värmland', 'Kil', 'Lokal', 'Pilot', ''],
				[`${word} Fel kommun`, 'Region Värmland', 'Oslo', 'Lokal', 'Pilot', ''],
				[`${word} Fel fas`, 'Region Värmland', 'Kil', 'Lokal', 'Pågår', '']
			])
		);
		await page.waitForURL(/\/import\/\d+$/);
		expect(await page.locator('h1').innerText()).toBe('Filen behöver rättas');
		expect(await page.locator('#counts').innerText()).toBe(
			'3 rader: 1 rad utan fel, 2 rader med fel.'
		);
		expect(await page.getByRole('alert').innerText()).toContain(
			'2 fel i filen – ingenting kommer att läsas in'
		);
		const errors = await page.locator('section[aria-labelledby="errors"] tbody tr').allInnerTexts();
		expect(errors).toEqual([
			'3\tKommuner\tOslo\t"Oslo" är ingen kommun i Värmlands län. Skriv kommunens namn (t.ex. "Arvika") eller kommunkod (t.ex. 1784).',
			'4\tFas\tPågår\t"Pågår" går inte att läsa. Skriv Idé, Planering, Pilot, Spridning, I drift eller Avslutad.'
		]);
		expect(await page.getByRole('button', { name: /Läs in/ }).count()).toBe(0);
		await expectAccessibleWithoutJs(page);
		expect(await count(word)).toBe(0);
		await page.context().close();
	});

	test('an empty file is refused on the form, with the error summary linked to the field', async () => {
		const { page } = await signedInPage('editor', { javaScriptEnabled: false });
		await upload(page, 'tom.csv', Buffer.alloc(0));
		expect(new URL(page.url()).pathname).toBe(IMPORT);
		const summary = page.locator('.ds-error-summary');
		expect(await summary.innerText()).toContain(
			'Filen är tom. Välj en CSV- eller Excel-fil med insatser.'
		);
		expect(await summary.getByRole('link').getAttribute('href')).toBe('#file');
		expect(await page.locator('#own').innerText()).toContain('Arvika kommun');
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	});

	test('with JavaScript too, and a reader gets 403', async () => {
		const { page } = await signedInPage('coordinator');
		await page.goto(IMPORT);
		await expectAccessible(page);
		await page.context().close();
		const { page: reader } = await signedInPage('reader');
		expect((await reader.goto(IMPORT))?.status()).toBe(403);
		await reader.context().close();
	});
});

describe('template and export', () => {
	test('the template: CSV with a header and an example row, a workbook with the columns explained', async () => {
		const csv = await fetch(`${baseUrl()}/lan/varmland/insatser/mall.csv`);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const bytes = new Uint8Array(await csv.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		// TextDecoder drops the byte order mark
		const [header, example] = parse(new TextDecoder().decode(bytes), {
			delimiter: ';'
		}) as string[][];
		expect(header!.slice(0, 3)).toEqual(['Namn', 'Beskrivning', 'Ansvarig organisation']);
		expect(example![0]).toBe('Mobila team i hemsjukvården');

		const book = new ExcelJS.Workbook();
		await book.xlsx.load(
			await (await fetch(`${baseUrl()}/lan/varmland/insatser/mall.xlsx`)).arrayBuffer()
		);
		expect(book.worksheets.map((s) => s.name)).toEqual(['Insatser', 'Kolumner', 'Värden']);
		expect(book.getWorksheet('Kolumner')!.getRow(9).getCell(1).value).toBe('Fas');
		expect(String(book.getWorksheet('Kolumner')!.getRow(9).getCell(5).value)).toContain(
			'"I drift"'
		);
	});

	test('the filtered list as CSV and XLSX: Swedish characters intact, formulas neutralised, internal ones only for readers with a role', async () => {
		const word = tag();
		const { user } = await signedInPage('coordinator');
		const res = await postImport(
			user,
			csvBody([
				[`${word} Hälsoväxling i Årjäng`, 'Region Värmland', 'Årjäng', 'Lokal', 'Pilot', ''],
				[
					`${word} =HYPERLINK("https://x.exempel/";"klicka")`,
					'Region Värmland',
					'',
					'Lokal',
					'Idé',
					''
				],
				[`${word} Intern`, 'Region Värmland', '', 'Lokal', 'Idé', 'intern']
			])
		);
		expect(res.status, await res.clone().text()).toBe(201);

		const exportUrl = `${baseUrl()}/lan/varmland/insatser/export.csv?q=${word}&phase=pilot&phase=idea`;
		const asCoordinator = await fetch(exportUrl, {
			headers: { cookie: `nara_session=${user.sessionToken}` }
		});
		expect(asCoordinator.headers.get('content-disposition')).toMatch(
			/^attachment; filename="insatser-varmland-\d{4}-\d{2}-\d{2}\.csv"$/
		);
		const bytes = new Uint8Array(await asCoordinator.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parse(new TextDecoder().decode(bytes), {
			delimiter: ';'
		}) as string[][];
		const col = (name: string) => header!.indexOf(name);
		const titles = rows.map((r) => r[col('Namn')]).sort();
		expect(titles).toEqual(
			[
				`${word} Hälsoväxling i Årjäng`,
				`${word} Intern`,
				`${word} =HYPERLINK("https://x.exempel/";"klicka")`
			].sort()
		);
		const arjang = rows.find((r) => r[col('Namn')]!.includes('Årjäng'))!;
		expect(arjang[col('Kommuner')]).toBe('Årjängs kommun');
		expect(arjang[col('Fas')]).toBe('Pilot');
		expect(arjang[col('Synlighet')]).toBe('offentlig');

		const anonymous = parse(await (await fetch(exportUrl)).text(), {
			delimiter: ';'
		}) as string[][];
		expect(anonymous.slice(1).map((r) => r[col('Namn')])).not.toContain(`${word} Intern`);
		expect(anonymous).toHaveLength(3);

		const book = new ExcelJS.Workbook();
		await book.xlsx.load(
			await (
				await fetch(exportUrl.replace('export.csv', 'export.xlsx'), {
					headers: { cookie: `nara_session=${user.sessionToken}` }
				})
			).arrayBuffer()
		);
		const sheet = book.getWorksheet('Insatser')!;
		const names: string[] = [];
		sheet.eachRow((row, n) => {
			if (n > 1) names.push(String(row.getCell(col('Namn') + 1).value));
		});
		expect(names.sort()).toEqual(titles);
		expect(String(book.getWorksheet('Om filen')!.getRow(5).getCell(2).value)).toBe(word);

		// a title that begins with =, as a hostile one would: neutralised with a leading '
		const hostile = `=${word}+1`;
		const r2 = await postImport(
			user,
			csvBody([[hostile, 'Region Värmland', '', 'Lokal', 'Idé', '']])
		);
		expect(r2.status).toBe(201);
		const text = await (
			await fetch(`${baseUrl()}/lan/varmland/insatser/export.csv?q=${word}`)
		).text();
		expect(text).toContain(`"'=${word}+1"`);
	});
});

describe('open data', () => {
	test('CSV and JSON: public, not internal; stable English columns; ETag gives 304', async () => {
		const word = tag();
		const { user } = await signedInPage('coordinator');
		const res = await postImport(
			user,
			csvBody([
				[`${word} Öppen insats`, 'Region Värmland', 'Kil', 'Lokal', 'Pilot', ''],
				[`${word} Intern insats`, 'Region Värmland', 'Kil', 'Lokal', 'Pilot', 'intern']
			])
		);
		expect(res.status).toBe(201);

		const json = await fetch(`${baseUrl()}/oppna-data/insatser.json?lan=17`);
		expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
		const body = await json.json();
		expect(body).toMatchObject({
			license: 'http://creativecommons.org/publicdomain/zero/1.0/',
			county_code: '17',
			documentation: `${baseUrl()}/oppna-data`
		});
		const mine = body.items.filter((i: { title: string }) => i.title.startsWith(word));
		expect(mine).toHaveLength(1);
		expect(mine[0]).toMatchObject({
			title: `${word} Öppen insats`,
			county: 'Värmlands län',
			municipalities: ['Kils kommun'],
			municipality_codes: ['1715'],
			level: 'local',
			phase: 'pilot'
		});
		const etag = json.headers.get('etag')!;
		expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
		const unchanged = await fetch(`${baseUrl()}/oppna-data/insatser.json?lan=17`, {
			headers: { 'if-none-match': etag }
		});
		expect(unchanged.status).toBe(304);

		const csv = await (await fetch(`${baseUrl()}/oppna-data/insatser.csv`)).text();
		const [header, ...rows] = parse(csv, { delimiter: ';' }) as string[][];
		expect(header!.slice(0, 6)).toEqual([
			'id',
			'county_code',
			'county',
			'title',
			'description',
			'lead_organisation'
		]);
		const titles = rows.map((r) => r[3]);
		expect(titles).toContain(`${word} Öppen insats`);
		expect(titles).not.toContain(`${word} Intern insats`);

		expect((await fetch(`${baseUrl()}/oppna-data/insatser.json?lan=99`)).status).toBe(404);
	});

	test('the DCAT catalogue is RDF/XML with a dataset per county that has initiatives', async () => {
		const res = await fetch(`${baseUrl()}/datasets/dcat`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8');
		const g = await parseRdfXml(await res.text(), baseUrl());
		const [catalogue] = g.ofType(`${DCAT}Catalog`);
		expect(catalogue).toBe(`${baseUrl()}/datasets/dcat`);
		const datasets = g.objects(catalogue!, `${DCAT}dataset`).map((d) => d.value);
		expect(datasets).toContain(`${baseUrl()}/oppna-data/insatser?lan=17`);
		for (const d of datasets) {
			expect(g.objects(d, `${DCT}title`)).not.toEqual([]);
			expect(g.objects(d, `${DCAT}contactPoint`)).toHaveLength(1);
			// the inventory's: CSV and JSON; the Dialogguide's county aggregates: CSV, XLSX and JSON
			expect(g.objects(d, `${DCAT}distribution`)).toHaveLength(
				d.includes('/oppna-data/insatser') ? 2 : 3
			);
		}
	});

	test('the open data page is accessible and linked from every page', async () => {
		const { page } = await signedInPage('reader', { javaScriptEnabled: false });
		await page.goto('/');
		await page
			.getByRole('navigation', { name: 'Sidfot' })
			.getByRole('link', { name: 'Öppna data' })
			.click();
		expect(await page.locator('h1').innerText()).toBe('Öppna data');
		expect(await page.locator('main').innerText()).toContain('Värmlands län');
		await expectAccessibleWithoutJs(page);
		await page.context().close();
	});
});

describe('the import API', () => {
	test('dryRun previews; a bad file is 400 with every row; nothing is written unless all rows are valid', async () => {
		const word = tag();
		const { user } = await signedInPage('editor');
		const post = (body: Uint8Array<ArrayBuffer>, query = '') => postImport(user, body, { query });
		const good = csvBody([
			[`${word} Arvikas egen`, 'Arvika kommun', 'Arvika', 'Lokal', 'Pilot', '']
		]);
		const dry = await post(good, '?dryRun=true&fileName=arvika.csv');
		expect(dry.status).toBe(200);
		expect(await dry.json()).toMatchObject({
			status: 'preview',
			fileName: 'arvika.csv',
			rows: 1,
			validRows: 1,
			errors: [],
			sample: [{ row: 2, title: `${word} Arvikas egen`, lead: 'Arvika kommun', level: 'local' }],
			created: []
		});
		expect(await count(word)).toBe(0);

		const bad = await post(
			csvBody([
				[`${word} Arvikas andra`, 'Arvika kommun', 'Arvika', 'Lokal', 'Pilot', ''],
				[`${word} Regionens`, 'Region Värmland', '', 'Lokal', 'Pilot', '']
			])
		);
		expect(bad.status).toBe(400);
		expect(await bad.json()).toMatchObject({
			error: {
				code: 'invalid',
				message: '1 fel i filen: ingenting har lästs in. Rätta raderna och försök igen.',
				rows: [
					{
						row: 3,
						column: 'Ansvarig organisation',
						value: 'Region Värmland',
						message:
							'Du får bara läsa in insatser som din egen organisation leder, inte Region Värmlands.'
					}
				]
			},
			preview: { status: 'invalid', validRows: 1, invalidRows: 1 }
		});
		expect(await count(word)).toBe(0);

		const done = await post(good);
		expect(done.status).toBe(201);
		expect((await done.json()).created).toHaveLength(1);
		expect(await count(word)).toBe(1);

		const json = await postImport(user, '{}', { type: 'application/json' });
		expect(json.status).toBe(415);
	});
});
