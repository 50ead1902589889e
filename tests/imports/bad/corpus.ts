import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

/**
 * Real-world bad files for the imports (issue 11): wrong encodings, NUL
 * bytes, a zip bomb, a huge file, a cut workbook, files of the wrong kind,
 * formulas without values, broken quotes, mixed line ends, rKolada's own
 * export. Each case says what must happen: imported with so many rows, or
 * refused with a Swedish message (and the row and column it names).
 *
 * The small text files are committed beside this file (written by
 * `npx tsx tests/imports/bad/corpus.ts`, byte for byte the same each time);
 * workbooks, the zip bombs and the large files are made when a test or the
 * bench (`npm run bench -- import-bounds`) runs, so the repository stays small.
 * Used by src/lib/platform/imports/bad-files.db.test.ts and bench/import-bounds.ts.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

export type Expectation =
	{ imported: number } | { refused: string; row?: number; column?: string; moreErrors?: boolean };

export interface BadFile {
	/** the file's name, as uploaded */
	name: string;
	/** what it is, for the README and the bench */
	what: string;
	import: 'initiatives' | 'measurements';
	/** committed in tests/imports/bad/ (else made each time) */
	committed: boolean;
	/** only in the bench (too slow for a test) */
	benchOnly?: boolean;
	make(): Promise<Uint8Array>;
	expect: Expectation;
}

// ——— Text

const enc = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
};

/** Windows-1252 bytes of a text of Latin-1 and – characters. */
function cp1252(s: string): Uint8Array {
	return Uint8Array.from([...s].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
}

function utf16le(s: string, bom: boolean): Uint8Array {
	const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
	let at = 0;
	if (bom) {
		out[0] = 0xff;
		out[1] = 0xfe;
		at = 2;
	}
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		out[at++] = c & 0xff;
		out[at++] = c >> 8;
	}
	return out;
}

const HEADER = 'Namn;Ansvarig organisation;Kommuner;Nivå;Fas;Beskrivning';
const row = (title: string, description = 'Påhittad insats för testerna av importen.') =>
	`Korpusfel ${title};Region Värmland;Åmål;Lokal;Pilot;${description}`;
// Åmål is in Västra Götaland: the rows name Värmland's municipalities instead
const good = (title: string, municipality: string, description?: string) =>
	row(title, description).replace('Åmål', municipality);

// ——— Zip and workbooks

const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

function crc32(b: Uint8Array): number {
	let c = 0xffffffff;
	for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

interface ZipPart {
	name: string;
	/** deflated data */
	data: Uint8Array;
	size: number;
	crc: number;
	/** what the zip's headers claim the part unpacks to (a lie for the "lying" bomb) */
	declared?: number;
}

const part = (name: string, text: string): ZipPart => {
	const raw = enc(text);
	return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
};

/** A zip with fixed timestamps, so the same parts make the same bytes. */
function zip(parts: ZipPart[]): Uint8Array {
	const locals: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	for (const p of parts) {
		const name = enc(p.name);
		const size = p.declared ?? p.size;
		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, 0x04034b50, true);
		local.setUint16(4, 20, true);
		local.setUint16(8, 8, true);
		local.setUint16(10, 0, true);
		local.setUint16(12, 0x21, true);
		local.setUint32(14, p.crc, true);
		local.setUint32(18, p.data.length, true);
		local.setUint32(22, size, true);
		local.setUint16(26, name.length, true);
		const head = new Uint8Array(local.buffer);
		locals.push(head, name, p.data);
		const c = new DataView(new ArrayBuffer(46));
		c.setUint32(0, 0x02014b50, true);
		c.setUint16(4, 20, true);
		c.setUint16(6, 20, true);
		c.setUint16(10, 8, true);
		c.setUint16(14, 0x21, true);
		c.setUint32(16, p.crc, true);
		c.setUint32(20, p.data.length, true);
		c.setUint32(24, size, true);
		c.setUint16(28, name.length, true);
		c.setUint32(42, offset, true);
		central.push(new Uint8Array(c.buffer), name);
		offset += 30 + name.length + p.data.length;
	}
	const dir = concat(...central);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, parts.length, true);
	end.setUint16(10, parts.length, true);
	end.setUint32(12, dir.length, true);
	end.setUint32(16, offset, true);
	return concat(...locals, dir, new Uint8Array(end.buffer));
}

const WORKBOOK_PARTS = [
	part(
		'[Content_Types].xml',
		'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
	),
	part(
		'_rels/.rels',
		'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
	),
	part(
		'xl/workbook.xml',
		'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Insatser" sheetId="1" r:id="rId1"/></sheets></workbook>'
	),
	part(
		'xl/_rels/workbook.xml.rels',
		'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
	)
];

/**
 * A workbook whose one sheet unpacks to `mb` MB: a header row and then the
 * same row again and again, deflated as a stream (never all in memory).
 * `lie`: the zip's headers say the sheet is 10 kB.
 */
async function bombWorkbook(mb: number, lie: boolean): Promise<Uint8Array> {
	const head = enc(
		'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Namn</t></is></c></row>'
	);
	const unit = enc('<row><c t="inlineStr"><is><t>Korpusfel bomb</t></is></c></row>');
	const block = new Uint8Array(unit.length * Math.floor(MB / unit.length));
	for (let i = 0; i < block.length; i += unit.length) block.set(unit, i);
	const tail = enc('</sheetData></worksheet>');
	const deflate = createDeflateRaw({ level: 9 });
	const out: Buffer[] = [];
	deflate.on('data', (c: Buffer) => out.push(c));
	const done = new Promise((resolve) => deflate.on('end', resolve));
	let crc = 0xffffffff;
	const feed = (b: Uint8Array) => {
		for (let i = 0; i < b.length; i++) crc = CRC_TABLE[(crc ^ b[i]!) & 0xff]! ^ (crc >>> 8);
		return new Promise<void>((resolve) =>
			deflate.write(b) ? resolve() : deflate.once('drain', resolve)
		);
	};
	await feed(head);
	for (let i = 0; i < mb; i++) await feed(block);
	await feed(tail);
	deflate.end();
	await done;
	const size = head.length + block.length * mb + tail.length;
	return zip([
		...WORKBOOK_PARTS,
		{
			name: 'xl/worksheets/sheet1.xml',
			data: new Uint8Array(Buffer.concat(out)),
			size,
			crc: (crc ^ 0xffffffff) >>> 0,
			declared: lie ? 10_000 : undefined
		}
	]);
}

/** A small workbook made with exceljs: the header and the rows given. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const sheet = wb.addWorksheet('Insatser');
	sheet.addRow(HEADER.split(';'));
	for (const r of rows) sheet.addRow(r);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const goodRow = (title: string, municipality = 'Kil'): ExcelJS.CellValue[] => [
	`Korpusfel ${title}`,
	'Region Värmland',
	municipality,
	'Lokal',
	'Pilot',
	'Påhittad insats för testerna av importen.'
];

// ——— The corpus

const committed = (
	name: string,
	what: string,
	content: () => Uint8Array,
	expectation: Expectation,
	kind: BadFile['import'] = 'initiatives'
): BadFile & { content: () => Uint8Array } => ({
	name,
	what,
	import: kind,
	committed: true,
	content,
	async make() {
		const file = path.join(here, name);
		return existsSync(file) ? new Uint8Array(readFileSync(file)) : content();
	},
	expect: expectation
});

const made = (
	name: string,
	what: string,
	make: () => Promise<Uint8Array>,
	expectation: Expectation,
	opts: { kind?: BadFile['import']; benchOnly?: boolean } = {}
): BadFile => ({
	name,
	what,
	import: opts.kind ?? 'initiatives',
	committed: false,
	benchOnly: opts.benchOnly,
	make,
	expect: expectation
});

const NOT_UTF8 = 'Cellen har ett tecken som inte är UTF-8 (byten 0xE5, "å" i Windows-1252)';

export const corpus: (BadFile & { content?: () => Uint8Array })[] = [
	committed(
		'cp1252.csv',
		'Swedish Excel\'s plain "CSV": Windows-1252 (å, ä, ö, en dash), semicolons, CRLF',
		() =>
			cp1252(
				[HEADER, good('Cp1252 Säffle – hemsjukvård', 'Säffle'), good('Cp1252 Årjäng', 'Årjäng')]
					.map((l) => `${l}\r\n`)
					.join('')
			),
		{ imported: 2 }
	),
	committed(
		'utf8-stray-cp1252-byte.csv',
		'UTF-8 (Åmål-like å, ä, ö as UTF-8) but for one Windows-1252 byte (0xE5, å) in row 3, column Beskrivning',
		() =>
			concat(
				enc(`${HEADER}\n${good('Stray Årjäng', 'Årjäng')}\n${good('Stray Kil', 'Kil', 'Tr')}`),
				new Uint8Array([0xe5]),
				enc('ngbodd – påhittad.\n')
			),
		{ refused: NOT_UTF8, row: 3, column: 'Beskrivning' }
	),
	committed(
		'utf16le-bom.txt',
		'Excel\'s "Unicode text": UTF-16LE with BOM, tabs',
		() =>
			utf16le(
				[HEADER, good('Utf16 med BOM Torsby', 'Torsby')]
					.map((l) => `${l.replaceAll(';', '\t')}\r\n`)
					.join(''),
				true
			),
		{ imported: 1 }
	),
	committed(
		'utf16le-no-bom.txt',
		'UTF-16LE without a BOM (found by its NUL bytes), tabs',
		() =>
			utf16le(
				[HEADER, good('Utf16 utan BOM Sunne', 'Sunne')]
					.map((l) => `${l.replaceAll(';', '\t')}\r\n`)
					.join(''),
				false
			),
		{ imported: 1 }
	),
	committed(
		'nul-in-cell.csv',
		'a NUL byte inside a cell (row 2, column Beskrivning)',
		() => enc(`${HEADER}\n${good('Nul Kil', 'Kil', 'Före\0efter')}\n`),
		{ refused: 'NUL-tecken', row: 2, column: 'Beskrivning' }
	),
	committed(
		'mixed-line-endings.csv',
		'\\r\\n, \\n and \\r line ends in one file',
		() =>
			enc(
				`${HEADER}\r\n${good('Radslut Kil', 'Kil')}\n${good('Radslut Hammarö', 'Hammarö')}\r${good('Radslut Forshaga', 'Forshaga')}\r\n`
			),
		{ imported: 3 }
	),
	committed(
		'unbalanced-quote.csv',
		'a quote in the middle of a cell (row 3, column Beskrivning)',
		() =>
			enc(
				`${HEADER}\n${good('Citat Kil', 'Kil')}\n${good('Citat Grums', 'Grums', '"Trygg" hemgång')}\n`
			),
		{ refused: 'Citattecknen (") går inte ihop', row: 3, column: 'Beskrivning' }
	),
	committed(
		'unclosed-quote.csv',
		'a quote that opens and never closes (row 3, column Beskrivning): the rest of the file would be one cell',
		() =>
			enc(
				`${HEADER}\n${good('Oavslutat Kil', 'Kil')}\n${good('Oavslutat Grums', 'Grums', '"Trygg hemgång')}\n${good('Oavslutat Eda', 'Eda')}\n`
			),
		{ refused: 'Ett citattecken (") öppnas här men stängs aldrig', row: 3, column: 'Beskrivning' }
	),
	committed(
		'page.html',
		'a web page saved from the browser',
		() =>
			enc(
				'<!DOCTYPE html>\n<html lang="sv"><head><title>Insatser</title></head><body><table><tr><td>Namn</td></tr></table></body></html>\n'
			),
		{ refused: 'Filen är en HTML-sida, inte en CSV- eller XLSX-fil.' }
	),
	committed(
		'report.pdf.csv',
		'a PDF file named .csv',
		() => enc('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
		{ refused: 'Filen är en PDF-fil, inte en CSV- eller XLSX-fil.' }
	),
	committed(
		'image.png.xlsx',
		'a PNG image named .xlsx',
		() =>
			new Uint8Array([
				0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
				0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0
			]),
		{ refused: 'Filen är en PNG-bild, inte en CSV- eller XLSX-fil.' }
	),
	committed(
		'binary.csv',
		'binary bytes (a program, say) named .csv',
		() => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
		{ refused: 'Filen är ingen textfil' }
	),
	made(
		'archive.zip.xlsx',
		'a zip file that is not a workbook',
		async () => zip([part('notes.txt', 'Inte en arbetsbok.')]),
		{ refused: 'Filen är ett zip-arkiv men ingen Excel-arbetsbok' }
	),
	made(
		'zip-bomb.xlsx',
		'a workbook of about 300 kB whose sheet unpacks to 400 MB',
		() => bombWorkbook(400, false),
		{ refused: 'Arbetsboken packas upp till mer än 50 MB' }
	),
	made(
		'zip-bomb-lying.xlsx',
		'the same bomb, but the zip says the sheet is 10 kB',
		() => bombWorkbook(400, true),
		{ refused: 'Arbetsboken packas upp till mer än 50 MB' }
	),
	made(
		'truncated.xlsx',
		'a good workbook cut in half (an interrupted download)',
		async () => {
			const b = await workbook([goodRow('Avklippt')]);
			return b.subarray(0, Math.floor(b.length / 2));
		},
		{ refused: 'trasig eller avklippt' }
	),
	made(
		'formula-without-value.xlsx',
		'a formula whose value was never computed (row 3, column Beskrivning), as some programs save',
		() =>
			workbook([
				goodRow('Formel Kil'),
				[
					...goodRow('Formel Eda', 'Eda').slice(0, 5),
					{ formula: 'CONCAT("a","b")' } as ExcelJS.CellValue
				]
			]),
		{
			refused: 'Cellen har en formel utan uträknat värde',
			row: 3,
			column: 'Beskrivning'
		}
	),
	made(
		'formula-with-value.xlsx',
		'a formula with its computed value: the value is read',
		() =>
			workbook([
				[
					...goodRow('Formelvärde Kil').slice(0, 5),
					{ formula: 'CONCAT("a","b")', result: 'Påhittad, uträknad.' } as ExcelJS.CellValue
				]
			]),
		{ imported: 1 }
	),
	made(
		'too-large.csv',
		"11 MB: over the inventory import's 10 MB, refused before it is read",
		async () => {
			const line = enc(`${good('Stor Kil', 'Kil')}\n`);
			const n = Math.ceil((11 * MB) / line.length);
			const out = new Uint8Array(n * line.length);
			for (let i = 0; i < n; i++) out.set(line, i * line.length);
			return concat(enc(`${HEADER}\n`), out);
		},
		{ refused: 'Filen är för stor' }
	),
	made(
		'separators-200000.csv',
		'a header of 200,000 separators',
		async () => enc(`${HEADER}${';'.repeat(200_000)}\n${good('Semikolon Kil', 'Kil')}\n`),
		{ refused: 'kolumner; högst 200 läses' }
	),
	made(
		'separators-200000-measurements.csv',
		'a measurement row of 200,000 separators (row 3)',
		async () =>
			enc(`kpi;area;period;gender;value\nN20402;1780;2022;T;1\nN20402${';'.repeat(200_000)}\n`),
		{ refused: 'kolumner; högst 200 läses' },
		{ kind: 'measurements' }
	),
	made(
		'bad-rows-2mb-measurements.csv',
		'2 MB of measurement rows that are all wrong: at most 1,000 errors kept, the rest counted',
		async () => badMeasurements(2 * MB),
		{ refused: 'Värdet är inte ett tal', row: 2, column: 'value', moreErrors: true },
		{ kind: 'measurements' }
	),
	made(
		'bad-rows-50mb-measurements.csv',
		'50 MB of measurement rows that are all wrong (2.1 million errors)',
		async () => badMeasurements(50 * MB),
		{ refused: 'Värdet är inte ett tal', row: 2, column: 'value', moreErrors: true },
		{ kind: 'measurements', benchOnly: true }
	),
	committed(
		'rkolada-export.csv',
		"rKolada's export: municipality_id is the area, municipality its name",
		() =>
			enc(
				[
					'"kpi","year","gender","value","count","status","municipality","municipality_type","municipality_id"',
					'"N20402",2021,"T",6100.5,1,"","Karlstad","K","1780"',
					'"N20402",2022,"T",6200.25,1,"","Karlstad","K","1780"',
					'"N20402",2022,"T",7000,1,"","Region Värmland","L","0017"'
				].join('\n') + '\n'
			),
		{ imported: 3 },
		'measurements'
	)
];

/** Rows of measurements, each with an unknown indicator and a value that is not a number, to about `bytes` bytes. */
function badMeasurements(bytes: number): Uint8Array {
	const head = enc('kpi;area;period;gender;value\n');
	const line = enc('X99999;1780;2022;T;inte ett tal\n');
	const n = Math.floor((bytes - head.length) / line.length);
	const out = new Uint8Array(head.length + n * line.length);
	out.set(head, 0);
	for (let i = 0; i < n; i++) out.set(line, head.length + i * line.length);
	return out;
}

// `npx tsx tests/imports/bad/corpus.ts`: writes the committed files
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	for (const c of corpus)
		if (c.content) {
			writeFileSync(path.join(here, c.name), c.content());
			console.log(`wrote ${c.name}`);
		}
}
