import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shownTotal, suppress } from './small-groups.ts';

const cells = (...counts: number[]) => counts.map((count, i) => ({ key: `k${i}`, count }));
const shown = (...counts: number[]) => suppress(cells(...counts), 5).map((c) => c.count);

describe('the minimum group size (5)', () => {
	test.each([
		['all large enough', [10, 7, 5], [10, 7, 5]],
		['one small cell, and the next smallest hidden with it', [10, 7, 2], [10, null, null]],
		['two small cells that together reach the minimum', [10, 3, 2], [10, null, null]],
		['a zero is not a group', [10, 0, 6], [10, 0, 6]],
		['everything small', [1, 2, 1], [null, null, null]],
		['no cells', [], []]
	])('%s: %j → %j', (_name, counts, expected) => {
		expect(shown(...counts)).toEqual(expected);
	});

	test.each([
		[4, null],
		[5, 5],
		[30, 30]
	])('a total of %i is shown as %s', (total, expected) => {
		expect(shownTotal(total, 5)).toBe(expected);
	});
});

describe('for any counts and any minimum', () => {
	const input = fc.record({
		counts: fc.array(fc.nat({ max: 60 }), { maxLength: 20 }),
		min: fc.integer({ min: 1, max: 15 })
	});

	test('no shown count is below the minimum, except an empty group', () => {
		fc.assert(
			fc.property(input, ({ counts, min }) => {
				for (const c of suppress(cells(...counts), min))
					if (c.count !== null) expect(c.count === 0 || c.count >= min).toBe(true);
			})
		);
	});

	test('what is hidden cannot be worked out from the total: none, at least the minimum, or the total is hidden too', () => {
		fc.assert(
			fc.property(input, ({ counts, min }) => {
				const result = suppress(cells(...counts), min);
				const hidden = result.reduce((s, c, i) => s + (c.count === null ? counts[i]! : 0), 0);
				const total = counts.reduce((s, n) => s + n, 0);
				expect(hidden === 0 || hidden >= min || shownTotal(total, min) === null).toBe(true);
			})
		);
	});

	test('a cell is shown exactly as counted, or not at all; order and keys are kept', () => {
		fc.assert(
			fc.property(input, ({ counts, min }) => {
				const result = suppress(cells(...counts), min);
				expect(result.map((c) => c.key)).toEqual(counts.map((_, i) => `k${i}`));
				result.forEach((c, i) => expect(c.count === null || c.count === counts[i]).toBe(true));
			})
		);
	});
});
