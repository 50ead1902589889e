import type { z } from 'zod';
import type { Db, Tx } from '../db/client.ts';
import type { TextEncoding } from './decode.ts';
import { issueCounter } from './count-issues.ts';
import { MEASUREMENT_LIMITS, type ImportLimits } from './limits.ts';
import { hasDecimalComma } from './numbers.ts';
import { openTable, UnreadableFileError, type Delimiter, type TableRow } from './table.ts';

/**
 * The import core that every file import of Nära uses (measurements now,
 * initiatives later): read the file (table.ts), find the columns by their
 * names, validate every row with a zod schema, collect every bad row with
 * its row, column, value and a Swedish message, show a preview, and write
 * all rows in one transaction, or nothing.
 *
 * An import is described by an ImportSpec: its columns, a schema for one row
 * (cells in, typed row out), optional checks that need all rows or the
 * database (unknown ids, duplicates), and a writer.
 */

export interface ImportColumn {
	key: string;
	/** the column's name in messages and templates, e.g. "värde" */
	name: string;
	/** the header texts that mean this column (case, spaces and dashes do not matter) */
	aliases: readonly string[];
	required: boolean;
}

export interface ImportError {
	/** the row as a spreadsheet shows it (the header is row 1); 0 for the file as a whole */
	row: number;
	/** the column as the file names it (or the expected name when the file lacks it) */
	column: string;
	/** the cell as written */
	value: string;
	/** what is wrong and how to fix it, in Swedish */
	message: string;
}

export interface ValidRow<Row> {
	row: number;
	value: Row;
	/** the cells as written, by column key */
	cells: Record<string, string>;
	/** set when a check failed the row */
	failed?: boolean;
}

export type Fail<Row> = (row: ValidRow<Row>, key: string, message: string) => void;

/** A note about a row that does not stop the import, e.g. a title close to an existing one. */
export type Warn<Row> = Fail<Row>;

export type ImportProgress = (step: string, done: number, total: number) => void;

export interface ImportSpec<Row, Result> {
	columns: readonly ImportColumn[];
	/** the bounds of a file (size, rows, errors, time); the measurements' when absent */
	limits?: ImportLimits;
	/** one row: the trimmed cells by column key ('' when empty or absent) → the row to write */
	schema: z.ZodType<Row>;
	/**
	 * checks over all valid rows, e.g. against the database; report each problem with `fail`,
	 * and what the person should look at but may import anyway with `warn`
	 */
	check?(rows: readonly ValidRow<Row>[], fail: Fail<Row>, warn: Warn<Row>): void | Promise<void>;
	/** writes the rows; runs inside the import's one transaction */
	write(tx: Tx, rows: readonly Row[], progress: (done: number) => void): Promise<Result>;
}

export interface ImportPreview<Row> {
	fileName: string;
	format: 'csv' | 'xlsx' | null;
	encoding: TextEncoding | null;
	delimiter: Delimiter | null;
	sheet: string | null;
	/** whether numbers were written with a decimal comma */
	decimalComma: boolean;
	/** each expected column and the header it was found under (null: not in the file) */
	columns: { key: string; name: string; header: string | null }[];
	/** headers in the file that the import does not use */
	ignoredColumns: string[];
	rows: number;
	validRows: number;
	invalidRows: number;
	/** the first rows as they will be written (null for a bad row) */
	sample: { row: number; value: Row | null }[];
	/** the problems, by row and column: the first `limits.maxErrors` of them */
	errors: ImportError[];
	/** problems beyond those kept in `errors`, only counted */
	moreErrors: number;
	/** notes that do not stop the import (rows without errors only), by row and column */
	warnings: ImportError[];
}

export interface PreparedImport<Row> {
	preview: ImportPreview<Row>;
	rows: Row[];
}

export const SAMPLE_ROWS = 20;
/** A cell longer than this is shortened in error messages. */
const MAX_SHOWN = 200;

export const normaliseHeader = (h: string): string =>
	h
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, '_');

const shown = (v: string) => (v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN)}…` : v);

function emptyPreview<Row>(fileName: string): ImportPreview<Row> {
	return {
		fileName,
		format: null,
		encoding: null,
		delimiter: null,
		sheet: null,
		decimalComma: false,
		columns: [],
		ignoredColumns: [],
		rows: 0,
		validRows: 0,
		invalidRows: 0,
		sample: [],
		errors: [],
		moreErrors: 0,
		warnings: []
	};
}

/** Finds each column of the spec among the headers; reports missing and doubled columns. */
export function mapColumns(
	columns: readonly ImportColumn[],
	header: TableRow
): {
	index: Map<string, number>;
	found: ImportPreview<unknown>['columns'];
	ignored: string[];
	errors: ImportError[];
} {
	const index = new Map<string, number>();
	const errors: ImportError[] = [];
	const used = new Set<number>();
	for (const col of columns) {
		const names = new Set([col.key, col.name, ...col.aliases].map(normaliseHeader));
		const matches = header.cells
			.map((h, i) => [normaliseHeader(h), i] as const)
			.filter(([h]) => names.has(h))
			.map(([, i]) => i);
		if (matches.length > 1) {
			errors.push({
				row: header.row,
				column: header.cells[matches[1]!]!,
				value: header.cells[matches[1]!]!,
				message: `Kolumnen "${col.name}" finns flera gånger (${matches.map((i) => `"${header.cells[i]}"`).join(', ')}). Ta bort den som inte ska läsas in.`
			});
		}
		if (matches.length === 0) {
			if (col.required) {
				const also = col.aliases.filter((a) => a !== col.name).slice(0, 3);
				errors.push({
					row: header.row,
					column: col.name,
					value: '',
					message: `Kolumnen "${col.name}" saknas i rubrikraden${also.length ? ` (den får också heta ${also.map((a) => `"${a}"`).join(', ')})` : ''}.`
				});
			}
			continue;
		}
		index.set(col.key, matches[0]!);
		for (const i of matches) used.add(i);
	}
	const found = columns.map((c) => ({
		key: c.key,
		name: c.name,
		header: index.has(c.key) ? header.cells[index.get(c.key)!]!.trim() : null
	}));
	const ignored = header.cells
		.map((h, i) => [h.trim(), i] as const)
		.filter(([h, i]) => h !== '' && !used.has(i))
		.map(([h]) => h);
	return { index, found, ignored, errors };
}

/**
 * Reads and validates a file without writing anything: the preview (what
 * was found, the first rows, every error) and the rows ready to write.
 */
export async function prepareImport<Row>(
	spec: Pick<ImportSpec<Row, unknown>, 'columns' | 'schema' | 'check' | 'limits'>,
	file: { name: string; bytes: Uint8Array },
	progress: ImportProgress = () => {}
): Promise<PreparedImport<Row>> {
	const limits = spec.limits ?? MEASUREMENT_LIMITS;
	const preview = emptyPreview<Row>(file.name);
	const fileError = (message: string): PreparedImport<Row> => {
		preview.errors = [{ row: 0, column: '', value: '', message }];
		preview.moreErrors = 0;
		return { preview, rows: [] };
	};
	progress('Läser filen', 0, 1);
	let table;
	try {
		table = await openTable(file.bytes, limits);
	} catch (e) {
		if (!(e instanceof UnreadableFileError)) throw e;
		return fileError(e.message);
	}
	Object.assign(preview, {
		format: table.format,
		encoding: table.encoding,
		delimiter: table.delimiter,
		sheet: table.sheet
	});
	const mapped = mapColumns(spec.columns, table.header);
	preview.columns = mapped.found;
	preview.ignoredColumns = mapped.ignored;
	if (mapped.errors.length) {
		preview.errors = mapped.errors;
		// the rows are counted, not read into memory
		let n = 0;
		try {
			for await (const r of table.rows) if (r) n++;
		} catch (e) {
			if (!(e instanceof UnreadableFileError)) throw e;
		}
		preview.rows = n;
		preview.invalidRows = n;
		return { preview, rows: [] };
	}

	const headerOf = (key: string) =>
		mapped.found.find((c) => c.key === key)?.header ??
		spec.columns.find((c) => c.key === key)?.name ??
		key;
	const columnAt = (index: number) => table.header.cells[index]?.trim() || `kolumn ${index + 1}`;
	const errorsByRow = new Map<number, ImportError[]>();
	let kept = 0;
	let moreErrors = 0;
	const addRaw = (row: number, column: string, value: string, message: string) => {
		const list = errorsByRow.get(row) ?? [];
		// one message per cell is enough to fix it
		if (list.some((e) => e.column === column)) return;
		if (kept >= limits.maxErrors) {
			moreErrors++;
			return;
		}
		kept++;
		list.push({ row, column, value: shown(value), message });
		errorsByRow.set(row, list);
	};
	const addError = (row: number, key: string, value: string, message: string) =>
		addRaw(row, headerOf(key), value, message);

	const countIssues = issueCounter(
		spec.schema,
		spec.columns.map((c) => c.key)
	);
	const valid: ValidRow<Row>[] = [];
	const sampleRows: number[] = [];
	let total = 0;
	let decimalComma = false;
	try {
		for await (const r of table.rows) {
			total++;
			if (total % 10_000 === 0) progress('Kontrollerar raderna', total, 0);
			if (sampleRows.length < SAMPLE_ROWS) sampleRows.push(r.row);
			if (r.issues?.length) {
				for (const issue of r.issues)
					addRaw(r.row, columnAt(issue.index), r.cells[issue.index] ?? '', issue.message);
				continue;
			}
			const cells: Record<string, string> = {};
			for (const col of spec.columns) {
				const i = mapped.index.get(col.key);
				cells[col.key] = i === undefined ? '' : (r.cells[i] ?? '').trim();
				if (!decimalComma && hasDecimalComma(cells[col.key]!)) decimalComma = true;
			}
			if (countIssues && kept >= limits.maxErrors) {
				// past the errors kept, a bad row is only counted: no messages built for it
				const n = countIssues(cells);
				if (n > 0) {
					moreErrors += n;
					continue;
				}
			}
			const parsed = spec.schema.safeParse(cells);
			if (parsed.success) {
				valid.push({ row: r.row, value: parsed.data, cells });
				continue;
			}
			for (const issue of parsed.error.issues) {
				const key = String(issue.path[0] ?? spec.columns[0]!.key);
				addError(r.row, key, cells[key] ?? '', issue.message);
			}
		}
	} catch (e) {
		if (!(e instanceof UnreadableFileError)) throw e;
		return fileError(e.message);
	}
	progress('Kontrollerar raderna', total, total);
	preview.rows = total;
	if (total === 0) return fileError('Filen har en rubrikrad men inga rader att läsa in.');
	const warnings: { row: ValidRow<Row>; error: ImportError }[] = [];
	if (spec.check) {
		await spec.check(
			valid,
			(row, key, message) => {
				row.failed = true;
				addError(row.row, key, row.cells[key] ?? '', message);
			},
			(row, key, message) => {
				if (warnings.length < limits.maxErrors)
					warnings.push({
						row,
						error: {
							row: row.row,
							column: headerOf(key),
							value: shown(row.cells[key] ?? ''),
							message
						}
					});
			}
		);
	}

	const order = new Map(spec.columns.map((c, i) => [headerOf(c.key), i]));
	preview.errors = [...errorsByRow.entries()]
		.sort((a, b) => a[0] - b[0])
		.flatMap(([, list]) =>
			list.sort((a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0))
		);
	preview.moreErrors = moreErrors;
	const good = valid.filter((v) => !v.failed);
	preview.warnings = warnings
		.filter((w) => !w.row.failed)
		.map((w) => w.error)
		.sort((a, b) => a.row - b.row || (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));
	preview.decimalComma = decimalComma;
	preview.validRows = good.length;
	preview.invalidRows = total - good.length;
	const goodByRow = new Map(good.slice(0, SAMPLE_ROWS).map((v) => [v.row, v.value]));
	preview.sample = sampleRows.map((row) => ({ row, value: goodByRow.get(row) ?? null }));
	return { preview, rows: good.map((v) => v.value) };
}

/** Writes a prepared import in one transaction. Refuses one with errors: all or nothing. */
export async function commitImport<Row, Result>(
	db: Db,
	spec: Pick<ImportSpec<Row, Result>, 'write'>,
	prepared: PreparedImport<Row>,
	progress: ImportProgress = () => {}
): Promise<Result> {
	if (prepared.preview.errors.length > 0) {
		throw new Error('commitImport: an import with errors is never written');
	}
	const total = prepared.rows.length;
	progress('Skriver', 0, total);
	const result = await db.transaction((tx) =>
		spec.write(tx, prepared.rows, (done) => progress('Skriver', done, total))
	);
	progress('Skriver', total, total);
	return result;
}

export type ImportRun<Row, Result> =
	| { status: 'invalid'; preview: ImportPreview<Row> }
	| { status: 'preview'; preview: ImportPreview<Row> }
	| { status: 'done'; preview: ImportPreview<Row>; result: Result };

/**
 * Reads, validates and (unless `dryRun`) writes a file. With any error,
 * nothing is written and every error is in the preview.
 */
export async function runImport<Row, Result>(
	db: Db,
	spec: ImportSpec<Row, Result>,
	file: { name: string; bytes: Uint8Array },
	opts: { dryRun?: boolean; progress?: ImportProgress } = {}
): Promise<ImportRun<Row, Result>> {
	const prepared = await prepareImport(spec, file, opts.progress);
	if (prepared.preview.errors.length > 0) return { status: 'invalid', preview: prepared.preview };
	if (opts.dryRun) return { status: 'preview', preview: prepared.preview };
	const result = await commitImport(db, spec, prepared, opts.progress);
	return { status: 'done', preview: prepared.preview, result };
}
