import { expect, test } from 'vitest';
import { axisNumber, countOf, spreadsheetNumber, swedishNumber } from './numbers.ts';

test.each([
	{ value: 6000, decimals: 1, expected: '6\u00a0000' },
	{ value: 11.5, decimals: 1, expected: '11,5' },
	{ value: -2711.44, decimals: 1, expected: '−2\u00a0711,4' },
	{ value: 7.456, decimals: 2, expected: '7,46' }
])('swedishNumber($value, $decimals) is $expected', ({ value, decimals, expected }) => {
	expect(swedishNumber(value, decimals)).toBe(expected);
});

test('axis labels keep the decimals of the step', () => {
	expect([0, 2.5, 0.25, 12000].map(axisNumber)).toEqual(['0', '2,5', '0,25', '12\u00a0000']);
});

test('a spreadsheet cell has a decimal comma and no thousands separator', () => {
	expect(spreadsheetNumber(3836.8)).toBe('3836,8');
	expect(spreadsheetNumber(-5)).toBe('-5');
});

test('countOf picks the singular for one (Intl.PluralRules)', () => {
	expect(countOf(1, 'indikator', 'indikatorer')).toBe('1 indikator');
	expect(countOf(0, 'indikator', 'indikatorer')).toBe('0 indikatorer');
	expect(countOf(1234, 'indikator', 'indikatorer')).toBe('1\u00a0234 indikatorer');
});
