import { describe, expect, test } from 'vitest';
import { decodeText, decodeWindows1252, detectEncoding, utf8Pieces } from './decode.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const pieces = (bytes: Uint8Array) => {
	const { encoding, bom } = detectEncoding(bytes);
	return [...utf8Pieces(bytes, encoding, bom)];
};

describe('utf8Pieces', () => {
	test('a UTF-8 file in pieces of 16 kB of its own bytes, never copied', () => {
		const bytes = Buffer.from(enc(`kpi;area;värde\n${'N20402;1780;12,5 – å\n'.repeat(5000)}`));
		const parts = pieces(bytes);
		expect(parts.length).toBe(Math.ceil(bytes.length / 16_384));
		expect(parts.every((p) => p.buffer === bytes.buffer && p.length <= 16_384)).toBe(true);
		expect(Buffer.concat(parts).toString('utf8')).toBe(decodeText(bytes).text);
	});

	test('the text without the BOM; stray bytes, Windows-1252 and UTF-16 as the decoded text', () => {
		const cases = [
			new Uint8Array([0xef, 0xbb, 0xbf, ...enc('kpi;område\nN1;1780\n')]),
			new Uint8Array([...enc('kpi;omr'), 0xe5, ...enc('de\nN1;1780\n')]),
			new Uint8Array([0x6b, 0x70, 0x69, 0x3b, 0xc5, 0x6d, 0xe5, 0x6c, 0x0a]),
			new Uint8Array([0xff, 0xfe, ...[...'kpi;år\n'].flatMap((c) => [c.charCodeAt(0), 0])])
		];
		for (const bytes of cases)
			expect(Buffer.concat(pieces(bytes)).toString('utf8')).toBe(decodeText(bytes).text);
	});
});

test('Windows-1252 through TextDecoder: every byte of 0x80–0x9F as Microsoft defines it', () => {
	const expected =
		'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ' +
		' ¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ';
	const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
	expect(decodeWindows1252(bytes)).toBe(expected.replace(' ', '\u00a0'));
	expect(decodeWindows1252(Uint8Array.from([0xc5, 0x72, 0x3b, 0x31]))).toBe('År;1');
});
