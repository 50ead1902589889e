import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { decodeText, type TextEncoding } from './decode.ts';

/**
 * A file as a table of text cells, whatever it was: CSV (any encoding, `;`,
 * `,` or tab between cells) or an Excel workbook (.xlsx, the first sheet).
 * Row numbers are the ones a spreadsheet shows: the header is row 1 (for a
 * workbook, the first row that has something in it), and an empty row still
 * counts, so a row number in an error message is the row the person sees.
 */

export type Delimiter = ';' | ',' | '\t';

export interface TableRow {
	/** the row number as a spreadsheet shows it */
	row: number;
	cells: string[];
}

export interface Table {
	format: 'csv' | 'xlsx';
	/** CSV only */
	encoding: TextEncoding | null;
	delimiter: Delimiter | null;
	/** XLSX only: the sheet that was read */
	sheet: string | null;
	header: TableRow;
	/** the rows after the header that have something in them */
	rows: TableRow[];
}

/** The file cannot be read as a table at all; says why, in Swedish. */
export class UnreadableFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UnreadableFileError';
	}
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Reads a file by its content (not its name): an Excel workbook, else CSV. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
	if (bytes.length === 0) throw new UnreadableFileError('Filen är tom.');
	if (isOle(bytes)) {
		throw new UnreadableFileError(
			'Filen är i Excels gamla format (.xls). Spara den som Excel-arbetsbok (.xlsx) eller CSV och försök igen.'
		);
	}
	return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
}

/**
 * The separator of the header (the first line that is not empty): the one of
 * `;`, tab and `,` that occurs most outside quotes.
 */
export function detectDelimiter(text: string): Delimiter {
	const counts: Record<Delimiter, number> = { ';': 0, '\t': 0, ',': 0 };
	let quoted = false;
	let started = false;
	for (const c of text) {
		if (!started && (c === '\n' || c === '\r')) continue;
		started = true;
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && (c === ';' || c === '\t' || c === ',')) counts[c]++;
	}
	const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) =>
		counts[b] > counts[a] ? b : a
	);
	return counts[best] > 0 ? best : ',';
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

function readCsv(bytes: Uint8Array): Table {
	const { text, encoding } = decodeText(bytes);
	const delimiter = detectDelimiter(text);
	let records: string[][];
	try {
		records = parse(text, {
			delimiter,
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: false
		});
	} catch (e) {
		const err = e as { lines?: number; message?: string };
		throw new UnreadableFileError(
			`Filen kunde inte läsas som CSV${err.lines ? ` (rad ${err.lines})` : ''}: kontrollera citattecknen.`
		);
	}
	const numbered = records.map((cells, i) => ({ row: i + 1, cells }));
	const headerIndex = numbered.findIndex((r) => !blank(r.cells));
	if (headerIndex < 0) throw new UnreadableFileError('Filen har inga rader.');
	return {
		format: 'csv',
		encoding,
		delimiter,
		sheet: null,
		header: numbered[headerIndex]!,
		rows: numbered.slice(headerIndex + 1).filter((r) => !blank(r.cells))
	};
}

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

async function readXlsx(bytes: Uint8Array): Promise<Table> {
	const workbook = new ExcelJS.Workbook();
	try {
		// a copy as a plain ArrayBuffer, which is what exceljs declares it takes
		await workbook.xlsx.load(bytes.slice().buffer);
	} catch {
		throw new UnreadableFileError(
			'Filen ser ut som en Excel-arbetsbok men kunde inte öppnas. Spara den på nytt som .xlsx eller CSV.'
		);
	}
	const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
	if (!sheet) throw new UnreadableFileError('Arbetsboken har inga rader.');
	const rows: TableRow[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const values = row.values as ExcelJS.CellValue[]; // 1-based: values[0] is empty
		const cells: string[] = [];
		for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim());
		if (!blank(cells)) rows.push({ row: rowNumber, cells });
	});
	const [header, ...data] = rows;
	if (!header) throw new UnreadableFileError('Arbetsboken har inga rader.');
	return {
		format: 'xlsx',
		encoding: null,
		delimiter: null,
		sheet: sheet.name,
		header,
		rows: data
	};
}
