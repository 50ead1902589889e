import { isUtf8 } from 'node:buffer';

/**
 * Text files as people save them: UTF-8 with or without a byte order mark
 * (Excel's "CSV UTF-8" writes one), Windows-1252 (Excel's plain "CSV" on a
 * Swedish Windows), or UTF-16 ("Unicode text", with or without a byte order
 * mark). The encoding is decided by evidence: a file that is valid UTF-8 is
 * read as UTF-8; one with bytes ≥ 0x80 but not a single valid multi-byte
 * UTF-8 sequence as Windows-1252, where every byte is a character, so å, ä
 * and ö come through; one that is UTF-8 but for a few bytes as UTF-8 with
 * each of those bytes marked, so the reader reports its row and column
 * instead of garbling the whole file.
 */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
	text: string;
	encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array): DecodedText {
	const { encoding, bom } = detectEncoding(bytes);
	return { text: [...decodeChunks(bytes, encoding, bom)].join(''), encoding };
}

/** The encoding of a text file, by evidence, and the length of its byte order mark. */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bom: number } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { encoding: 'utf-8-bom', bom: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
	const utf16 = utf16WithoutBom(bytes);
	if (utf16) return { encoding: utf16, bom: 0 };
	const evidence = utf8Evidence(bytes);
	// bytes ≥ 0x80 and not one valid UTF-8 sequence: a Windows-1252 file (Excel's "CSV")
	if (evidence.invalid > 0 && evidence.multiByte === 0) return { encoding: 'windows-1252', bom: 0 };
	// UTF-8, perhaps with a few bytes that are not: each such byte is kept as a mark
	return { encoding: 'utf-8', bom: 0 };
}

const CHUNK_BYTES = 1 << 20;

/** The file after `from` in parts of about 1 MB, never cutting a UTF-8 sequence. */
function* parts(bytes: Uint8Array, encoding: TextEncoding, from: number): Generator<Uint8Array> {
	let i = from;
	while (i < bytes.length) {
		let end = Math.min(bytes.length, i + CHUNK_BYTES);
		if (encoding !== 'windows-1252') {
			// never cut a sequence: end before a byte that is not a continuation byte
			for (let k = 0; k < 4 && end < bytes.length && (bytes[end]! & 0xc0) === 0x80; k++) end--;
		}
		yield bytes.subarray(i, end);
		i = end;
	}
}

/**
 * The text in pieces of about 1 MB, so that a large file is never one
 * string: for UTF-8, each invalid byte as its stray mark (see STRAY_BYTE).
 */
export function* decodeChunks(
	bytes: Uint8Array,
	encoding: TextEncoding,
	from = 0
): Generator<string> {
	if (encoding === 'utf-16le' || encoding === 'utf-16be') {
		const decoder = new TextDecoder(encoding);
		for (let i = from; i < bytes.length; i += CHUNK_BYTES)
			yield decoder.decode(bytes.subarray(i, i + CHUNK_BYTES), {
				stream: i + CHUNK_BYTES < bytes.length
			});
		return;
	}
	for (const part of parts(bytes, encoding, from))
		yield encoding === 'windows-1252' ? decodeWindows1252(part) : decodeUtf8(part).text;
}

const PIECE_BYTES = 1 << 14;

/**
 * The text as UTF-8 bytes for the CSV reader, in pieces of 16 kB, so that it
 * turns a few hundred rows at a time into cells and little is held at once:
 * a UTF-8 file's own bytes wherever they are valid UTF-8 (no copy of the
 * file, no string of it), else the text of decodeChunks (a stray byte as its
 * mark) as UTF-8. A piece may end inside a character; the reader joins them.
 */
export function* utf8Pieces(
	bytes: Uint8Array,
	encoding: TextEncoding,
	from = 0
): Generator<Buffer> {
	const utf8 = encoding === 'utf-8' || encoding === 'utf-8-bom';
	const whole = utf8
		? (function* () {
				for (const part of parts(bytes, encoding, from))
					yield isUtf8(part) ? part : Buffer.from(decodeUtf8(part).text);
			})()
		: (function* () {
				for (const text of decodeChunks(bytes, encoding, from)) yield Buffer.from(text);
			})();
	for (const part of whole)
		for (let i = 0; i < part.length; i += PIECE_BYTES)
			yield Buffer.from(part.buffer, part.byteOffset + i, Math.min(PIECE_BYTES, part.length - i));
}

/**
 * A byte that is not part of valid UTF-8 in an otherwise UTF-8 file becomes a
 * mark, a private-use character U+10FE80–U+10FEFF (the byte after U+10FE00),
 * so the reader can name the cell and the byte. (Not a lone surrogate as in
 * Python's "surrogateescape": the text passes through UTF-8 on its way to
 * the CSV parser, which would turn a lone surrogate into U+FFFD.)
 */
export const STRAY_BYTE = /[\u{10FE80}-\u{10FEFF}]/u;
const STRAY_BASE = 0x10fe00;

/** The byte a stray mark stands for, and what it would be in Windows-1252. */
export function strayByte(mark: string): { byte: number; windows1252: string } {
	const byte = mark.codePointAt(0)! - STRAY_BASE;
	return { byte, windows1252: decodeWindows1252(new Uint8Array([byte])) };
}

/** How many valid multi-byte UTF-8 sequences and invalid bytes there are. */
export function utf8Evidence(b: Uint8Array): { multiByte: number; invalid: number } {
	let multiByte = 0;
	let invalid = 0;
	let i = 0;
	while (i < b.length) {
		const n = sequenceLength(b, i);
		if (n === 0) {
			invalid++;
			i++;
		} else {
			if (n > 1) multiByte++;
			i += n;
		}
	}
	return { multiByte, invalid };
}

/** The length of the valid UTF-8 sequence at i, or 0 when the byte there starts none. */
function sequenceLength(b: Uint8Array, i: number): number {
	const c = b[i]!;
	if (c < 0x80) return 1;
	const cont = (k: number) => i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
	if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		if (!cont(1) || !cont(2)) return 0;
		const d = b[i + 1]!;
		if (c === 0xe0 && d < 0xa0) return 0;
		if (c === 0xed && d > 0x9f) return 0;
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (!cont(1) || !cont(2) || !cont(3)) return 0;
		const d = b[i + 1]!;
		if (c === 0xf0 && d < 0x90) return 0;
		if (c === 0xf4 && d > 0x8f) return 0;
		return 4;
	}
	return 0;
}

/** UTF-8, with each invalid byte as its stray mark (see STRAY_BYTE). */
export function decodeUtf8(b: Uint8Array): { text: string; stray: number } {
	const decoder = new TextDecoder('utf-8');
	const parts: string[] = [];
	let stray = 0;
	let start = 0;
	let i = 0;
	while (i < b.length) {
		if (b[i]! < 0x80) {
			i++;
			continue;
		}
		const n = sequenceLength(b, i);
		if (n > 0) {
			i += n;
			continue;
		}
		if (i > start) parts.push(decoder.decode(b.subarray(start, i)));
		parts.push(String.fromCodePoint(STRAY_BASE + b[i]!));
		stray++;
		i++;
		start = i;
	}
	if (start < b.length) parts.push(decoder.decode(b.subarray(start)));
	return { text: parts.join(''), stray };
}

/**
 * UTF-16 saved without a byte order mark: in the first 4 kB, most even (or
 * odd) bytes are NUL and hardly any of the others, as in "k\0p\0i\0".
 */
export function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(b.length, 4096) & ~1;
	if (n < 4) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < n; i += 2) {
		if (b[i] === 0) evenNul++;
		if (b[i + 1] === 0) oddNul++;
	}
	const pairs = n / 2;
	if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
	if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
	return null;
}

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it (€, –, —, ” … in
 * 0x80–0x9F, the five unassigned bytes as the C1 controls of the same value).
 * Node 24's TextDecoder decodes it right; Node 20's did not (nodejs/node#56542),
 * which is why Nära once carried a table of its own.
 */
const windows1252 = new TextDecoder('windows-1252');

export function decodeWindows1252(bytes: Uint8Array): string {
	return windows1252.decode(bytes);
}

/** How an encoding is named to the person importing. */
export const encodingName: Record<TextEncoding, string> = {
	'utf-8': 'UTF-8',
	'utf-8-bom': 'UTF-8 med BOM',
	'utf-16le': 'UTF-16 (Unicode-text)',
	'utf-16be': 'UTF-16 (Unicode-text)',
	'windows-1252': 'Windows-1252 (ANSI)'
};
