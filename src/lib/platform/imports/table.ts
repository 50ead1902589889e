import { CsvError, Parser } from 'csv-parse';

/** The part of csv-parse's Parser that reads a piece of text, without its stream. */
interface CsvApi {
	parse(
		buf: Buffer | undefined,
		end: boolean,
		push: (record: { record: string[]; raw?: string } | string[]) => void,
		close: () => void
	): Error | undefined;
}
import {
	decodeChunks,
	detectEncoding,
	STRAY_BYTE,
	strayByte,
	utf8Pieces,
	type TextEncoding
} from './decode.ts';
import { count, MEASUREMENT_LIMITS, type ImportLimits } from './limits.ts';
import { openXlsx } from './xlsx-table.ts';
import { checkWorkbook, looksBinary, UnreadableFileError, wrongKind } from './sniff.ts';

/**
 * A file as a table of text cells, whatever it was: CSV (any encoding, `;`,
 * `,` or tab between cells; \r\n, \n and \r line ends, also mixed) or an
 * Excel workbook (.xlsx, the first sheet with something in it). Row numbers
 * are the ones a spreadsheet shows: the header is row 1 (for a workbook, the
 * first row that has something in it), and an empty row still counts, so a
 * row number in an error message is the row the person sees.
 *
 * The rows are read one at a time (csv-parse's and exceljs's streaming
 * readers), so a large file is never all in memory as cells, and reading
 * stops at the bounds of `limits`. What is wrong with a single cell (a
 * byte that is not UTF-8, a NUL, a quote that does not close, a formula
 * without a computed value, a cell too long) is reported with its row and
 * column, as the row's `issues`; a file that cannot be read at all throws
 * UnreadableFileError with a Swedish message.
 */

export type Delimiter = ';' | ',' | '\t';

export interface CellIssue {
	/** the column, 0-based */
	index: number;
	message: string;
}

export interface TableRow {
	/** the row number as a spreadsheet shows it */
	row: number;
	cells: string[];
	/** what is wrong with single cells of the row, as read */
	issues?: CellIssue[];
}

interface TableInfo {
	format: 'csv' | 'xlsx';
	/** CSV only */
	encoding: TextEncoding | null;
	delimiter: Delimiter | null;
	/** XLSX only: the sheet that was read */
	sheet: string | null;
	header: TableRow;
}

export interface Table extends TableInfo {
	/** the rows after the header that have something in them */
	rows: TableRow[];
}

export interface TableStream extends TableInfo {
	/** the rows after the header that have something in them, one at a time */
	rows: AsyncIterable<TableRow>;
}

export { UnreadableFileError };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Reads a whole file by its content (not its name): an Excel workbook, else CSV. */
export async function readTable(
	bytes: Uint8Array,
	limits: ImportLimits = MEASUREMENT_LIMITS
): Promise<Table> {
	const t = await openTable(bytes, limits);
	const rows: TableRow[] = [];
	for await (const r of t.rows) rows.push(r);
	return { ...t, rows };
}

/** Opens a file as a table: its kind, header and a reader of its rows. */
export async function openTable(bytes: Uint8Array, limits: ImportLimits): Promise<TableStream> {
	if (bytes.length === 0) throw new UnreadableFileError('Filen är tom.');
	if (bytes.length > limits.maxFileBytes)
		throw new UnreadableFileError(tooLarge(bytes.length, limits));
	if (isOle(bytes)) {
		throw new UnreadableFileError(
			'Filen är i Excels gamla format (.xls). Spara den som Excel-arbetsbok (.xlsx) eller CSV och försök igen.'
		);
	}
	if (isZip(bytes)) {
		await checkWorkbook(bytes, limits);
		return openXlsx(bytes, limits);
	}
	return openCsv(bytes, limits);
}

export const tooLarge = (size: number, limits: ImportLimits) =>
	`Filen är för stor (${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB; högst ${limits.maxFileBytes / 1024 / 1024} MB). Dela upp den i flera filer.`;

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

const STRAY_BYTES = new RegExp(STRAY_BYTE.source, 'gu');

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * Where the quotes of a record as written (its raw text) break CSV's rules:
 * a field is either without quotes, or all in quotes with a doubled quote
 * for a quote inside. Returns the 0-based column of the first bad field, or -1.
 */
export function badQuoteField(raw: string, delimiter: Delimiter): number {
	let field = 0;
	let i = 0;
	const n = raw.replace(/[\r\n]+$/, '').length;
	while (i <= n) {
		if (raw[i] === '"') {
			i++;
			for (;;) {
				if (i >= n) return field; // never closed
				if (raw[i] === '"') {
					if (raw[i + 1] === '"') i += 2;
					else break;
				} else i++;
			}
			i++; // the closing quote
			if (i < n && raw[i] !== delimiter) return field;
		} else {
			while (i < n && raw[i] !== delimiter) {
				if (raw[i] === '"') return field;
				i++;
			}
		}
		i++; // the delimiter
		field++;
	}
	return -1;
}

const quoteMessage =
	'Citattecknen (") går inte ihop i cellen: ett citattecken öppnas men stängs inte, eller står mitt i cellen. Skriv cellen inom citattecken och dubbla citattecken inuti ("").';

/** The problems of single cells: stray bytes, NUL, length (null: none, the common case). */
function cellIssues(
	cells: string[],
	limits: ImportLimits,
	known?: CellIssue[]
): CellIssue[] | null {
	let issues: CellIssue[] | null = known?.length ? known : null;
	for (let index = 0; index < cells.length; index++) {
		const cell = cells[index]!;
		let message: string | null = null;
		if (cell.length > limits.maxCellChars) {
			message = `Cellen är för lång (${count(cell.length)} tecken; högst ${count(limits.maxCellChars)}).`;
		} else if (cell.includes('\0')) {
			message =
				'Cellen innehåller ett NUL-tecken (ett osynligt tecken med koden 0). Ta bort det, eller spara filen på nytt från kalkylprogrammet.';
		} else {
			const stray = STRAY_BYTE.exec(cell);
			if (stray) {
				const { byte, windows1252 } = strayByte(stray[0]);
				message = `Cellen har ett tecken som inte är UTF-8 (byten 0x${byte.toString(16).toUpperCase()}, "${windows1252}" i Windows-1252), fast resten av filen är UTF-8. Skriv om tecknet och spara filen som "CSV UTF-8".`;
			}
		}
		if (message) (issues ??= []).push({ index, message });
	}
	return issues;
}

/** A row as kept: long cells cut, so that a bad file stays small in memory. */
function keep(row: TableRow, limits: ImportLimits): TableRow {
	if (row.cells.length > limits.maxColumns)
		throw new UnreadableFileError(
			`Rad ${row.row} har ${count(row.cells.length)} kolumner; högst ${count(limits.maxColumns)} läses. Kontrollera att filen är en tabell med en rubrikrad.`
		);
	const issues = cellIssues(row.cells, limits, row.issues);
	if (!issues) return row;
	// long cells cut; a stray byte shown as � in messages
	const cells = row.cells.map((c) =>
		c.length > limits.maxCellChars
			? c.slice(0, 200)
			: STRAY_BYTE.test(c)
				? c.replace(STRAY_BYTES, '\uFFFD')
				: c
	);
	return { row: row.row, cells, issues };
}

/** The rows of a reader after the header, bounded by count and time. */
export async function* bounded(
	source: AsyncIterator<TableRow>,
	limits: ImportLimits,
	started: number,
	stop: () => void
): AsyncGenerator<TableRow> {
	let n = 0;
	try {
		for (;;) {
			const next = await source.next();
			if (next.done) return;
			if (blank(next.value.cells) && !next.value.issues?.length) continue;
			if (++n > limits.maxRows)
				throw new UnreadableFileError(
					`Filen har fler än ${count(limits.maxRows)} rader. Dela upp den i flera filer.`
				);
			if (n % 1000 === 0 && Date.now() - started > limits.maxMillis)
				throw new UnreadableFileError(
					`Filen tog för lång tid att läsa (mer än ${Math.round(limits.maxMillis / 1000)} sekunder). Dela upp den i flera filer.`
				);
			yield keep(next.value, limits);
		}
	} finally {
		stop();
	}
}

/** Reads up to the header (the first row with something in it) and returns the rest. */
export async function header(
	source: AsyncIterator<TableRow>,
	limits: ImportLimits,
	empty: string
): Promise<TableRow> {
	for (;;) {
		const next = await source.next();
		if (next.done) throw new UnreadableFileError(empty);
		if (!blank(next.value.cells)) {
			const h = keep(next.value, limits);
			if (h.issues?.length) {
				const i = h.issues[0]!;
				throw new UnreadableFileError(
					`Rubrikraden (rad ${h.row}), kolumn ${i.index + 1}: ${i.message}`
				);
			}
			return h;
		}
	}
}

function openCsv(bytes: Uint8Array, limits: ImportLimits): Promise<TableStream> {
	const { encoding, bom } = detectEncoding(bytes);
	const first = decodeChunks(bytes, encoding, bom).next();
	const head = first.done ? '' : first.value;
	if (encoding !== 'utf-16le' && encoding !== 'utf-16be') {
		const kind = wrongKind(bytes);
		if (kind) throw new UnreadableFileError(kind);
		if (looksBinary(bytes))
			throw new UnreadableFileError(
				'Filen är ingen textfil (den innehåller många tecken som inte är text, som i ett program eller en bild), inte en CSV- eller XLSX-fil. Spara tabellen som CSV eller Excel-arbetsbok (.xlsx).'
			);
	} else {
		const kind = wrongKind(new TextEncoder().encode(head.slice(0, 1024)));
		if (kind) throw new UnreadableFileError(kind);
	}
	const delimiter = detectDelimiter(head.slice(0, 65_536));
	const hasQuotes = bytes.includes(0x22);
	const started = Date.now();
	// the first record csv-parse could not read: where reading stops
	let broken: { code: string; column: number; row: number } | null = null;
	let emitted = 0;
	// csv-parse's parser without its stream: fed a piece of 16 kB at a time, synchronously (a
	// stream of records costs more per row than the rest of the import together; a larger piece
	// keeps thousands of records alive at once, which V8 then moves to the old generation)
	const api = (
		new Parser({
			delimiter,
			record_delimiter: ['\r\n', '\n', '\r'],
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: false,
			skip_records_with_error: true,
			// the text of each record, for checking its quotes: only when the file has any
			raw: hasQuotes,
			// a quote that never closes would otherwise make the rest of the file one cell
			max_record_size: Math.max(limits.maxCellChars * 4, 1 << 20),
			on_skip: (err: CsvError | undefined) => {
				broken ??= {
					code: err?.code ?? '',
					column: (err as { column?: number } | undefined)?.column ?? 0,
					row: emitted + 1
				};
			}
		}) as unknown as { api: CsvApi }
	).api;
	const pieces = utf8Pieces(bytes, encoding, bom);
	let pending: { record: string[]; raw?: string }[] = [];
	let at = 0;
	let finished = false;
	// a record is its cells, or with `raw` the cells and the text
	const push = (r: { record: string[]; raw?: string } | string[]) => {
		emitted++;
		pending.push(Array.isArray(r) ? { record: r } : r);
	};
	const nextRecord = (): { record: string[]; raw?: string } | null => {
		while (at >= pending.length) {
			if (finished || broken) return null;
			pending = [];
			at = 0;
			const piece = pieces.next();
			const err = piece.done
				? api.parse(undefined, true, push, () => {})
				: api.parse(piece.value, false, push, () => {});
			if (piece.done) finished = true;
			if (err)
				throw new UnreadableFileError('Filen kunde inte läsas som CSV: kontrollera citattecknen.');
		}
		return pending[at++]!;
	};
	const stop = () => {
		finished = true;
		pending = [];
	};
	let row = 0;
	let ended = false;
	const source: AsyncIterator<TableRow> = {
		async next() {
			if (ended) return { done: true, value: undefined };
			const b = broken as { code: string; column: number; row: number } | null;
			if (b && row + 1 >= b.row) {
				// a quote opened and never closed, or a record beyond any bound: reading stops here
				ended = true;
				return {
					done: false,
					value: {
						row: row + 1,
						cells: [''],
						issues: [
							{
								index: b.column,
								message:
									b.code === 'CSV_MAX_RECORD_SIZE'
										? 'Raden är för lång; troligen öppnas ett citattecken (") som aldrig stängs, så att resten av filen blir en enda cell. Rätta citattecknen; ingenting efter raden har lästs.'
										: 'Ett citattecken (") öppnas här men stängs aldrig, så att resten av filen blir en enda cell. Rätta citattecknen.'
							}
						]
					}
				};
			}
			const next = nextRecord();
			if (!next) {
				const brokenAt = (broken as { row: number } | null)?.row;
				if (brokenAt === undefined) return { done: true, value: undefined };
				row = Math.max(row, brokenAt - 1);
				return source.next();
			}
			row++;
			const { record, raw } = next;
			const bad = raw?.includes('"') ? badQuoteField(raw, delimiter) : -1;
			return {
				done: false,
				value:
					bad >= 0
						? { row, cells: record, issues: [{ index: bad, message: quoteMessage }] }
						: { row, cells: record }
			};
		}
	};
	return header(source, limits, 'Filen har inga rader.').then(
		(h) => ({
			format: 'csv' as const,
			encoding,
			delimiter,
			sheet: null,
			header: h,
			rows: bounded(source, limits, started, stop)
		}),
		(e: unknown) => {
			stop();
			throw e;
		}
	);
}
