import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../paths.ts';
import { decodeText } from './decode.ts';
import { detectDelimiter, readTable, UnreadableFileError } from './table.ts';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(path.join(projectRoot(), 'tests', 'imports', 'fixtures', name)));

describe('decodeText', () => {
	test.each([
		['UTF-8', new TextEncoder().encode('år;kön'), 'utf-8', 'år;kön'],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa5, 0x72]), 'utf-8-bom', 'år'],
		[
			'Windows-1252',
			new Uint8Array([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6]),
			'windows-1252',
			'åäöÅÄÖ'
		],
		[
			'Windows-1252 beyond Latin-1',
			new Uint8Array([0x96, 0x20, 0x80, 0x20, 0x94, 0x85]),
			'windows-1252',
			'– € ”…'
		],
		['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0xe5, 0x00, 0x72, 0x00]), 'utf-16le', 'år'],
		['plain ASCII', new TextEncoder().encode('kpi,area'), 'utf-8', 'kpi,area']
	])('%s', (_, bytes, encoding, text) => {
		expect(decodeText(bytes)).toEqual({ encoding, text });
	});
});

describe('detectDelimiter', () => {
	test.each([
		['kpi;area;period;value', ';'],
		['kpi,area,period,value', ','],
		['kpi\tarea\tperiod', '\t'],
		['"a;b",c,d', ','],
		['kpi;"Område, id";period', ';'],
		['kpi', ','],
		['kpi;area\n1,2,3,4,5', ';']
	])('%j → %j', (text, delimiter) => {
		expect(detectDelimiter(text)).toBe(delimiter);
	});
});

describe('readTable: files as people save them', () => {
	test('UTF-8 without BOM, commas', async () => {
		const t = await readTable(fixture('utf8.csv'));
		expect(t).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',' });
		expect(t.header).toEqual({ row: 1, cells: ['nyckeltal', 'område', 'år', 'kön', 'värde'] });
		expect(t.rows.map((r) => r.cells)).toEqual([
			['N20402', '1715', '2022', 'T', '6395.3'],
			['N20402', '1730', '2022', 'T', '4477.6'],
			['N20402', '1780', '2022', 'T', '7212.5'],
			['N20402', '1737', '2022', 'T', '']
		]);
	});

	test('UTF-8 with BOM, semicolons, CRLF: the BOM is not part of the first header', async () => {
		const t = await readTable(fixture('utf8-bom.csv'));
		expect(t).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';' });
		expect(t.header.cells).toEqual(['Nyckeltal', 'Kommun', 'År', 'Kön', 'Värde']);
		expect(t.rows[0]).toEqual({ row: 2, cells: ['N21704', '1715', '2022', 'T', '19,779'] });
	});

	test('Windows-1252: å, ä, ö and the en dash come through', async () => {
		const t = await readTable(fixture('windows-1252.csv'));
		expect(t).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
		expect(t.header.cells).toEqual(['kpi', 'område', 'år', 'kön', 'värde', 'kommunnamn']);
		expect(t.rows.map((r) => r.cells[5])).toEqual(['Årjäng', 'Säffle', 'Arvika – Ölme']);
	});

	test('Excel "Unicode text": UTF-16 with tabs', async () => {
		const t = await readTable(fixture('unicode-text.txt'));
		expect(t).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
		expect(t.rows).toEqual([{ row: 2, cells: ['N21704', '1780', '2022', 'T', '17,2'] }]);
	});

	test('row numbers are the spreadsheet’s: an empty row counts but is not returned', async () => {
		const t = await readTable(fixture('errors.csv'));
		expect(t.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 9, 10, 12]);
	});

	test('XLSX made with exceljs: numbers, rich text, formulas, and a header below an empty row', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Värden');
		sheet.getRow(2).values = [
			'kpi',
			{ richText: [{ text: 'Om' }, { text: 'råde', font: { bold: true } }] },
			'År',
			'Kön',
			'Värde'
		];
		sheet.getRow(3).values = ['N20402', 1715, 2022, 'T', 6395.3];
		sheet.getRow(4).values = ['N20402', 114, 2022, 'K', { formula: '2+3', result: 5 }];
		sheet.getRow(6).values = ['N20402', '0017', 2022, 'T', null];
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		const t = await readTable(bytes);
		expect(t).toMatchObject({ format: 'xlsx', sheet: 'Värden', encoding: null, delimiter: null });
		expect(t.header).toEqual({ row: 2, cells: ['kpi', 'Område', 'År', 'Kön', 'Värde'] });
		expect(t.rows).toEqual([
			{ row: 3, cells: ['N20402', '1715', '2022', 'T', '6395.3'] },
			{ row: 4, cells: ['N20402', '114', '2022', 'K', '5'] },
			{ row: 6, cells: ['N20402', '0017', '2022', 'T'] }
		]);
	});

	test.each([
		['an empty file', new Uint8Array(), 'Filen är tom.'],
		['only empty lines', new TextEncoder().encode('\n\n;;\n'), 'Filen har inga rader.'],
		[
			'an old Excel file (.xls)',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
			'Filen är i Excels gamla format (.xls). Spara den som Excel-arbetsbok (.xlsx) eller CSV och försök igen.'
		],
		[
			'a broken workbook',
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
			'Filen ser ut som en Excel-arbetsbok men är trasig eller avklippt (innehållsförteckningen i slutet av filen saknas). Spara den på nytt som .xlsx eller CSV.'
		]
	])('%s is refused with a message', async (_, bytes, message) => {
		const read = readTable(bytes);
		await expect(read).rejects.toBeInstanceOf(UnreadableFileError);
		await expect(read).rejects.toThrow(message);
	});
});
