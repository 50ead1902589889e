import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answer, Statement } from './scoring.ts';
import { effectiveK } from './suppression.ts';
import { trendChange, workplaceTrend } from './trend.ts';

const statements: Statement[] = [
	{ id: 1, dimensionKey: 'a', text: 'A1' },
	{ id: 2, dimensionKey: 'b', text: 'B1' }
];
const dims = [
	{ key: 'a', title: 'A' },
	{ key: 'b', title: 'B' }
];
const people = (n: number, a: 1 | 2 | 3 | 4 | 5, b: 1 | 2 | 3 | 4 | 5 | null = a): Answer[] =>
	Array.from({ length: n }, () => ({ group: 'r', scores: { 1: a, 2: b } }));

describe('workplaceTrend', () => {
	test('rounds in date order with their medians; a round under K shows nothing', () => {
		const rows = workplaceTrend(
			[
				{ id: 3, lastDay: '2026-09-30', answers: people(6, 4), statements },
				{ id: 1, lastDay: '2025-09-30', answers: people(5, 2, null), statements },
				{ id: 2, lastDay: '2026-03-31', answers: people(4, 5), statements }
			],
			dims,
			5
		);
		expect(rows.map((r) => [r.id, r.shown, r.respondents])).toEqual([
			[1, true, 5],
			[2, false, 4],
			[3, true, 6]
		]);
		expect(rows[0]!.cells).toEqual([
			{ key: 'a', median: 2, n: 5 },
			{ key: 'b', median: null, n: null }
		]);
		expect(rows[1]!.cells.every((c) => c.median === null)).toBe(true);
		expect(trendChange(rows, 'a')).toBe(2);
		expect(trendChange(rows, 'b')).toBeNull();
	});

	test('no shown cell of any round rests on fewer than K answers', () => {
		const score = fc.constantFrom(1, 2, 3, 4, 5, null) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | null>;
		const round = fc.record({
			id: fc.nat(),
			lastDay: fc.constantFrom('2025-06-30', '2025-12-31', '2026-06-30'),
			answers: fc.array(
				fc.record({
					group: fc.constant('r'),
					scores: fc.record({ 1: score, 2: score }, { requiredKeys: [] })
				}),
				{ maxLength: 12 }
			) as fc.Arbitrary<Answer[]>,
			statements: fc.constant(statements)
		});
		fc.assert(
			fc.property(fc.array(round, { maxLength: 5 }), fc.integer({ min: -2, max: 9 }), (rs, k) => {
				for (const row of workplaceTrend(rs, dims, k)) {
					if (!row.shown)
						expect(row.cells.every((c) => c.median === null && c.n === null)).toBe(true);
					for (const c of row.cells)
						if (c.n !== null) expect(c.n).toBeGreaterThanOrEqual(effectiveK(k));
				}
			})
		);
	});
});
