import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { prepareImport } from './core.ts';
import { decodeText, detectEncoding, utf16WithoutBom } from './decode.ts';
import { MEASUREMENT_LIMITS, type ImportLimits } from './limits.ts';
import { formatErrors } from './report.ts';
import { wrongKind } from './sniff.ts';
import { badQuoteField, readTable } from './table.ts';

/** The reader's evidence and bounds, without a database. */

const enc = (s: string) => new TextEncoder().encode(s);

describe('the encoding by evidence', () => {
	test('UTF-8 with one stray byte stays UTF-8; the byte is marked, the rest read right', () => {
		const bytes = new Uint8Array([...enc('Åmål;'), 0xe5, ...enc('r')]);
		const { encoding, text } = decodeText(bytes);
		expect(encoding).toBe('utf-8');
		expect(text.startsWith('Åmål;')).toBe(true);
		expect(text).not.toContain('Ã');
		expect([...text]).toHaveLength(7);
	});

	test('only single bytes ≥ 0x80 and no valid UTF-8 sequence: Windows-1252', () => {
		expect(detectEncoding(new Uint8Array([0xc5, 0x6d, 0xe5, 0x6c]))).toEqual({
			encoding: 'windows-1252',
			bom: 0
		});
	});

	test('UTF-16 without BOM, little and big endian, by its NUL bytes', () => {
		const le = new Uint8Array([...'kpi;area'].flatMap((c) => [c.charCodeAt(0), 0]));
		const be = new Uint8Array([...'kpi;area'].flatMap((c) => [0, c.charCodeAt(0)]));
		expect(utf16WithoutBom(le)).toBe('utf-16le');
		expect(utf16WithoutBom(be)).toBe('utf-16be');
		expect(utf16WithoutBom(enc('kpi;area'))).toBeNull();
		expect(decodeText(be)).toEqual({ encoding: 'utf-16be', text: 'kpi;area' });
	});
});

describe('quotes', () => {
	test.each([
		['a;b;c', -1],
		['a;"b;c";d', -1],
		['a;"Han sa ""hej""";d\r\n', -1],
		['a;"multi\nline";d\n', -1],
		['a;"b"c;d', 1],
		['a;b"c;d', 1],
		['a;b;"never', 2]
	])('%j → %i', (raw, field) => {
		expect(badQuoteField(raw, ';')).toBe(field);
	});
});

describe('files of the wrong kind', () => {
	test.each([
		['<!doctype html><html>', 'Filen är en HTML-sida, inte en CSV- eller XLSX-fil.'],
		['\uFEFF  <html lang="sv">', 'Filen är en HTML-sida, inte en CSV- eller XLSX-fil.'],
		['%PDF-1.4', 'Filen är en PDF-fil, inte en CSV- eller XLSX-fil.'],
		['{"kpi": 1}', 'Filen ser ut att vara JSON, inte en CSV- eller XLSX-fil.']
	])('%j', (text, message) => {
		expect(wrongKind(enc(text))).toContain(message);
	});

	test('a table is not of the wrong kind', () => {
		expect(wrongKind(enc('kpi;area\nN1;1780\n'))).toBeNull();
	});
});

describe('bounds', () => {
	const small: ImportLimits = { ...MEASUREMENT_LIMITS, maxErrors: 3, maxRows: 10 };
	const spec = {
		columns: [{ key: 'n', name: 'n', aliases: [], required: true }],
		limits: small,
		schema: z.object({ n: z.string().regex(/^\d+$/, { error: 'Skriv ett heltal.' }) })
	};

	test('errors beyond the limit are counted, not kept, and the report says how many', async () => {
		const { preview } = await prepareImport(spec, {
			name: 'x.csv',
			bytes: enc(`n\n${'x\n'.repeat(8)}`)
		});
		expect(preview.errors.map((e) => e.row)).toEqual([2, 3, 4]);
		expect(preview.moreErrors).toBe(5);
		expect(preview.invalidRows).toBe(8);
		expect(formatErrors(preview, 2)).toEqual([
			'Rad 2, kolumn "n" ("x"): Skriv ett heltal.',
			'Rad 3, kolumn "n" ("x"): Skriv ett heltal.',
			'… och 6 fel till, som inte visas. Rätta felen ovan och försök igen för att se resten.'
		]);
	});

	test('more rows than the limit: refused, saying so', async () => {
		const { preview } = await prepareImport(spec, {
			name: 'x.csv',
			bytes: enc(`n\n${'1\n'.repeat(11)}`)
		});
		expect(preview.errors).toEqual([
			{
				row: 0,
				column: '',
				value: '',
				message: 'Filen har fler än 10 rader. Dela upp den i flera filer.'
			}
		]);
	});

	test('mixed line ends are read as rows, numbered as a spreadsheet shows them', async () => {
		const t = await readTable(enc('a;b\r\n1;2\n3;4\r5;6\r\n'));
		expect(t.rows).toEqual([
			{ row: 2, cells: ['1', '2'] },
			{ row: 3, cells: ['3', '4'] },
			{ row: 4, cells: ['5', '6'] }
		]);
	});
});
