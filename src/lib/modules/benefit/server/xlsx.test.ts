import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { validateScenario } from '../domain/schema.ts';
import { goldenB } from '../domain/test-scenarios.ts';
import { computeValidated } from './service.ts';
import { safeText, scenarioWorkbook } from './xlsx.ts';

describe('text that a spreadsheet could run as a formula', () => {
	test.each([
		['=HYPERLINK("http://evil.example","klicka")', `'=HYPERLINK("http://evil.example","klicka")`],
		['+46 54 123', "'+46 54 123"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tTab', "'\tTab"],
		['\rCR', "'\rCR"],
		['＝1+1', "'＝1+1"],
		['Fallskador 80+', 'Fallskador 80+'],
		['<script>alert(1)</script>', '<script>alert(1)</script>'],
		['Träning 💪 مرحبا', 'Träning 💪 مرحبا']
	])('%j → %j', (text, expected) => {
		expect(safeText(text)).toBe(expected);
	});
});

/** Made-up figures (golden scenario B) with hostile names, to see what the file holds. */
async function workbook() {
	const hostile = '=HYPERLINK("http://evil.example","klicka")';
	const scenario = goldenB();
	scenario.name = hostile;
	scenario.costs[0]!.name = '@SUM(1+1)';
	scenario.population.source = '-1+2 Angivet';
	const valid = validateScenario(scenario);
	if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
	const bytes = await scenarioWorkbook(
		{
			name: hostile,
			description: '+beskrivning "><img src=x onerror=alert(1)>',
			countyName: 'Värmlands län',
			version: 2,
			savedAt: '2025-03-01T10:00:00.000Z',
			municipalityNames: { '1780': 'Karlstads kommun' },
			url: 'http://localhost/lan/varmland/nyttokalkyl/1'
		},
		computeValidated(valid.value)
	);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes as unknown as ArrayBuffer);
	return book;
}

describe('the XLSX export', () => {
	test('has the sheets of a calculation, with numbers as numbers', async () => {
		const book = await workbook();
		expect(book.worksheets.map((s) => s.name)).toEqual([
			'Sammanfattning',
			'Indata',
			'Resultat per år',
			'Osäkerhet',
			'Känslighet',
			'Vinster utan kronor'
		]);
		const years = book.getWorksheet('Resultat per år')!;
		// Kommunen, year 1: 300 000 kr start-up, 25 events × 4 000 kr avoided
		expect(years.getRow(2).values).toEqual([
			undefined,
			'Kommunen',
			1,
			100,
			25,
			300_000,
			100_000,
			-200_000,
			-200_000,
			1,
			-200_000
		]);
		const inputs = book.getWorksheet('Indata')!;
		const population = inputs
			.getRows(2, inputs.rowCount - 1)!
			.find((r) => r.getCell(1).value === 'Befolkning i målgruppen')!;
		expect([
			population.getCell(3).value,
			population.getCell(4).value,
			population.getCell(5).value
		]).toEqual([100, 80, 120]);
		const mc = book.getWorksheet('Osäkerhet')!;
		const ahead = mc
			.getRows(2, mc.rowCount - 1)!
			.find(
				(r) =>
					r.getCell(1).value === 'Systemet som helhet' &&
					r.getCell(2).value === 'Sannolikhet att gå plus (nuvärde)'
			)!;
		expect(typeof ahead.getCell(3).value).toBe('number');
		expect(book.getWorksheet('Känslighet')!.rowCount).toBe(4);
	});

	test('no text cell can run as a formula: formula-like text gets a leading apostrophe', async () => {
		const book = await workbook();
		const texts: string[] = [];
		book.eachSheet((sheet) =>
			sheet.eachRow((row) =>
				row.eachCell((cell) => {
					expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
					if (typeof cell.value === 'string') texts.push(cell.value);
				})
			)
		);
		expect(texts).toContain(`'=HYPERLINK("http://evil.example","klicka")`);
		expect(texts).toContain(`'+beskrivning "><img src=x onerror=alert(1)>`);
		// text that only contains a formula character further in is left as it is
		expect(texts).toContain('Kostnad: @SUM(1+1) (Kommunen, per år, år 1–1)');
		expect(texts).toContain("'-1+2 Angivet");
		expect(texts.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
	});
});
