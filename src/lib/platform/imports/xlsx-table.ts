import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportLimits } from './limits.ts';
import { UnreadableFileError } from './sniff.ts';
import { bounded, header, type CellIssue, type TableRow, type TableStream } from './table.ts';

/** Reading an XLSX workbook as a table, row by row with exceljs's streaming reader (table.ts opens it). */

const FORMULA_WITHOUT_VALUE =
	'Cellen har en formel utan uträknat värde (filen har sparats av ett program som inte räknar ut formler). Öppna filen i Excel och spara den igen, eller skriv in värdet i stället för formeln.';

function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ('richText' in value) return value.richText.map((r) => r.text).join('');
	if ('formula' in value || 'sharedFormula' in value) {
		return cellText((value as ExcelJS.CellFormulaValue).result ?? null);
	}
	if ('hyperlink' in value) return value.text;
	if ('error' in value) return value.error;
	return '';
}

const noFormulaValue = (v: ExcelJS.CellValue) =>
	v !== null &&
	typeof v === 'object' &&
	!(v instanceof Date) &&
	('formula' in v || 'sharedFormula' in v) &&
	((v as ExcelJS.CellFormulaValue).result === undefined ||
		(v as ExcelJS.CellFormulaValue).result === null);

function rowOf(row: ExcelJS.Row): TableRow {
	const values = row.values as ExcelJS.CellValue[]; // 1-based: values[0] is empty
	const cells: string[] = [];
	const issues: CellIssue[] = [];
	for (let i = 1; i < values.length; i++) {
		const v = values[i];
		if (noFormulaValue(v)) issues.push({ index: i - 1, message: FORMULA_WITHOUT_VALUE });
		cells.push(cellText(v).trim());
	}
	return issues.length ? { row: row.number, cells, issues } : { row: row.number, cells };
}

const BROKEN_XLSX =
	'Filen ser ut som en Excel-arbetsbok men kunde inte öppnas. Spara den på nytt som .xlsx eller CSV.';

export async function openXlsx(bytes: Uint8Array, limits: ImportLimits): Promise<TableStream> {
	const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		hyperlinks: 'ignore',
		styles: 'cache',
		entries: 'ignore'
	});
	const sheets = reader[Symbol.asyncIterator]();
	const stop = () => input.destroy();
	const started = Date.now();
	let sheetName: string;
	let rows: AsyncIterator<ExcelJS.Row> | null = null;
	const source: AsyncIterator<TableRow> = {
		async next() {
			try {
				for (;;) {
					if (!rows) return { done: true, value: undefined };
					const next = await rows.next();
					if (!next.done) return { done: false, value: rowOf(next.value) };
					rows = null;
				}
			} catch (e) {
				if (e instanceof UnreadableFileError) throw e;
				throw new UnreadableFileError(BROKEN_XLSX);
			}
		}
	};
	try {
		// the first sheet with a row that has something in it
		for (;;) {
			const s = await sheets.next();
			if (s.done) throw new UnreadableFileError('Arbetsboken har inga rader.');
			const sheet = s.value as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
			sheetName = sheet.name;
			rows = sheet[Symbol.asyncIterator]();
			try {
				const h = await header(source, limits, '');
				return {
					format: 'xlsx',
					encoding: null,
					delimiter: null,
					sheet: sheetName,
					header: h,
					rows: bounded(source, limits, started, stop)
				};
			} catch (e) {
				if (!(e instanceof UnreadableFileError) || e.message !== '') throw e;
			}
		}
	} catch (e) {
		stop();
		if (e instanceof UnreadableFileError) throw e;
		throw new UnreadableFileError(BROKEN_XLSX);
	}
}
