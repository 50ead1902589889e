/**
 * Numbers as they are written in Swedish and English spreadsheets: "12,5"
 * and "12.5", "1 234,5" with a space (or a non-breaking or thin space) between
 * thousands, "−3" with a typographic minus, "1.234,5" and "1,234.5". Where
 * both a point and a comma occur, the last one is the decimal mark. A lone
 * comma is always a decimal mark (Swedish writes thousands with spaces).
 * Pure.
 */

/** What a number cell holds: a number, nothing (an empty cell), or text that is not a number. */
export type ParsedNumber = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'nan' };

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

export function parseDecimal(raw: string): ParsedNumber {
	let s = raw.trim();
	if (s === '') return { kind: 'empty' };
	s = s.replace(SPACES, '').replace(/^[\u2212\u2013]/, '-');
	const comma = s.lastIndexOf(',');
	const point = s.lastIndexOf('.');
	if (comma >= 0 && point >= 0) {
		s = comma > point ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
	} else if (comma >= 0) {
		if (s.indexOf(',') !== comma) return { kind: 'nan' };
		s = s.replace(',', '.');
	}
	if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(s)) return { kind: 'nan' };
	const value = Number(s);
	return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'nan' };
}

/** Whether a cell is written with a decimal comma ("12,5"), for telling the person what was read. */
export function hasDecimalComma(raw: string): boolean {
	return /^\s*[-+\u2212]?[\d\s\u00a0]*\d,\d+\s*$/.test(raw);
}
