import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeScenario, type PartyResult } from './model.ts';
import { validateScenario } from './schema.ts';
import { goldenA, goldenB, scenarioArbitrary } from './test-scenarios.ts';
import type { ScenarioInput } from './types.ts';

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 6);
const byId = (parties: PartyResult[], id: string) => parties.find((p) => p.id === id)!;

describe('golden scenario A (two organisations, ramp-up, a one-off cost, 10 % discounting)', () => {
	/*
	 * participants   = 1 000 × 0.5 × rampUp   → year 1: 250, years 2–3: 500
	 * municipality costs
	 *   year 1       = 250 × 1 000 + 100 000  = 350 000
	 *   years 2, 3   = 500 × 1 000            = 500 000
	 * avoided events = participants × 0.1 × (1 − 0.8) = participants × 0.02
	 *                → 5, 10, 10 (25 in all)
	 * avoided costs  = events × 100 000       → 500 000, 1 000 000, 1 000 000
	 *   municipality (40 %)                   → 200 000,   400 000,   400 000
	 *   region (60 %)                         → 300 000,   600 000,   600 000
	 * municipality net   = −150 000, −100 000, −100 000; cumulative −150 000, −250 000, −350 000
	 * region net         =  300 000,  600 000,  600 000; cumulative  300 000,  900 000, 1 500 000
	 * system net         =  150 000,  500 000,  500 000; cumulative  150 000,  650 000, 1 150 000
	 * discount factors   = 1, 1/1.1, 1/1.21; years 2 and 3 together weigh 1/1.1 + 1/1.21 = 2.1/1.21
	 * municipality discounted costs   = 350 000 + 500 000 × 2.1/1.21 = 1 217 768.595…
	 * municipality discounted avoided = 200 000 + 400 000 × 2.1/1.21 =   894 214.876…
	 * municipality discounted net     = −323 553.719…; return per krona = 894 214.876 / 1 217 768.595 = 0.734306…
	 * region discounted avoided       = 300 000 + 600 000 × 2.1/1.21 = 1 341 322.314…; no costs → no return per krona
	 * system discounted net           = 150 000 + 500 000 × 2.1/1.21 = 1 017 768.595…
	 */
	const result = computeScenario(goldenA());
	const municipality = byId(result.organisations, 'municipality');
	const region = byId(result.organisations, 'region');

	test('participants, discount factors and avoided events per year', () => {
		expect(result.years.map((y) => y.participants)).toEqual([250, 500, 500]);
		expect(result.years.map((y) => y.discountFactor)).toEqual([1, 1 / 1.1, 1 / 1.1 ** 2]);
		result.outcomes[0]!.avoidedEvents.forEach((e, t) => close(e, [5, 10, 10][t]!));
		close(result.outcomes[0]!.totalAvoidedEvents, 25);
	});

	test('the municipality pays and gains less than it pays', () => {
		expect(municipality.years.map((y) => y.costs)).toEqual([350_000, 500_000, 500_000]);
		municipality.years.forEach((y, t) => {
			close(y.avoidedCosts, [200_000, 400_000, 400_000][t]!);
			close(y.net, [-150_000, -100_000, -100_000][t]!);
			close(y.cumulativeNet, [-150_000, -250_000, -350_000][t]!);
			close(y.avoidedEvents, [5, 10, 10][t]!);
		});
		close(municipality.totals.discountedCosts, 1_217_768.5950413);
		close(municipality.totals.discountedAvoidedCosts, 894_214.8760331);
		close(municipality.totals.discountedNet, -323_553.7190083);
		close(municipality.totals.returnPerKrona!, 0.7343060739735);
		expect(municipality.totals.breakEvenYear).toBeNull();
	});

	test('the region pays nothing and gains from year 1', () => {
		expect(region.years.map((y) => y.costs)).toEqual([0, 0, 0]);
		region.years.forEach((y, t) => close(y.cumulativeNet, [300_000, 900_000, 1_500_000][t]!));
		close(region.totals.discountedAvoidedCosts, 1_341_322.3140496);
		expect(region.totals.breakEvenYear).toBe(1);
		expect(region.totals.returnPerKrona).toBeNull();
	});

	test('the system is the sum of the organisations', () => {
		expect(result.system.id).toBe('system');
		result.system.years.forEach((y, t) => {
			close(y.net, [150_000, 500_000, 500_000][t]!);
			close(y.cumulativeNet, [150_000, 650_000, 1_150_000][t]!);
			close(y.avoidedEvents, [5, 10, 10][t]!);
		});
		close(result.system.totals.discountedNet, 1_017_768.5950413);
		close(result.system.totals.costs, 1_350_000);
		close(result.system.totals.avoidedCosts, 2_500_000);
		expect(result.system.totals.breakEvenYear).toBe(1);
	});
});

describe('golden scenario B (one organisation, no discounting)', () => {
	/*
	 * avoided events = 100 × 1 × 0.5 × (1 − 0.5) = 25 a year; × 4 000 kr = 100 000 kr a year
	 * net            = 100 000 − 300 000 = −200 000, then 100 000, 100 000, 100 000
	 * cumulative     = −200 000, −100 000, 0, 100 000 → breaks even in year 3 (cumulative net ≥ 0)
	 * return per krona = 400 000 / 300 000 = 1.333…; discounted totals = plain totals (r = 0)
	 */
	const result = computeScenario(goldenB());
	const municipality = result.organisations[0]!;

	test('breaks even in the year the cumulative net reaches zero', () => {
		expect(municipality.years.map((y) => y.cumulativeNet)).toEqual([
			-200_000, -100_000, 0, 100_000
		]);
		expect(municipality.totals.breakEvenYear).toBe(3);
		expect(result.system.totals.breakEvenYear).toBe(3);
	});

	test('totals and return per krona', () => {
		expect(municipality.totals).toEqual({
			costs: 300_000,
			avoidedEvents: 100,
			avoidedCosts: 400_000,
			net: 100_000,
			discountedCosts: 300_000,
			discountedAvoidedCosts: 400_000,
			discountedNet: 100_000,
			breakEvenYear: 3,
			returnPerKrona: 400_000 / 300_000
		});
	});
});

describe('edge cases', () => {
	test('a rate ratio above 1 (harm) gives negative avoided events and costs', () => {
		const s = goldenB();
		s.outcomes[0]!.rateRatio = { likely: 1.2 };
		const result = computeScenario(s);
		// 100 × 0.5 × (1 − 1.2) = −10 events a year, −40 000 kr
		close(result.outcomes[0]!.avoidedEvents[0]!, -10);
		close(result.system.years[0]!.avoidedCosts, -40_000);
		expect(result.system.totals.breakEvenYear).toBeNull();
	});

	test('an organisation without costs or gains has no break-even year', () => {
		const s = goldenA();
		s.organisations = [
			...s.organisations,
			{ id: 'relatives', kind: 'relatives', name: 'Anhöriga' }
		];
		const relatives = byId(computeScenario(s).organisations, 'relatives');
		expect(relatives.totals.costs).toBe(0);
		expect(relatives.totals.avoidedCosts).toBe(0);
		expect(relatives.totals.breakEvenYear).toBeNull();
		expect(relatives.totals.returnPerKrona).toBeNull();
	});

	test('the last ramp-up value holds for the remaining years', () => {
		const s = goldenA();
		s.horizonYears = 5;
		expect(computeScenario(s).years.map((y) => y.participants)).toEqual([250, 500, 500, 500, 500]);
	});

	test('costs limited to some years, and the break-even year counted from the first flow', () => {
		const s = goldenB();
		// no costs in year 1; 300 000 in year 2 only; gains 100 000 a year from year 1
		s.costs[0] = { ...s.costs[0]!, fromYear: 2, toYear: 2 };
		const m = computeScenario(s).organisations[0]!;
		expect(m.years.map((y) => y.costs)).toEqual([0, 300_000, 0, 0]);
		expect(m.years.map((y) => y.cumulativeNet)).toEqual([100_000, -100_000, 0, 100_000]);
		expect(m.totals.breakEvenYear).toBe(1);
	});

	test('an unknown organisation in a cost is refused, naming it', () => {
		const s = goldenA();
		s.costs[0]!.organisationId = 'state';
		expect(() => computeScenario(s)).toThrow(
			'Organisationen "state" i kostnaden "Ledare" finns inte i scenariot.'
		);
	});
});

/** The same scenario with every outcome's rate ratio replaced. */
function withRateRatio(s: ScenarioInput, rr: (k: number) => number): ScenarioInput {
	return { ...s, outcomes: s.outcomes.map((o, k) => ({ ...o, rateRatio: { likely: rr(k) } })) };
}

describe('properties', () => {
	test('the generated scenarios are valid', () => {
		fc.assert(
			fc.property(scenarioArbitrary, (s) => {
				const v = validateScenario(s);
				expect(v.ok ? {} : v.errors).toEqual({});
			})
		);
	});

	test('a rate ratio of 1 avoids nothing', () => {
		fc.assert(
			fc.property(scenarioArbitrary, (s) => {
				const result = computeScenario(withRateRatio(s, () => 1));
				for (const o of result.outcomes) expect(o.avoidedEvents.every((e) => e === 0)).toBe(true);
				for (const party of [...result.organisations, result.system]) {
					for (const y of party.years) {
						// === rather than toBe: 0 and −0 are the same amount
						expect(y.avoidedEvents === 0).toBe(true);
						expect(y.avoidedCosts === 0).toBe(true);
						expect(y.net === -y.costs).toBe(true);
					}
				}
			})
		);
	});

	test('a smaller rate ratio never avoids fewer events', () => {
		fc.assert(
			fc.property(
				scenarioArbitrary,
				fc.double({ min: 0, max: 2, noNaN: true }),
				fc.double({ min: 0, max: 2, noNaN: true }),
				fc.nat(),
				(s, a, b, pick) => {
					const k = pick % s.outcomes.length;
					const [smaller, larger] = a <= b ? [a, b] : [b, a];
					const base = (k2: number) => s.outcomes[k2]!.rateRatio.likely;
					const withSmaller = computeScenario(
						withRateRatio(s, (j) => (j === k ? smaller : base(j)))
					);
					const withLarger = computeScenario(withRateRatio(s, (j) => (j === k ? larger : base(j))));
					withSmaller.outcomes[k]!.avoidedEvents.forEach((e, t) => {
						expect(e).toBeGreaterThanOrEqual(withLarger.outcomes[k]!.avoidedEvents[t]!);
					});
					expect(withSmaller.outcomes[k]!.totalAvoidedEvents).toBeGreaterThanOrEqual(
						withLarger.outcomes[k]!.totalAvoidedEvents
					);
				}
			)
		);
	});

	test('a zero discount rate gives the plain sums', () => {
		fc.assert(
			fc.property(scenarioArbitrary, (s) => {
				const result = computeScenario({ ...s, discountRate: 0 });
				for (const party of [...result.organisations, result.system]) {
					const sum = (f: (y: PartyResult['years'][number]) => number) =>
						party.years.reduce((acc, y) => acc + f(y), 0);
					expect(party.totals.discountedCosts).toBe(sum((y) => y.costs));
					expect(party.totals.discountedAvoidedCosts).toBe(sum((y) => y.avoidedCosts));
					expect(party.totals.discountedCosts).toBe(party.totals.costs);
					expect(party.totals.discountedAvoidedCosts).toBe(party.totals.avoidedCosts);
					expect(party.totals.discountedNet).toBe(party.totals.net);
				}
			})
		);
	});

	test('costs are attributed to exactly the organisations that bear them', () => {
		fc.assert(
			fc.property(scenarioArbitrary, (s) => {
				const result = computeScenario(s);
				const participants = (t: number) =>
					s.population.likely * s.reach.likely * s.rampUp[Math.min(t, s.rampUp.length - 1)]!;
				for (const org of result.organisations) {
					const items = s.costs.filter((c) => c.organisationId === org.id);
					org.years.forEach((y, t) => {
						const expected = items
							.filter((c) => (c.fromYear ?? 1) <= t + 1 && t + 1 <= (c.toYear ?? s.horizonYears))
							.reduce(
								(acc, c) =>
									acc + c.amount.likely * (c.basis === 'per_participant' ? participants(t) : 1),
								0
							);
						if (items.length === 0) expect(y.costs).toBe(0);
						expect(Math.abs(y.costs - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
					});
					const sharesIn = s.outcomes.some((o) =>
						o.costShares.some((c) => c.organisationId === org.id && c.share > 0)
					);
					if (!sharesIn) {
						expect(org.totals.avoidedCosts).toBe(0);
						expect(org.totals.avoidedEvents).toBe(0);
					}
				}
				result.system.years.forEach((y, t) => {
					const sum = result.organisations.reduce((acc, o) => acc + o.years[t]!.costs, 0);
					expect(Math.abs(y.costs - sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, sum));
				});
			})
		);
	});
});
