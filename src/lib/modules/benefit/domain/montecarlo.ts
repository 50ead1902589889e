import {
	compileScenario,
	createWorkspace,
	evaluate,
	summariseParty,
	SYSTEM_ID,
	SYSTEM_NAME,
	TOTAL,
	type CompiledScenario,
	type PartyResult
} from './model.ts';
import {
	lognormalFromInterval,
	Random,
	sampleLognormal,
	samplePert,
	sampleTriangular
} from './random.ts';
import type { ScenarioInput } from './types.ts';

/**
 * Monte Carlo over the uncertain inputs. Each draw takes one value of every
 * uncertain input (by its distribution, see types.ts) and runs the same model
 * as `computeScenario`; the same value holds for all years of the draw (the
 * uncertainty is about what the true figure is, not year-to-year noise).
 * Inputs are drawn independently of each other. Inputs without a range keep
 * their likely value.
 *
 * Seeded: the same scenario, seed and number of draws give the same answer,
 * bit for bit. The draws are made in a fixed order (draw by draw, inputs in
 * the order of `CompiledScenario.parameters`).
 *
 * Percentiles interpolate linearly between ranks (as numpy does). With skewed
 * ranges the mean of the draws differs from the deterministic result (which
 * uses the likely values); that difference is information, not error.
 */

export const DEFAULT_DRAWS = 10_000;
export const MAX_DRAWS = 100_000;

export interface SimulationOptions {
	/** 10 000 unless given; at most 100 000 */
	draws?: number;
	/** any 32-bit integer; 1 unless given */
	seed?: number;
}

export interface Stats {
	mean: number;
	sd: number;
	p5: number;
	p50: number;
	p95: number;
}

export interface PartySimulation {
	id: string;
	name: string;
	kind: PartyResult['kind'];
	costs: Stats;
	avoidedCosts: Stats;
	net: Stats;
	discountedCosts: Stats;
	discountedAvoidedCosts: Stats;
	discountedNet: Stats;
	avoidedEvents: Stats;
	/** null when some draw has no costs for the party */
	returnPerKrona: Stats | null;
	/** the uncertainty band of the cumulative net, per year (index 0 = year 1) */
	cumulativeNet: Stats[];
	/** the share of draws in which the discounted net over the horizon is above zero */
	probabilityAhead: number;
	/** per year t: the share of draws that have broken even by year t (index 0 = year 1) */
	probabilityBreakEvenBy: number[];
}

export interface SimulationResult {
	draws: number;
	seed: number;
	horizonYears: number;
	organisations: PartySimulation[];
	system: PartySimulation;
	outcomes: { id: string; name: string; avoidedEvents: Stats }[];
}

const FIXED = 0;
const TRIANGULAR = 1;
const PERT = 2;
const LOGNORMAL = 3;

/** How to draw each parameter, flattened for the inner loop. */
interface Samplers {
	kind: Uint8Array;
	low: Float64Array;
	likely: Float64Array;
	high: Float64Array;
	mu: Float64Array;
	sigma: Float64Array;
}

export function samplersOf(plan: CompiledScenario): Samplers {
	const n = plan.parameters.length;
	const s: Samplers = {
		kind: new Uint8Array(n),
		low: new Float64Array(n),
		likely: new Float64Array(n),
		high: new Float64Array(n),
		mu: new Float64Array(n),
		sigma: new Float64Array(n)
	};
	plan.parameters.forEach(({ value }, i) => {
		s.likely[i] = value.likely;
		const { low, high } = value;
		if (low === undefined || high === undefined || !(high > low)) {
			s.kind[i] = FIXED;
			return;
		}
		s.low[i] = low;
		s.high[i] = high;
		const distribution = value.distribution ?? 'pert';
		if (distribution === 'lognormal') {
			const { mu, sigma } = lognormalFromInterval(low, high);
			s.kind[i] = LOGNORMAL;
			s.mu[i] = mu;
			s.sigma[i] = sigma;
		} else {
			s.kind[i] = distribution === 'triangular' ? TRIANGULAR : PERT;
		}
	});
	return s;
}

function draw(rng: Random, s: Samplers, values: Float64Array): void {
	for (let i = 0; i < values.length; i++) {
		switch (s.kind[i]) {
			case TRIANGULAR:
				values[i] = sampleTriangular(rng, s.low[i]!, s.likely[i]!, s.high[i]!);
				break;
			case PERT:
				values[i] = samplePert(rng, s.low[i]!, s.likely[i]!, s.high[i]!);
				break;
			case LOGNORMAL:
				values[i] = sampleLognormal(rng, s.mu[i]!, s.sigma[i]!);
				break;
			default:
				values[i] = s.likely[i]!;
		}
	}
}

/** Metrics kept per party and draw, in this order. */
const METRICS = [
	'costs',
	'avoidedCosts',
	'net',
	'discountedCosts',
	'discountedAvoidedCosts',
	'discountedNet',
	'avoidedEvents',
	'returnPerKrona'
] as const;
const M_RETURN = METRICS.length - 1;

export function simulate(input: ScenarioInput, options: SimulationOptions = {}): SimulationResult {
	const steps = simulationSteps(input, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Draws between two pauses of `simulationSteps` unless given. */
export const DEFAULT_BATCH = 100;

/**
 * The same Monte Carlo as `simulate`, bit for bit, in steps: it pauses (yields
 * the number of draws made so far) after every `batch` draws and between the
 * parties' statistics, so that a caller can give other work a turn or stop
 * when a time budget is spent. The generator's return value is the result.
 */
export function* simulationSteps(
	input: ScenarioInput,
	options: SimulationOptions & { batch?: number } = {}
): Generator<number, SimulationResult, void> {
	const batch = Math.max(1, Math.floor(options.batch ?? DEFAULT_BATCH));
	const draws = options.draws ?? DEFAULT_DRAWS;
	if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
		throw new RangeError(`Antalet dragningar ska vara ett heltal 1–${MAX_DRAWS}.`);
	}
	const seed = (options.seed ?? 1) >>> 0;
	const plan = compileScenario(input);
	const H = plan.horizon;
	const P = plan.partyCount;
	const nOut = plan.outcomes.length;

	const rng = new Random(seed);
	const samplers = samplersOf(plan);
	const values = new Float64Array(plan.parameters.length);
	const ws = createWorkspace(plan);
	const totals = new Float64Array(TOTAL.size);

	// [metric][party][draw], [party][year][draw], [party][draw], [outcome][draw]
	const metrics = new Float64Array(METRICS.length * P * draws);
	const cumulative = new Float64Array(P * H * draws);
	const breakEven = new Uint8Array(P * draws);
	const outcomeEvents = new Float64Array(nOut * draws);
	const withoutCosts = new Uint8Array(P);
	const metricStride = P * draws;

	for (let d = 0; d < draws; d++) {
		draw(rng, samplers, values);
		evaluate(plan, values, ws);
		for (let p = 0; p < P; p++) {
			summariseParty(plan, ws, p, totals, cumulative, p * H * draws + d, draws);
			const at = p * draws + d;
			metrics[at] = totals[TOTAL.costs]!;
			metrics[metricStride + at] = totals[TOTAL.avoidedCosts]!;
			metrics[2 * metricStride + at] = totals[TOTAL.net]!;
			metrics[3 * metricStride + at] = totals[TOTAL.discountedCosts]!;
			metrics[4 * metricStride + at] = totals[TOTAL.discountedAvoidedCosts]!;
			metrics[5 * metricStride + at] = totals[TOTAL.discountedNet]!;
			metrics[6 * metricStride + at] = totals[TOTAL.avoidedEvents]!;
			const dCosts = totals[TOTAL.discountedCosts]!;
			if (dCosts > 0) {
				metrics[M_RETURN * metricStride + at] = totals[TOTAL.discountedAvoidedCosts]! / dCosts;
			} else {
				withoutCosts[p] = 1;
			}
			breakEven[at] = totals[TOTAL.breakEvenYear]!;
		}
		for (let k = 0; k < nOut; k++) {
			let sum = 0;
			for (let t = 0; t < H; t++) sum += ws.outcomeEvents[k * H + t]!;
			outcomeEvents[k * draws + d] = sum;
		}
		if ((d + 1) % batch === 0) yield d + 1;
	}

	const scratch = new Float64Array(draws);
	const statsOf = (source: Float64Array, offset: number) =>
		stats(source.subarray(offset, offset + draws), scratch);

	const party = (
		p: number,
		id: string,
		name: string,
		kind: PartyResult['kind']
	): PartySimulation => {
		const m = (metric: number) => statsOf(metrics, metric * metricStride + p * draws);
		let ahead = 0;
		const discountedNet = metrics.subarray(
			5 * metricStride + p * draws,
			5 * metricStride + (p + 1) * draws
		);
		for (let d = 0; d < draws; d++) if (discountedNet[d]! > 0) ahead++;
		const byYear = new Array<number>(H).fill(0);
		for (let d = 0; d < draws; d++) {
			const year = breakEven[p * draws + d]!;
			if (year > 0) byYear[year - 1]!++;
		}
		let running = 0;
		const probabilityBreakEvenBy = byYear.map((n) => (running += n) / draws);
		return {
			id,
			name,
			kind,
			costs: m(0),
			avoidedCosts: m(1),
			net: m(2),
			discountedCosts: m(3),
			discountedAvoidedCosts: m(4),
			discountedNet: m(5),
			avoidedEvents: m(6),
			returnPerKrona: withoutCosts[p] ? null : m(M_RETURN),
			cumulativeNet: Array.from({ length: H }, (_, t) => statsOf(cumulative, (p * H + t) * draws)),
			probabilityAhead: ahead / draws,
			probabilityBreakEvenBy
		};
	};

	const organisations: PartySimulation[] = [];
	for (const [i, o] of plan.organisations.entries()) {
		organisations.push(party(i, o.id, o.name, o.kind));
		yield draws;
	}
	return {
		draws,
		seed,
		horizonYears: H,
		organisations,
		system: party(P - 1, SYSTEM_ID, SYSTEM_NAME, 'system'),
		outcomes: plan.outcomes.map((o, k) => ({
			id: o.id,
			name: o.name,
			avoidedEvents: statsOf(outcomeEvents, k * draws)
		}))
	};
}

/**
 * Mean, standard deviation (n − 1) and the 5th, 50th and 95th percentiles,
 * interpolating linearly between ranks (as numpy does). `scratch` is at least
 * as long as `values` and is overwritten. The percentiles are found by
 * selection, not by sorting: three partial partitions instead of a full sort
 * (the Monte Carlo takes about a hundred of these per run).
 */
export function stats(
	values: Float64Array,
	scratch: Float64Array = new Float64Array(values.length)
): Stats {
	const n = values.length;
	let sum = 0;
	for (let i = 0; i < n; i++) sum += values[i]!;
	const mean = sum / n;
	let squares = 0;
	for (let i = 0; i < n; i++) {
		const dev = values[i]! - mean;
		squares += dev * dev;
	}
	const work = scratch.subarray(0, n);
	work.set(values);
	// p50 first over everything; then p5 lies left of it and p95 right of it
	const p50 = percentileBySelection(work, 50, 0, n);
	const mid = Math.floor(((n - 1) * 50) / 100);
	return {
		mean,
		sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0,
		p5: percentileBySelection(work, 5, 0, mid + 1),
		p50,
		p95: percentileBySelection(work, 95, mid, n)
	};
}

/**
 * The p-th percentile of all of `a` (length n), given that a[from, to) holds
 * exactly the values of ranks from … to − 1 (as after an earlier selection).
 * Reorders a[from, to).
 */
function percentileBySelection(a: Float64Array, p: number, from: number, to: number): number {
	const pos = ((a.length - 1) * p) / 100;
	const lo = Math.floor(pos);
	select(a, lo, from, to - 1);
	const low = a[lo]!;
	if (pos === lo) return low;
	// the next rank is the smallest value right of lo (everything from `to` on is larger still)
	let next = Number.POSITIVE_INFINITY;
	for (let i = lo + 1; i < a.length; i++) if (a[i]! < next) next = a[i]!;
	return low + (next - low) * (pos - lo);
}

/** Hoare's selection: puts the value of rank k at a[k], smaller left, larger right, within [left, right]. */
function select(a: Float64Array, k: number, left: number, right: number): void {
	while (right > left) {
		// median of three as the pivot keeps sorted and reversed input linear
		const mid = (left + right) >>> 1;
		if (a[mid]! < a[left]!) swap(a, mid, left);
		if (a[right]! < a[left]!) swap(a, right, left);
		if (a[right]! < a[mid]!) swap(a, right, mid);
		const pivot = a[mid]!;
		let i = left;
		let j = right;
		while (i <= j) {
			while (a[i]! < pivot) i++;
			while (a[j]! > pivot) j--;
			if (i <= j) {
				swap(a, i, j);
				i++;
				j--;
			}
		}
		if (k <= j) right = j;
		else if (k >= i) left = i;
		else return;
	}
}

function swap(a: Float64Array, i: number, j: number): void {
	const t = a[i]!;
	a[i] = a[j]!;
	a[j] = t;
}

/** The p-th percentile (0–100) of sorted values, linear between the closest ranks. */
export function percentileOfSorted(sorted: Float64Array, p: number): number {
	const pos = ((sorted.length - 1) * p) / 100;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
