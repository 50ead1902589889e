import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dimensionResults, type Answer, type Statement } from './scoring.ts';
import { statementRows } from './statement-rows.ts';
import { effectiveK } from './suppression.ts';

const statements: Statement[] = [
	{ id: 1, dimensionKey: 'a', text: 'A1' },
	{ id: 2, dimensionKey: 'a', text: 'A2' },
	{ id: 3, dimensionKey: 'b', text: 'B1' }
];
const dims = [
	{ key: 'a', title: 'Dimension A' },
	{ key: 'b', title: 'Dimension B' }
];
const score = fc.constantFrom(1, 2, 3, 4, 5, null) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | null>;
const answers = fc.array(
	fc.record({
		group: fc.constant('g'),
		scores: fc.record({ 1: score, 2: score, 3: score }, { requiredKeys: [] })
	}),
	{ maxLength: 30 }
) as fc.Arbitrary<Answer[]>;

describe('statementRows', () => {
	test('each statement with its dimension, the workplace and the county; a small cell hidden', () => {
		const own: Answer[] = Array.from({ length: 5 }, (_, i) => ({
			group: 'own',
			scores: { 1: 4, 2: i < 2 ? 3 : null, 3: 5 }
		}));
		const rows = statementRows(
			{
				workplace: dimensionResults(own, dims, statements, 5),
				county: dimensionResults([...own, ...own], dims, statements.slice(0, 2), 5)
			},
			dims
		);
		expect(rows.map((r) => [r.id, r.dimension, r.own.shown, r.county.shown])).toEqual([
			[1, 'Dimension A', true, true],
			[2, 'Dimension A', false, false],
			[3, 'Dimension B', true, false]
		]);
	});

	test('no shown statement cell, the workplace’s or the county’s, rests on fewer than K answers', () => {
		fc.assert(
			fc.property(answers, answers, fc.integer({ min: -2, max: 9 }), (own, county, k) => {
				const rows = statementRows(
					{
						workplace: dimensionResults(own, dims, statements, k),
						county: dimensionResults(county, dims, statements, k)
					},
					dims
				);
				for (const r of rows)
					for (const c of [r.own, r.county])
						if (c.shown) expect(c.n).toBeGreaterThanOrEqual(effectiveK(k));
			})
		);
	});
});
