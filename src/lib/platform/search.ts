/**
 * A search text as a tsquery: every word (letters and digits only, so no
 * query syntax gets through) as a prefix, all of them required. "fall skad"
 * → "fall:* & skad:*", which finds "Fallskador". Null when there is no word.
 * With `match: 'any'`, any of the words (for a second try when no item has
 * them all). Used with `to_tsquery('swedish', …)`, which stems each word.
 */
export function toPrefixQuery(text: string, match: 'all' | 'any' = 'all'): string | null {
	const words = searchWords(text);
	return words.length
		? words.map((w) => `${w.toLowerCase()}:*`).join(match === 'all' ? ' & ' : ' | ')
		: null;
}

/** The words of a search text that count (letters and digits; at most twelve). */
export function searchWords(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
}

/** Marks ts_headline puts around a match; control characters never typed in a text. */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/**
 * A ts_headline result as segments, matches flagged, for pages and the API
 * to show without ever treating the text as HTML.
 */
export function highlightSegments(marked: string): { text: string; match: boolean }[] {
	const segments: { text: string; match: boolean }[] = [];
	const re = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, 'g');
	let last = 0;
	for (const m of marked.matchAll(re)) {
		if (m.index > last) segments.push({ text: marked.slice(last, m.index), match: false });
		if (m[1]) segments.push({ text: m[1], match: true });
		last = m.index + m[0].length;
	}
	if (last < marked.length) segments.push({ text: marked.slice(last), match: false });
	return segments.map((s) => ({
		...s,
		text: s.text.replaceAll(MATCH_START, '').replaceAll(MATCH_END, '')
	}));
}
