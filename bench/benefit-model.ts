import {
	computeScenario,
	exerciseTemplate,
	scenarioFromTemplate,
	simulate,
	type ScenarioInput,
	type TemplateUserInput
} from '../src/lib/modules/benefit/domain/index.ts';
import { median, msSince, type Benchmark } from './lib.ts';

/**
 * `benefit-model`: the time of a 10 000-draw Monte Carlo of the fall-prevention
 * exercise template against its baseline, 10 000 deterministic runs of the
 * same scenario (`computeScenario`), measured in the same run. Goal: ≤ 2×
 * baseline. Touches no database (the db column says `none`).
 *
 * Five rounds after a warm-up, the two measurements interleaved so that a
 * noisy neighbour hits both alike; the figures are the medians.
 */

const DRAWS = 10_000;
const ROUNDS = 5;

/**
 * The user's part of the template. Made up for the benchmark, not real
 * figures: every uncertain input has a range so that every sampler runs
 * (PERT, triangular, lognormal).
 */
export const benchInputs: TemplateUserInput = {
	name: 'Benchmark: fysisk träning (illustrativa indata, inte verkliga)',
	municipalities: ['1780'],
	population: { likely: 10_000, low: 9_500, high: 10_500 },
	reach: { likely: 0.2, low: 0.1, high: 0.3 },
	rampUp: [0.5, 1],
	costs: [
		{
			name: 'Träningsledare',
			organisationId: 'municipality',
			basis: 'per_participant',
			amount: { likely: 2_500, low: 1_500, high: 4_000, distribution: 'triangular' }
		},
		{
			name: 'Samordning',
			organisationId: 'region',
			basis: 'fixed',
			amount: { likely: 200_000, low: 150_000, high: 300_000 }
		}
	],
	horizonYears: 10,
	discountRate: 0.03,
	rateRatio: { low: 0.7, high: 0.85 },
	costPerEvent: { low: 100_000, high: 130_000 }
};

export function benchScenario(): ScenarioInput {
	const result = scenarioFromTemplate(exerciseTemplate, benchInputs);
	if (!result.ok)
		throw new Error(`the benchmark scenario is invalid: ${JSON.stringify(result.errors)}`);
	return result.value;
}

export const benefitModel: Benchmark = async () => {
	const scenario = benchScenario();
	let checksum = 0;
	const deterministic = () => {
		const start = process.hrtime.bigint();
		for (let i = 0; i < DRAWS; i++)
			checksum += computeScenario(scenario).system.totals.discountedNet;
		return msSince(start);
	};
	const montecarlo = (seed: number) => {
		const start = process.hrtime.bigint();
		checksum += simulate(scenario, { draws: DRAWS, seed }).system.discountedNet.mean;
		return msSince(start);
	};

	console.error('benefit-model: warming up');
	montecarlo(0);
	deterministic();

	const mc: number[] = [];
	const det: number[] = [];
	for (let round = 1; round <= ROUNDS; round++) {
		mc.push(montecarlo(round));
		det.push(deterministic());
		console.error(
			`benefit-model: round ${round}/${ROUNDS}: Monte Carlo ${mc.at(-1)!.toFixed(1)} ms, ` +
				`${DRAWS} deterministic runs ${det.at(-1)!.toFixed(1)} ms`
		);
	}

	const sim = simulate(scenario, { draws: DRAWS, seed: 1 });
	return {
		figures: [{ name: 'montecarlo_10000', value: median(mc), unit: 'ms', baseline: median(det) }],
		details: {
			what: `simulate(${DRAWS} draws) of the exercise template vs ${DRAWS} × computeScenario`,
			inputs: 'illustrative, made up for the benchmark (see bench/benefit-model.ts)',
			goal: 'ratio ≤ 2',
			rounds: ROUNDS,
			montecarloMs: mc,
			deterministicMs: det,
			parameters: 7,
			horizonYears: scenario.horizonYears,
			systemDiscountedNet: sim.system.discountedNet,
			checksum
		}
	};
};
