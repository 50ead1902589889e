import fc from 'fast-check';
import type { Organisation, ScenarioInput } from './types.ts';

/**
 * Small scenarios and generators for the benefit model's tests. Made-up
 * figures, chosen so the arithmetic can be done by hand; not real data.
 */

export const twoOrganisations: Organisation[] = [
	{ id: 'municipality', kind: 'municipality', name: 'Kommunen' },
	{ id: 'region', kind: 'region', name: 'Regionen' }
];

/**
 * Golden scenario A (the arithmetic is in model.test.ts): 1 000 people, half
 * of them reached, half of that in year 1; the municipality pays 1 000 kr per
 * participant and 100 000 kr once in year 1; 0.1 events per person and year,
 * rate ratio 0.8, 100 000 kr per event split 40 % municipality, 60 % region;
 * 3 years at 10 %.
 */
export function goldenA(): ScenarioInput {
	return {
		name: 'Gyllene scenario A',
		intervention: 'Testinsats',
		targetGroup: 'Testgrupp',
		municipalities: ['1780'],
		organisations: twoOrganisations,
		population: { likely: 1000 },
		reach: { likely: 0.5 },
		rampUp: [0.5, 1],
		costs: [
			{
				name: 'Ledare',
				organisationId: 'municipality',
				basis: 'per_participant',
				amount: { likely: 1000 }
			},
			{
				name: 'Uppstart',
				organisationId: 'municipality',
				basis: 'fixed',
				amount: { likely: 100_000 },
				fromYear: 1,
				toYear: 1
			}
		],
		outcomes: [
			{
				id: 'fall',
				name: 'Fallskada',
				baselineRate: { likely: 0.1 },
				rateRatio: { likely: 0.8 },
				costPerEvent: { likely: 100_000 },
				costShares: [
					{ organisationId: 'municipality', share: 0.4 },
					{ organisationId: 'region', share: 0.6 }
				]
			}
		],
		horizonYears: 3,
		discountRate: 0.1
	};
}

/**
 * Golden scenario B: one municipality bears everything; 300 000 kr in year 1,
 * then 100 000 kr of avoided costs a year (100 people × 0.5 × (1 − 0.5) =
 * 25 events × 4 000 kr); 4 years, no discounting. It breaks even in year 3
 * exactly (cumulative net 0). Ranges for the sensitivity analysis.
 */
export function goldenB(): ScenarioInput {
	return {
		name: 'Gyllene scenario B',
		intervention: 'Testinsats',
		targetGroup: 'Testgrupp',
		municipalities: ['1780'],
		organisations: [{ id: 'municipality', kind: 'municipality', name: 'Kommunen' }],
		population: { likely: 100, low: 80, high: 120 },
		reach: { likely: 1 },
		rampUp: [1],
		costs: [
			{
				name: 'Uppstart',
				organisationId: 'municipality',
				basis: 'fixed',
				amount: { likely: 300_000, low: 200_000, high: 400_000 },
				fromYear: 1,
				toYear: 1
			}
		],
		outcomes: [
			{
				id: 'fall',
				name: 'Fallskada',
				baselineRate: { likely: 0.5 },
				rateRatio: { likely: 0.5, low: 0.4, high: 0.7, distribution: 'lognormal' },
				costPerEvent: { likely: 4000 },
				costShares: [{ organisationId: 'municipality', share: 1 }]
			}
		],
		horizonYears: 4,
		discountRate: 0
	};
}

export const ORGANISATIONS: Organisation[] = [
	{ id: 'region', kind: 'region', name: 'Regionen' },
	{ id: 'municipality', kind: 'municipality', name: 'Kommunen' },
	{ id: 'individual', kind: 'individual', name: 'Den enskilda' },
	{ id: 'relatives', kind: 'relatives', name: 'Anhöriga' }
];

const amount = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });

/**
 * Valid scenarios with every input at a likely value only: 1–20 years, up to
 * five cost items on random organisations, one to three outcomes whose cost
 * is split over a random subset of the organisations.
 */
export const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
	.record({
		horizon: fc.integer({ min: 1, max: 20 }),
		population: amount(1e6),
		reach: amount(1),
		ramp: fc.array(amount(1), { minLength: 1, maxLength: 5 }),
		costs: fc.array(
			fc.record({
				org: fc.constantFrom(...ORGANISATIONS.map((o) => o.id)),
				basis: fc.constantFrom('per_participant' as const, 'fixed' as const),
				amount: amount(1e6),
				from: fc.integer({ min: 1, max: 20 }),
				span: fc.integer({ min: 0, max: 20 })
			}),
			{ maxLength: 5 }
		),
		outcomes: fc.array(
			fc.record({
				base: amount(2),
				rr: amount(2),
				cpe: amount(1e6),
				weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 })
			}),
			{ minLength: 1, maxLength: 3 }
		),
		discountRate: amount(0.2)
	})
	.map(({ horizon, population, reach, ramp, costs, outcomes, discountRate }) => ({
		name: 'Genererat scenario',
		intervention: 'Genererad insats',
		targetGroup: 'Genererad grupp',
		municipalities: ['1780'],
		organisations: ORGANISATIONS,
		population: { likely: population },
		reach: { likely: reach },
		rampUp: ramp.slice(0, horizon),
		costs: costs.map((c, i) => {
			const fromYear = Math.min(c.from, horizon);
			return {
				name: `Kostnad ${i + 1}`,
				organisationId: c.org,
				basis: c.basis,
				amount: { likely: c.amount },
				fromYear,
				toYear: Math.min(fromYear + c.span, horizon)
			};
		}),
		outcomes: outcomes.map((o, k) => {
			const weights = o.weights.some((w) => w > 0) ? o.weights : [1, 0, 0, 0];
			const total = weights.reduce((a, b) => a + b, 0);
			return {
				id: `utfall-${k}`,
				name: `Utfall ${k + 1}`,
				baselineRate: { likely: o.base },
				rateRatio: { likely: o.rr },
				costPerEvent: { likely: o.cpe },
				costShares: ORGANISATIONS.flatMap((org, i) =>
					weights[i]! > 0 ? [{ organisationId: org.id, share: weights[i]! / total }] : []
				)
			};
		}),
		horizonYears: horizon,
		discountRate
	}));

/**
 * The largest scenario the schema accepts, every input uncertain: 400
 * municipalities, 20 organisations, 50 costs, 10 outcomes each shared by all
 * organisations, `horizonYears` years (50 unless given). What a caller who
 * wants to load the server would send; made-up figures.
 */
export function largestScenario(horizonYears = 50): ScenarioInput {
	const organisations: Organisation[] = Array.from({ length: 20 }, (_, i) => ({
		id: `org${i}`,
		kind: i === 0 ? 'region' : 'municipality',
		name: `Organisation ${i}`
	}));
	const range = (likely: number) => ({ likely, low: likely * 0.5, high: likely * 1.5 });
	return {
		name: 'Största möjliga scenario',
		intervention: 'Testinsats',
		targetGroup: 'Testgrupp',
		municipalities: Array.from({ length: 400 }, (_, i) => String(1000 + i)),
		organisations,
		population: range(100_000),
		reach: { likely: 0.5, low: 0.25, high: 0.75 },
		rampUp: [0.5, 1],
		costs: Array.from({ length: 50 }, (_, i) => ({
			name: `Kostnad ${i}`,
			organisationId: `org${i % 20}`,
			basis: i % 2 ? 'fixed' : 'per_participant',
			amount: { ...range(1000 + i), distribution: i % 3 ? 'triangular' : 'pert' }
		})),
		outcomes: Array.from({ length: 10 }, (_, k) => ({
			id: `utfall${k}`,
			name: `Utfall ${k}`,
			baselineRate: range(0.1),
			rateRatio: { likely: 0.8, low: 0.6, high: 0.95, distribution: 'lognormal' },
			costPerEvent: range(50_000),
			costShares: organisations.map((o) => ({ organisationId: o.id, share: 1 / 20 }))
		})),
		horizonYears,
		discountRate: 0.03
	};
}
