import { createInflateRaw } from 'node:zlib';
import { megabytes, type ImportLimits } from './limits.ts';

/**
 * What a file is, by its first bytes rather than its name, and whether an
 * Excel workbook may be opened: its zip directory read before anything is
 * unpacked, every part's unpacked size counted (streaming, nothing kept)
 * against the limits. A file of the wrong kind is named in Swedish.
 */

/** The file cannot be read as a table at all; says why, in Swedish. */
export class UnreadableFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UnreadableFileError';
	}
}

const starts = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);

const NOT_TABLE =
	'inte en CSV- eller XLSX-fil. Spara tabellen som CSV eller Excel-arbetsbok (.xlsx).';

/** A file that is plainly not a table: its Swedish message, or null. */
export function wrongKind(b: Uint8Array): string | null {
	if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2d)) return `Filen är en PDF-fil, ${NOT_TABLE}`;
	if (starts(b, 0x89, 0x50, 0x4e, 0x47)) return `Filen är en PNG-bild, ${NOT_TABLE}`;
	if (starts(b, 0xff, 0xd8, 0xff)) return `Filen är en JPEG-bild, ${NOT_TABLE}`;
	if (starts(b, 0x47, 0x49, 0x46, 0x38)) return `Filen är en GIF-bild, ${NOT_TABLE}`;
	if (starts(b, 0x1f, 0x8b)) return `Filen är komprimerad med gzip, ${NOT_TABLE}`;
	if (starts(b, 0x52, 0x61, 0x72, 0x21)) return `Filen är ett RAR-arkiv, ${NOT_TABLE}`;
	if (starts(b, 0x37, 0x7a, 0xbc, 0xaf)) return `Filen är ett 7z-arkiv, ${NOT_TABLE}`;
	if (starts(b, 0x7f, 0x45, 0x4c, 0x46)) return `Filen är ett program, ${NOT_TABLE}`;
	// text: HTML or XML, also after a BOM and spaces, in UTF-8 (a UTF-16 file is decoded first)
	const head = new TextDecoder('utf-8')
		.decode(b.subarray(0, 1024))
		.replace(/^\uFEFF/, '')
		.trimStart()
		.toLowerCase();
	if (/^(<!doctype html|<html|<head|<body|<!--)/.test(head) || /<html[\s>]/.test(head))
		return 'Filen är en HTML-sida, inte en CSV- eller XLSX-fil. Spara tabellen som CSV eller Excel-arbetsbok (.xlsx); en sida sparad från webbläsaren går inte att läsa in.';
	if (head.startsWith('<?xml')) return `Filen är en XML-fil, ${NOT_TABLE}`;
	if (head.startsWith('{') || head.startsWith('['))
		return `Filen ser ut att vara JSON, ${NOT_TABLE}`;
	return null;
}

/**
 * Binary content: control characters other than tab and line breaks in more
 * than 1 % of the first 64 kB (a text file with a stray NUL or two is text,
 * and its cells are reported one by one). For text already known not to be UTF-16.
 */
export function looksBinary(b: Uint8Array): boolean {
	const n = Math.min(b.length, 65_536);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const c = b[i]!;
		if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
	}
	return n > 0 && control > Math.max(8, n / 100);
}

interface ZipEntry {
	name: string;
	method: number;
	compressed: number;
	uncompressed: number;
	localOffset: number;
}

const BROKEN_ZIP =
	'Filen ser ut som en Excel-arbetsbok men är trasig eller avklippt (innehållsförteckningen i slutet av filen saknas). Spara den på nytt som .xlsx eller CSV.';

/** The entries of a zip file from its central directory (no unpacking). */
export function zipEntries(b: Uint8Array): ZipEntry[] {
	const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
	// the end of central directory record: within the last 64 kB + 22 bytes
	let eocd = -1;
	for (let i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw new UnreadableFileError(BROKEN_ZIP);
	const total = view.getUint16(eocd + 10, true);
	const size = view.getUint32(eocd + 12, true);
	let p = view.getUint32(eocd + 16, true);
	if (total === 0xffff || size === 0xffffffff || p === 0xffffffff)
		throw new UnreadableFileError(
			'Arbetsboken är för stor (zip64). Dela upp den i flera filer eller spara som CSV.'
		);
	if (p + size > eocd) throw new UnreadableFileError(BROKEN_ZIP);
	const entries: ZipEntry[] = [];
	for (let i = 0; i < total; i++) {
		if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50)
			throw new UnreadableFileError(BROKEN_ZIP);
		const nameLength = view.getUint16(p + 28, true);
		const extra = view.getUint16(p + 30, true);
		const comment = view.getUint16(p + 32, true);
		entries.push({
			method: view.getUint16(p + 10, true),
			compressed: view.getUint32(p + 20, true),
			uncompressed: view.getUint32(p + 24, true),
			localOffset: view.getUint32(p + 42, true),
			name: new TextDecoder('utf-8').decode(b.subarray(p + 46, p + 46 + nameLength))
		});
		p += 46 + nameLength + extra + comment;
	}
	return entries;
}

const tooBigWorkbook = (limits: ImportLimits) =>
	`Arbetsboken packas upp till mer än ${megabytes(limits.maxUnzippedBytes)} och läses inte in. Dela upp den i flera filer eller spara som CSV.`;

const bomb = (name: string, ratio: number) =>
	`Arbetsboken är packad ovanligt hårt (delen ${name} växer ${Math.round(ratio)} gånger när den packas upp) och läses inte in. Spara den på nytt från Excel, eller som CSV.`;

/** Counts the bytes an entry unpacks to, stopping at `max`; its data stays unkept. */
async function inflatedSize(data: Uint8Array, max: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const inflate = createInflateRaw();
		let n = 0;
		inflate.on('data', (chunk: Buffer) => {
			n += chunk.length;
			if (n > max) {
				inflate.destroy();
				resolve(n);
			}
		});
		inflate.on('end', () => resolve(n));
		inflate.on('error', reject);
		inflate.end(data);
	});
}

/**
 * Checks an Excel workbook before it is opened: a zip with the parts of an
 * xlsx (else "a zip that is not a workbook"), whose parts together unpack to
 * at most `maxUnzippedBytes`, none packed harder than `maxZipRatio`. The
 * sizes the directory declares are checked first, then the real ones (a
 * directory may lie).
 */
export async function checkWorkbook(b: Uint8Array, limits: ImportLimits): Promise<void> {
	const entries = zipEntries(b);
	const names = new Set(entries.map((e) => e.name));
	if (!names.has('xl/workbook.xml')) {
		if (names.has('word/document.xml'))
			throw new UnreadableFileError(`Filen är ett Word-dokument, ${NOT_TABLE}`);
		if (names.has('ppt/presentation.xml'))
			throw new UnreadableFileError(`Filen är en PowerPoint-presentation, ${NOT_TABLE}`);
		if (names.has('content.xml') && names.has('mimetype'))
			throw new UnreadableFileError(
				'Filen är ett OpenDocument-kalkylblad (.ods). Spara den som Excel-arbetsbok (.xlsx) eller CSV.'
			);
		throw new UnreadableFileError(`Filen är ett zip-arkiv men ingen Excel-arbetsbok, ${NOT_TABLE}`);
	}
	let declared = 0;
	for (const e of entries) {
		declared += e.uncompressed;
		if (declared > limits.maxUnzippedBytes) throw new UnreadableFileError(tooBigWorkbook(limits));
		const ratio = e.uncompressed / Math.max(1, e.compressed);
		if (e.uncompressed > 1024 * 1024 && ratio > limits.maxZipRatio)
			throw new UnreadableFileError(bomb(e.name, ratio));
	}
	const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
	let real = 0;
	for (const e of entries) {
		const p = e.localOffset;
		if (p + 30 > b.length || view.getUint32(p, true) !== 0x04034b50)
			throw new UnreadableFileError(BROKEN_ZIP);
		const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
		if (start + e.compressed > b.length) throw new UnreadableFileError(BROKEN_ZIP);
		const data = b.subarray(start, start + e.compressed);
		let size: number;
		if (e.method === 0) size = e.compressed;
		else if (e.method === 8) {
			try {
				size = await inflatedSize(data, limits.maxUnzippedBytes - real + 1);
			} catch {
				throw new UnreadableFileError(
					BROKEN_ZIP.replace(' (innehållsförteckningen i slutet av filen saknas)', '')
				);
			}
		} else
			throw new UnreadableFileError(
				'Arbetsboken är packad på ett sätt som inte stöds. Spara den på nytt från Excel, eller som CSV.'
			);
		real += size;
		if (real > limits.maxUnzippedBytes) throw new UnreadableFileError(tooBigWorkbook(limits));
		if (size > 1024 * 1024 && size / Math.max(1, e.compressed) > limits.maxZipRatio)
			throw new UnreadableFileError(bomb(e.name, size / Math.max(1, e.compressed)));
	}
}
