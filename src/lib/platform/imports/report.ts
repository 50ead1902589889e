import type { ImportError, ImportPreview } from './core.ts';
import { encodingName } from './decode.ts';
import { CLI_ERROR_LINES, count } from './limits.ts';

/**
 * An import's preview and errors as lines of text, for the command line.
 * Bad rows are listed, "Rad 12, kolumn "värde" ("abc"): …", the first 100
 * of them and then a count.
 */

const delimiterName = { ';': 'semikolon', ',': 'komma', '\t': 'tabb' } as const;

export function formatError(e: ImportError): string {
	if (e.row === 0) return `Filen: ${e.message}`;
	const value = e.value === '' ? '' : ` ("${e.value}")`;
	return `Rad ${e.row}, kolumn "${e.column}"${value}: ${e.message}`;
}

/**
 * The errors as lines, at most `max` of them and then how many more there
 * are, so that a file with millions of bad rows prints a page, not millions of lines.
 */
export function formatErrors(p: ImportPreview<unknown>, max = CLI_ERROR_LINES): string[] {
	const lines = p.errors.slice(0, max).map(formatError);
	const more = p.errors.length - lines.length + (p.moreErrors ?? 0);
	if (more > 0)
		lines.push(
			`… och ${count(more)} fel till, som inte visas. Rätta felen ovan och försök igen för att se resten.`
		);
	return lines;
}

/** What was found in the file, in one line. */
export function describeFile(p: ImportPreview<unknown>): string {
	if (p.format === 'xlsx') return `${p.fileName}: Excel-arbetsbok, bladet "${p.sheet}"`;
	if (p.format === 'csv') {
		const parts = [
			`CSV, ${encodingName[p.encoding!]}`,
			`${delimiterName[p.delimiter!]} mellan kolumnerna`
		];
		if (p.decimalComma) parts.push('decimalkomma');
		return `${p.fileName}: ${parts.join(', ')}`;
	}
	return p.fileName;
}

/** The preview as lines: the file, the columns, the counts and the first rows. */
export function formatPreview<Row>(
	p: ImportPreview<Row>,
	showRow: (row: Row) => string,
	maxRows = 5
): string[] {
	const lines = [describeFile(p)];
	if (p.columns.length) {
		lines.push(
			`Kolumner: ${p.columns
				.filter((c) => c.header !== null)
				.map((c) => (c.header === c.name ? c.name : `${c.name} ← "${c.header}"`))
				.join(', ')}`
		);
	}
	if (p.ignoredColumns.length) {
		lines.push(`Används inte: ${p.ignoredColumns.map((h) => `"${h}"`).join(', ')}`);
	}
	lines.push(`Rader: ${p.rows} (${p.validRows} giltiga, ${p.invalidRows} med fel)`);
	for (const w of p.warnings) lines.push(`Observera: ${formatError(w)}`);
	const sample = p.sample.filter((s) => s.value !== null).slice(0, maxRows);
	for (const s of sample) lines.push(`  rad ${s.row}: ${showRow(s.value as Row)}`);
	return lines;
}
