/**
 * Text files as people save them: UTF-8 with or without a byte order mark
 * (Excel's "CSV UTF-8" writes one), Windows-1252 (Excel's plain "CSV" on a
 * Swedish Windows), or UTF-16 ("Unicode text"). A file that is valid UTF-8 is
 * read as UTF-8; anything else as Windows-1252, where every byte is a
 * character, so å, ä and ö come through.
 */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
	text: string;
	encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, –, —, ”, …). Node's
 * TextDecoder('windows-1252') decodes those as Latin-1 control characters,
 * so they are mapped here.
 */
const CP1252_80_9F =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	const CHUNK = 8192;
	for (let i = 0; i < bytes.length; i += CHUNK) {
		const part = bytes.subarray(i, i + CHUNK);
		const chars = new Array<string>(part.length);
		for (let j = 0; j < part.length; j++) {
			const b = part[j]!;
			chars[j] = b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b);
		}
		out += chars.join('');
	}
	return out;
}

/** How an encoding is named to the person importing. */
export const encodingName: Record<TextEncoding, string> = {
	'utf-8': 'UTF-8',
	'utf-8-bom': 'UTF-8 med BOM',
	'utf-16le': 'UTF-16 (Unicode-text)',
	'utf-16be': 'UTF-16 (Unicode-text)',
	'windows-1252': 'Windows-1252 (ANSI)'
};
