import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import {
	csvResponse,
	csvStream,
	safeFileName,
	toCsv,
	type CsvCell,
	type CsvColumn
} from './csv.ts';

const BOM = '\uFEFF';
const one: CsvColumn<{ v: CsvCell }>[] = [{ header: 'Värde', value: (r) => r.v }];

/** The file's one data cell as written (between the header's CRLF and the last CRLF). */
const cellOf = (v: CsvCell) => toCsv(one, [{ v }]).slice(`${BOM}"Värde"\r\n`.length, -2);

/** What a CSV reader gets back from the file (delimiter ;, BOM stripped). */
const readBack = (csv: string): string[][] => parse(csv, { delimiter: ';', bom: true });

describe('the file', () => {
	test('starts with the BOM and a header row, separates with ; and ends rows with CRLF', () => {
		const columns: CsvColumn<{ a: string; b: number }>[] = [
			{ header: 'Län', value: (r) => r.a },
			{ header: 'Antal', value: (r) => r.b }
		];
		const csv = toCsv(columns, [
			{ a: 'Värmland', b: 16 },
			{ a: 'Örebro', b: 12 }
		]);
		expect(csv).toBe(`${BOM}"Län";"Antal"\r\n"Värmland";16\r\n"Örebro";12\r\n`);
		// the BOM is three bytes of UTF-8, and å/ä/ö are UTF-8 too
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(Buffer.from(bytes).toString('utf8')).toContain('Örebro');
	});

	test('an export without rows still has its header', () => {
		expect(toCsv(one, [])).toBe(`${BOM}"Värde"\r\n`);
	});

	test('a header that looks like a formula is neutralised too', () => {
		expect(toCsv([{ header: '=Summa', value: () => 1 }], [])).toBe(`${BOM}"'=Summa"\r\n`);
	});
});

describe('cells', () => {
	test.each<{ name: string; value: CsvCell; written: string; read: string }>([
		{
			name: 'plain text',
			value: 'Arvika kommun',
			written: '"Arvika kommun"',
			read: 'Arvika kommun'
		},
		{
			name: 'å, ä, ö',
			value: 'Säffle å Örebro',
			written: '"Säffle å Örebro"',
			read: 'Säffle å Örebro'
		},
		{ name: 'a number', value: 42, written: '42', read: '42' },
		{ name: 'a negative number is a number, not a formula', value: -5, written: '-5', read: '-5' },
		{ name: 'null is empty', value: null, written: '', read: '' },
		{ name: 'undefined is empty', value: undefined, written: '', read: '' },
		{ name: 'an empty string', value: '', written: '""', read: '' },
		{ name: 'the separator', value: 'a;b', written: '"a;b"', read: 'a;b' },
		{
			name: 'quotes are doubled',
			value: 'Han sa "hej"',
			written: '"Han sa ""hej"""',
			read: 'Han sa "hej"'
		},
		{
			name: 'a newline stays in the cell',
			value: 'rad 1\nrad 2',
			written: '"rad 1\nrad 2"',
			read: 'rad 1\nrad 2'
		},
		{
			name: 'CRLF inside',
			value: 'rad 1\r\nrad 2',
			written: '"rad 1\r\nrad 2"',
			read: 'rad 1\r\nrad 2'
		},
		{ name: '= formula', value: '=1+1', written: `"'=1+1"`, read: `'=1+1` },
		{
			name: '=HYPERLINK',
			value: '=HYPERLINK("http://x.invalid?"&A1;"Klicka")',
			written: `"'=HYPERLINK(""http://x.invalid?""&A1;""Klicka"")"`,
			read: `'=HYPERLINK("http://x.invalid?"&A1;"Klicka")`
		},
		{ name: '+ formula', value: '+46 70 123', written: `"'+46 70 123"`, read: `'+46 70 123` },
		{ name: '- formula in text', value: '-2+3', written: `"'-2+3"`, read: `'-2+3` },
		{ name: '@ formula', value: '@SUM(A1:A2)', written: `"'@SUM(A1:A2)"`, read: `'@SUM(A1:A2)` },
		{
			name: 'DDE',
			value: `=cmd|' /C calc'!A0`,
			written: `"'=cmd|' /C calc'!A0"`,
			read: `'=cmd|' /C calc'!A0`
		},
		{ name: 'a leading tab', value: '\t=1', written: `"'\t=1"`, read: `'\t=1` },
		{ name: 'a leading CR', value: '\r=1', written: `"'\r=1"`, read: `'\r=1` },
		{ name: 'full-width =', value: '＝1+1', written: `"'＝1+1"`, read: `'＝1+1` },
		{ name: '= later in the cell is harmless', value: 'a=b', written: '"a=b"', read: 'a=b' },
		{
			name: 'HTML is written as it is (a CSV is not HTML)',
			value: '<script>alert(1)</script>',
			written: '"<script>alert(1)</script>"',
			read: '<script>alert(1)</script>'
		},
		{
			name: 'an attribute breakout',
			value: '"><img src=x onerror=alert(1)>',
			written: '"""><img src=x onerror=alert(1)>"',
			read: '"><img src=x onerror=alert(1)>'
		},
		{
			name: 'emoji',
			value: 'Bra jobbat 👍🏽 🇸🇪',
			written: '"Bra jobbat 👍🏽 🇸🇪"',
			read: 'Bra jobbat 👍🏽 🇸🇪'
		},
		{
			name: 'right-to-left text',
			value: 'مرحبا بالعالم שלום',
			written: '"مرحبا بالعالم שלום"',
			read: 'مرحبا بالعالم שלום'
		},
		{
			name: 'very long text',
			value: 'å'.repeat(20_000),
			written: `"${'å'.repeat(20_000)}"`,
			read: 'å'.repeat(20_000)
		}
	])('$name', ({ value, written, read }) => {
		expect(cellOf(value)).toBe(written);
		const rows = readBack(toCsv(one, [{ v: value }]));
		expect(rows).toEqual([['Värde'], [read]]);
	});
});

describe('streaming', () => {
	/** The bytes as UTF-8, keeping the BOM (Response.text() would drop it). */
	async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
		return Buffer.from(await new Response(stream).arrayBuffer()).toString('utf8');
	}
	async function* batches<T>(...parts: T[][]): AsyncGenerator<T[]> {
		for (const p of parts) yield p;
	}

	test('batches make the same file as one call, with one BOM and one header', async () => {
		const rows = [{ v: 'a' }, { v: '=b' }, { v: 3 }];
		const streamed = await text(csvStream(one, batches(rows.slice(0, 1), rows.slice(1))));
		expect(streamed).toBe(toCsv(one, rows));
		expect(streamed.startsWith(`${BOM}"Värde"\r\n`)).toBe(true);
	});

	test('no batches at all: the header alone', async () => {
		expect(await text(csvStream(one, batches()))).toBe(`${BOM}"Värde"\r\n`);
	});
});

describe('the response', () => {
	test('is a UTF-8 CSV attachment, not cached', async () => {
		const response = csvResponse(toCsv(one, [{ v: 'x' }]), 'nara-logg-varmland-2025-03-14.csv');
		expect(Object.fromEntries(response.headers)).toEqual({
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="nara-logg-varmland-2025-03-14.csv"',
			'cache-control': 'no-store'
		});
	});

	test.each([
		['nara-logg-varmland-2025-03-14.csv', 'nara-logg-varmland-2025-03-14.csv'],
		['logg "för" Värmland.csv', 'logg-f-r-V-rmland.csv'],
		['../../etc/passwd', 'etc-passwd'],
		['\r\nSet-Cookie: x=1', 'Set-Cookie-x-1'],
		['', 'nara.csv']
	])('file name %j is sent as %j', (name, safe) => {
		expect(safeFileName(name)).toBe(safe);
	});
});
