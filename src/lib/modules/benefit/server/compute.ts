import { createHash } from 'node:crypto';
import { setImmediate as giveTurn } from 'node:timers/promises';
import {
	computeScenario,
	DEFAULT_DRAWS,
	sensitivity,
	simulate,
	simulationSteps,
	summarySentences,
	validateScenario,
	type ScenarioInput,
	type SimulationResult
} from '../domain/index.ts';
import type { ComputedScenario } from '../ui/types.ts';
import { invalid, ok, type Outcome } from '../../../core/outcome.ts';

/**
 * Computing a scenario (anyone may): the deterministic result, the Monte
 * Carlo and the sensitivity, cached by the scenario's content.
 */

/** Draws and seed of every Monte Carlo Nära runs: the same scenario gives the same answer. */
export const DRAWS = DEFAULT_DRAWS;
export const SEED = 1;

export type { ComputedScenario };

const MAX_CACHED = 40;
const cache = new Map<string, ComputedScenario>();

const cacheKey = (input: ScenarioInput, draws: number) =>
	createHash('sha256')
		.update(JSON.stringify([input, draws]))
		.digest('base64url');

function cached(key: string): ComputedScenario | undefined {
	const hit = cache.get(key);
	if (hit) {
		cache.delete(key);
		cache.set(key, hit);
	}
	return hit;
}

function remember(key: string, computed: ComputedScenario): ComputedScenario {
	cache.set(key, computed);
	if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
	return computed;
}

function assemble(input: ScenarioInput, simulation: SimulationResult): ComputedScenario {
	const result = computeScenario(input);
	return {
		input,
		result,
		simulation,
		sensitivity: sensitivity(input),
		summary: summarySentences(result, simulation)
	};
}

/**
 * The deterministic result, the Monte Carlo (10 000 draws, fixed seed) and the
 * sensitivity of a validated scenario. Cached by the scenario's content, so a
 * page view recomputes nothing that has not changed.
 */
export function computeValidated(input: ScenarioInput): ComputedScenario {
	const key = cacheKey(input, DRAWS);
	return (
		cached(key) ?? remember(key, assemble(input, simulate(input, { draws: DRAWS, seed: SEED })))
	);
}

/**
 * The same as `computeValidated` with `draws` draws, without holding the
 * server: the Monte Carlo gives other requests a turn after every batch of
 * draws, and stops when `budgetMs` milliseconds have passed since the start
 * (its own time and the turns it gave). Null when the budget ran out: a
 * result of fewer draws than asked would depend on how busy the server was,
 * and the same scenario must give the same answer.
 */
export async function computeValidatedWithin(
	input: ScenarioInput,
	draws: number,
	budgetMs: number
): Promise<ComputedScenario | null> {
	const key = cacheKey(input, draws);
	const hit = cached(key);
	if (hit) return hit;
	const start = performance.now();
	const steps = simulationSteps(input, { draws, seed: SEED });
	for (;;) {
		const step = steps.next();
		if (step.done) return remember(key, assemble(input, step.value));
		if (performance.now() - start > budgetMs) return null;
		await giveTurn();
	}
}

/** Validates a scenario (from the API or a form) and computes it. */
export function compute(raw: unknown): Outcome<ComputedScenario> {
	const validated = validateScenario(raw);
	if (!validated.ok) return invalid('Kalkylen kunde inte räknas.', validated.errors);
	return ok(computeValidated(validated.value));
}
