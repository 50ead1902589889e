import { stringify, type Options } from 'csv-stringify/sync';
import { spreadsheetNumber } from '../core/numbers.ts';

/**
 * CSV files that Swedish Excel opens as they are, for every export of Nära:
 * UTF-8 with a byte order mark (so å, ä and ö survive), `;` between cells
 * (Excel in Swedish uses the comma for decimals), CRLF between rows, and a
 * header row.
 *
 * Cells are text written by people, so they are never trusted: a cell that
 * begins with = + - @ (or their full-width forms), a tab or a carriage return
 * gets a leading ' so a spreadsheet shows it instead of running it as a
 * formula (OWASP, "CSV Injection"). Numbers are left as numbers: -5 is not a
 * formula; they are written with a decimal comma. Every text cell is
 * quoted, quotes inside are doubled.
 */

export type CsvCell = string | number | null | undefined;

export interface CsvColumn<Row> {
	header: string;
	value: (row: Row) => CsvCell;
}

const options = (columns: CsvColumn<never>[], first: boolean): Options => ({
	bom: first,
	header: first,
	columns: columns.map((c, i) => ({ key: String(i), header: c.header })),
	delimiter: ';',
	record_delimiter: 'windows',
	quoted_string: true,
	escape_formulas: true,
	// 3836,8: Swedish Excel reads a decimal point as text
	cast: { number: spreadsheetNumber }
});

function records<Row>(columns: CsvColumn<Row>[], rows: Row[]): CsvCell[][] {
	return rows.map((row) => columns.map((c) => c.value(row) ?? null));
}

/** A whole CSV file: byte order mark, header row, one row per item. */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
	return stringify(records(columns, rows), options(columns, true));
}

/**
 * The same file, written while the rows are read batch by batch, so an
 * export of any size never sits in memory whole.
 */
export function csvStream<Row>(
	columns: CsvColumn<Row>[],
	batches: AsyncIterable<Row[]>
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = batches[Symbol.asyncIterator]();
	let first = true;
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			const next = await iterator.next();
			if (next.done) {
				// an export with no rows still has its header
				if (first) controller.enqueue(encoder.encode(toCsv(columns, [])));
				controller.close();
				return;
			}
			controller.enqueue(
				encoder.encode(stringify(records(columns, next.value), options(columns, first)))
			);
			first = false;
		},
		async cancel() {
			await iterator.return?.(undefined);
		}
	});
}

/** A file name that is safe in a Content-Disposition header on every platform. */
export function safeFileName(name: string): string {
	return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'nara.csv';
}

/** The response that makes the browser download the file. */
export function csvResponse(body: ReadableStream<Uint8Array> | string, fileName: string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${safeFileName(fileName)}"`,
			'cache-control': 'no-store'
		}
	});
}
