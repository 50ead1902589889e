import { expect, test } from 'vitest';
import { formatChange, formatRatio, formatValue } from './format.ts';

test.each([
	{ value: 1780, expected: '1\u00a0780' },
	{ value: 5746.3, expected: '5\u00a0746,3' },
	{ value: 0.25, expected: '0,3' },
	{ value: null, expected: 'Uppgift saknas' },
	{ value: Number.NaN, expected: 'Uppgift saknas' }
])('formatValue($value)', ({ value, expected }) => {
	expect(formatValue(value)).toBe(expected);
});

test.each([
	{ value: 12.5, expected: '+12,5' },
	{ value: -3, expected: '−3' },
	{ value: 0.01, expected: '0' }
])('formatChange($value)', ({ value, expected }) => {
	expect(formatChange(value)).toBe(expected);
});

test('formatRatio keeps two decimals', () => {
	expect(formatRatio(7.456)).toBe('7,46');
});
