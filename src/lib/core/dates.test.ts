import { expect, test } from 'vitest';
import { formatDate, formatMonth, monthName } from './dates.ts';

test.each([
	['2022-06-16', 'day', 'sv', '16 juni 2022'],
	['2022-03-05', 'day', 'sv', '5 mars 2022'],
	['2023-01-01', 'month', 'sv', 'januari 2023'],
	['2022-06-16', 'day', 'en', '16 June 2022']
] as const)('formatDate(%s, %s, %s) = %s', (iso, precision, locale, text) => {
	expect(formatDate(iso, precision, locale)).toBe(text);
});

test('formatMonth and monthName', () => {
	expect(formatMonth('2022-04')).toBe('april 2022');
	expect(monthName(12)).toBe('december');
	expect(() => monthName(13)).toThrow(RangeError);
	expect(() => formatDate('16/6/2022')).toThrow(RangeError);
});
