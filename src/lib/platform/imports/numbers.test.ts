import { describe, expect, test } from 'vitest';
import { hasDecimalComma, parseDecimal, type ParsedNumber } from './numbers.ts';

const n = (value: number): ParsedNumber => ({ kind: 'number', value });

describe('parseDecimal: numbers as Swedish and English spreadsheets write them', () => {
	test.each<[string, ParsedNumber]>([
		['12,5', n(12.5)],
		['12.5', n(12.5)],
		['  7 ', n(7)],
		['-3,25', n(-3.25)],
		['\u22123,25', n(-3.25)], // typographic minus
		['1 234,5', n(1234.5)],
		['1\u00a0234,5', n(1234.5)], // non-breaking space, as Excel writes thousands
		['1\u202f234', n(1234)], // narrow no-break space
		['1.234,5', n(1234.5)],
		['1,234.5', n(1234.5)],
		[',5', n(0.5)],
		['0', n(0)],
		['1e3', n(1000)],
		['', { kind: 'empty' }],
		['   ', { kind: 'empty' }],
		['abc', { kind: 'nan' }],
		['12,5,3', { kind: 'nan' }],
		['1.234.567', { kind: 'nan' }],
		['saknas', { kind: 'nan' }],
		['..', { kind: 'nan' }],
		['12 %', { kind: 'nan' }],
		['Infinity', { kind: 'nan' }],
		['1e999', { kind: 'nan' }]
	])('%j', (raw, expected) => {
		expect(parseDecimal(raw)).toEqual(expected);
	});
});

describe('hasDecimalComma', () => {
	test.each([
		['12,5', true],
		['6 428,3', true],
		['12.5', false],
		['12', false],
		['a,b', false]
	])('%j → %s', (raw, expected) => {
		expect(hasDecimalComma(raw)).toBe(expected);
	});
});
