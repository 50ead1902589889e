import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeScenario } from './model.ts';
import {
	DEFAULT_DRAWS,
	percentileOfSorted,
	simulate,
	simulationSteps,
	stats
} from './montecarlo.ts';
import { goldenA, goldenB, scenarioArbitrary } from './test-scenarios.ts';
import type { ScenarioInput, UncertainNumber } from './types.ts';

describe('simulate', () => {
	test('in steps: a pause after every batch of draws and every party, and the same answer bit for bit', () => {
		const steps = simulationSteps(goldenB(), { seed: 7, draws: 1000, batch: 300 });
		const paused: number[] = [];
		let step = steps.next();
		while (!step.done) {
			paused.push(step.value);
			step = steps.next();
		}
		// 300, 600, 900 draws, then once per organisation (goldenB has one)
		expect(paused).toEqual([300, 600, 900, 1000]);
		expect(step.value).toEqual(simulate(goldenB(), { seed: 7, draws: 1000 }));
	});

	test('same seed, same answer; another seed, another answer', () => {
		const a = simulate(goldenB(), { seed: 7 });
		const b = simulate(goldenB(), { seed: 7 });
		const c = simulate(goldenB(), { seed: 8 });
		expect(a.draws).toBe(DEFAULT_DRAWS);
		expect(a.draws).toBe(10_000);
		expect(b).toEqual(a);
		expect(c.system.discountedNet.mean).not.toBe(a.system.discountedNet.mean);
	});

	test('without ranges every draw is the deterministic result', () => {
		const input = goldenA();
		const det = computeScenario(input);
		const sim = simulate(input, { draws: 100, seed: 1 });
		const m = sim.organisations.find((o) => o.id === 'municipality')!;
		for (const key of ['p5', 'p50', 'p95', 'mean'] as const) {
			expect(m.discountedNet[key]).toBeCloseTo(-323_553.719, 2);
			expect(sim.system.discountedNet[key]).toBeCloseTo(det.system.totals.discountedNet, 6);
			expect(sim.outcomes[0]!.avoidedEvents[key]).toBeCloseTo(25, 9);
		}
		// zero but for the rounding of the mean
		expect(m.discountedNet.sd).toBeLessThan(1e-6);
		// the municipality never comes out ahead, the region and the system always
		expect(m.probabilityAhead).toBe(0);
		expect(sim.organisations.find((o) => o.id === 'region')!.probabilityAhead).toBe(1);
		expect(sim.system.probabilityAhead).toBe(1);
		expect(sim.system.probabilityBreakEvenBy).toEqual([1, 1, 1]);
		expect(m.probabilityBreakEvenBy).toEqual([0, 0, 0]);
		expect(m.returnPerKrona!.p50).toBeCloseTo(0.734306, 6);
		expect(sim.organisations.find((o) => o.id === 'region')!.returnPerKrona).toBeNull();
		m.cumulativeNet.forEach((band, t) =>
			expect(band.p50).toBeCloseTo([-150_000, -250_000, -350_000][t]!, 6)
		);
	});

	test('the uncertainty band and the break-even probabilities are ordered', () => {
		const sim = simulate(goldenB(), { seed: 3 });
		for (const band of sim.system.cumulativeNet) {
			expect(band.p5).toBeLessThanOrEqual(band.p50);
			expect(band.p50).toBeLessThanOrEqual(band.p95);
		}
		const by = sim.system.probabilityBreakEvenBy;
		expect(by).toHaveLength(4);
		for (let t = 1; t < by.length; t++) expect(by[t]!).toBeGreaterThanOrEqual(by[t - 1]!);
		expect(by[3]!).toBeLessThanOrEqual(1);
		expect(by[0]!).toBeLessThan(by[3]!);
		expect(sim.system.probabilityAhead).toBeGreaterThan(0);
		expect(sim.system.probabilityAhead).toBeLessThan(1);
	});

	test('scenario B: the break-even probabilities follow from the drawn inputs', () => {
		/*
		 * With r = 0 the municipality breaks even by year 4 exactly when the
		 * net over 4 years is ≥ 0, and it is ahead when that net is > 0. The
		 * inputs are continuous, so the two probabilities are the same.
		 */
		const sim = simulate(goldenB(), { seed: 11 });
		const m = sim.organisations[0]!;
		expect(m.probabilityBreakEvenBy[3]).toBe(m.probabilityAhead);
		// net = 4 × 100 × 0.5 × (1 − rr) × 4 000 × (population / 100) − cost; at the likely values 100 000
		expect(m.net.p50).toBeGreaterThan(0);
		expect(m.net.p5).toBeLessThan(0);
	});

	test('refuses a number of draws outside 1–100 000', () => {
		expect(() => simulate(goldenA(), { draws: 0 })).toThrow(
			'Antalet dragningar ska vara ett heltal 1–100000.'
		);
		expect(() => simulate(goldenA(), { draws: 1.5 })).toThrow(RangeError);
	});
});

describe('stats', () => {
	test('percentiles interpolate between ranks as numpy does', () => {
		// numpy.percentile([1..10], 5) = 1.45, 50 → 5.5, 95 → 9.55
		const values = Float64Array.from([7, 3, 10, 1, 5, 9, 2, 8, 6, 4]);
		const s = stats(values);
		expect(s.p5).toBeCloseTo(1.45, 12);
		expect(s.p50).toBeCloseTo(5.5, 12);
		expect(s.p95).toBeCloseTo(9.55, 12);
		expect(s.mean).toBe(5.5);
		// sample standard deviation of 1..10 = √(82.5 / 9)
		expect(s.sd).toBeCloseTo(Math.sqrt(82.5 / 9), 12);
		// the input is left as it was
		expect(Array.from(values)).toEqual([7, 3, 10, 1, 5, 9, 2, 8, 6, 4]);
	});

	test('selection gives the same percentiles as sorting', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 }),
				(list) => {
					const values = Float64Array.from(list);
					const sorted = Float64Array.from(list).sort();
					const s = stats(values);
					// + 0 makes −0 and 0 the same (sorting orders them, selection need not)
					expect(s.p5 + 0).toBe(percentileOfSorted(sorted, 5) + 0);
					expect(s.p50 + 0).toBe(percentileOfSorted(sorted, 50) + 0);
					expect(s.p95 + 0).toBe(percentileOfSorted(sorted, 95) + 0);
				}
			)
		);
	});
});

/** A symmetric range around the likely value, so that the distribution's mean is the likely value. */
function symmetric(
	n: UncertainNumber,
	width: number,
	distribution: 'pert' | 'triangular',
	max = Infinity
) {
	const d = Math.min(n.likely * width, max - n.likely, n.likely);
	return { ...n, low: n.likely - d, high: n.likely + d, distribution };
}

describe('the Monte Carlo mean approaches the deterministic result', () => {
	test('for symmetric ranges (triangular and PERT), within five standard errors', () => {
		fc.assert(
			fc.property(
				scenarioArbitrary,
				fc.double({ min: 0.05, max: 0.9, noNaN: true }),
				fc.constantFrom('pert' as const, 'triangular' as const),
				fc.integer({ min: 1, max: 2 ** 31 - 1 }),
				(s, width, distribution, seed) => {
					/*
					 * Every output is a sum of products of independent inputs, each
					 * appearing at most once per product (population × reach ×
					 * baseline × (1 − rate ratio) × cost per event × share), so its
					 * expectation is the product of the inputs' expectations. With a
					 * symmetric range those are the likely values, and the mean of the
					 * draws converges on the deterministic result.
					 */
					const input: ScenarioInput = {
						...s,
						population: symmetric(s.population, width, distribution),
						reach: symmetric(s.reach, width, distribution, 1),
						costs: s.costs.map((c) => ({ ...c, amount: symmetric(c.amount, width, distribution) })),
						outcomes: s.outcomes.map((o) => ({
							...o,
							baselineRate: symmetric(o.baselineRate, width, distribution),
							rateRatio: symmetric(o.rateRatio, width, distribution),
							costPerEvent: symmetric(o.costPerEvent, width, distribution)
						}))
					};
					const det = computeScenario(input);
					const sim = simulate(input, { seed });
					const parties = [...det.organisations, det.system];
					const simulated = [...sim.organisations, sim.system];
					parties.forEach((party, i) => {
						const got = simulated[i]!;
						for (const key of [
							'discountedNet',
							'discountedCosts',
							'discountedAvoidedCosts'
						] as const) {
							const expected = party.totals[key];
							const scale =
								party.totals.discountedCosts + Math.abs(party.totals.discountedAvoidedCosts);
							const tolerance = (5 * got[key].sd) / Math.sqrt(sim.draws) + 1e-9 * scale + 1e-9;
							expect(Math.abs(got[key].mean - expected)).toBeLessThanOrEqual(tolerance);
						}
					});
				}
			),
			{ numRuns: 20 }
		);
		// 20 scenarios × 10,000 draws: seconds on a busy machine, a property not a timing
	}, 60_000);
});
