import { describe, expect, test } from 'vitest';
import { arrayElement, arrayLiteral } from './bulk.ts';

describe('PostgreSQL array literals for unnest()', () => {
	test.each([
		[null, 'NULL'],
		[12.5, '12.5'],
		[-3, '-3'],
		[true, 't'],
		[false, 'f'],
		['', '""'],
		['NULL', '"NULL"'],
		['Årjäng', '"Årjäng"'],
		['a,b', '"a,b"'],
		['{x}', '"{x}"'],
		['say "hi"', '"say \\"hi\\""'],
		['back\\slash', '"back\\\\slash"'],
		['rad 1\nrad 2', '"rad 1\nrad 2"']
	])('%j → %s', (value, literal) => {
		expect(arrayElement(value)).toBe(literal);
	});

	test('a column', () => {
		expect(arrayLiteral([1, null, 3])).toBe('{1,NULL,3}');
		expect(arrayLiteral([])).toBe('{}');
	});

	test('no value that is not a number slips through as one', () => {
		expect(() => arrayElement(NaN)).toThrow('is not a finite number');
		expect(() => arrayElement(Infinity)).toThrow('is not a finite number');
	});
});
