import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dimensionResults, groupResults, type Answer, type Statement } from './scoring.ts';
import { effectiveK, suppress } from './suppression.ts';
import { aggregateExportRows, countyAggregate, type AggregateInput } from './aggregate.ts';
import { yearlyValues } from './indicator.ts';

/** The rule of small groups: no published cell, in any breakdown, rests on fewer than K answers. */

const cells = fc.uniqueArray(
	fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }), n: fc.nat({ max: 30 }) }),
	{ selector: (c) => c.key, maxLength: 12 }
);
const ks = fc.integer({ min: -2, max: 12 });

describe('suppress', () => {
	test.each([
		[
			[
				{ key: 'a', n: 9 },
				{ key: 'b', n: 2 }
			],
			5,
			false,
			[['a']],
			['b']
		],
		[
			[
				{ key: 'a', n: 9 },
				{ key: 'b', n: 2 }
			],
			5,
			true,
			[['b', 'a']],
			[]
		],
		[
			[
				{ key: 'a', n: 9 },
				{ key: 'b', n: 2 },
				{ key: 'c', n: 3 }
			],
			5,
			true,
			[['a'], ['b', 'c']],
			[]
		],
		[
			[
				{ key: 'a', n: 2 },
				{ key: 'b', n: 1 }
			],
			5,
			true,
			[],
			['a', 'b']
		],
		[[{ key: 'a', n: 2 }], 1, false, [], ['a']]
	])('%j with K=%i (partition %s) shows %j and hides %j', (input, k, partition, shown, hidden) => {
		const plan = suppress(input, k, { partition });
		expect(plan.shown.map((g) => g.keys)).toEqual(shown);
		expect(plan.hidden).toEqual(hidden);
	});

	test('K is never below 3', () => {
		expect([effectiveK(0), effectiveK(2), effectiveK(-7), effectiveK(NaN), effectiveK(8)]).toEqual([
			3, 3, 3, 5, 8
		]);
	});

	test('no shown cell rests on fewer than K answers, and every key is shown or hidden once', () => {
		fc.assert(
			fc.property(cells, ks, fc.boolean(), (input, k, partition) => {
				const plan = suppress(input, k, { partition });
				for (const g of plan.shown) expect(g.n).toBeGreaterThanOrEqual(effectiveK(k));
				const keys = [...plan.shown.flatMap((g) => g.keys), ...plan.hidden].sort();
				expect(keys).toEqual(input.map((c) => c.key).sort());
			})
		);
	});

	test('in a partition, the total minus the shown cells never gives away a small group', () => {
		fc.assert(
			fc.property(cells, ks, (input, k) => {
				const plan = suppress(input, k, { partition: true });
				if (plan.shown.length === 0) return;
				const hiddenN = input
					.filter((c) => plan.hidden.includes(c.key))
					.reduce((s, c) => s + c.n, 0);
				expect(hiddenN).toBe(0);
			})
		);
	});
});

const statements: Statement[] = [
	{ id: 1, dimensionKey: 'a', text: 'A1' },
	{ id: 2, dimensionKey: 'a', text: 'A2' },
	{ id: 3, dimensionKey: 'b', text: 'B1' }
];
const score = fc.constantFrom(1, 2, 3, 4, 5, null) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | null>;
const answers = fc.array(
	fc.record({
		group: fc.constantFrom('g1', 'g2', 'g3', 'g4'),
		scores: fc.record({ 1: score, 2: score, 3: score }, { requiredKeys: [] })
	}),
	{ maxLength: 40 }
) as fc.Arbitrary<Answer[]>;

describe('results', () => {
	test('every shown dimension and statement cell rests on at least K people', () => {
		fc.assert(
			fc.property(answers, ks, (list, k) => {
				const r = dimensionResults(
					list,
					[
						{ key: 'a', title: 'A' },
						{ key: 'b', title: 'B' }
					],
					statements,
					k
				);
				for (const c of [...r.dimensions, ...r.statements].map((x) => x.cell)) {
					if (c.shown) {
						expect(c.n).toBeGreaterThanOrEqual(effectiveK(k));
						expect(c.distribution.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(c.n);
					}
				}
			})
		);
	});

	test('every shown group cell rests on at least K people, and shown cells add up to all or nothing', () => {
		fc.assert(
			fc.property(answers, ks, fc.constantFrom('a', 'b'), (list, k, dim) => {
				const cells = groupResults(list, statements, dim, ['g1', 'g2', 'g3', 'g4'], k);
				const shown = cells.flatMap((c) => (c.cell.shown ? [c.cell] : []));
				for (const c of shown) expect(c.n).toBeGreaterThanOrEqual(effectiveK(k));
				const all = dimensionResults(list, [{ key: dim, title: dim }], statements, 0).dimensions[0]!
					.cell;
				const total = all.shown ? all.n : 0;
				if (shown.length) expect(shown.reduce((s, c) => s + c.n, 0)).toBe(total);
			})
		);
	});

	test('median and distribution of a dimension', () => {
		const list: Answer[] = [1, 2, 3, 4, 5].map((v) => ({
			group: 'g',
			scores: { 1: v as 1, 2: null, 3: 4 }
		}));
		const r = dimensionResults(list, [{ key: 'a', title: 'A' }], statements, 5);
		expect(r.dimensions[0]!.cell).toMatchObject({
			shown: true,
			n: 5,
			median: 3,
			mean: 3,
			distribution: [1, 1, 1, 1, 1],
			dontKnow: 5
		});
		expect(
			dimensionResults(list.slice(1), [{ key: 'a', title: 'A' }], statements, 5).dimensions[0]!.cell
		).toEqual({ shown: false });
	});
});

describe('the county aggregate', () => {
	const rows = fc.array(
		fc.record({
			organisationId: fc.integer({ min: 1, max: 6 }),
			period: fc.constantFrom('2025 H2', '2026 H1'),
			key: fc.constantFrom('person', 'digital'),
			values: fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { maxLength: 9 }),
			rounds: fc.integer({ min: 1, max: 3 })
		}),
		{ maxLength: 30 }
	);
	const unique = (list: AggregateInput[]) => {
		const seen = new Set<string>();
		return list.filter((r) => {
			const id = `${r.organisationId} ${r.period} ${r.key}`;
			return !seen.has(id) && seen.add(id);
		});
	};

	test('no county or organisation cell rests on fewer than K answers; shown organisations add up to the county', () => {
		fc.assert(
			fc.property(rows, ks, (list, k) => {
				for (const p of countyAggregate(unique(list), k)) {
					if (p.county.shown) expect(p.county.n).toBeGreaterThanOrEqual(effectiveK(k));
					const shown = p.organisations.flatMap((o) => (o.cell.shown ? [o.cell] : []));
					for (const c of shown) expect(c.n).toBeGreaterThanOrEqual(effectiveK(k));
					if (shown.length && p.county.shown)
						expect(shown.reduce((s, c) => s + c.n, 0)).toBe(p.county.n);
					for (const row of aggregateExportRows([p], new Map()))
						expect(row.answers).toBeGreaterThanOrEqual(effectiveK(k));
				}
			})
		);
	});

	test('no yearly value of the county indicator rests on fewer than K answers', () => {
		fc.assert(
			fc.property(rows, ks, fc.constantFrom('person', 'digital'), (list, k, key) => {
				for (const v of yearlyValues(list, key, k))
					expect(v.count).toBeGreaterThanOrEqual(effectiveK(k));
			})
		);
	});
});
