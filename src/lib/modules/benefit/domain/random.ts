/**
 * A small seeded random number generator and the samplers the Monte Carlo
 * needs. Same seed, same sequence, on every platform: only 32-bit integer
 * arithmetic (Math.imul, shifts) and IEEE double operations are used.
 *
 * The generator is xoshiro128** (Blackman and Vigna, 2018): 128 bits of state,
 * period 2^128 − 1, passes BigCrush. Its state is filled from the 32-bit seed
 * with splitmix32, so that nearby seeds (1, 2, 3 …) give unrelated streams.
 */

export class Random {
	private s0 = 0;
	private s1 = 0;
	private s2 = 0;
	private s3 = 0;
	/** the second normal of the last Box–Muller pair, or NaN */
	private spare = Number.NaN;

	constructor(seed: number) {
		let x = seed >>> 0;
		const splitmix32 = () => {
			x = (x + 0x9e3779b9) | 0;
			let z = x;
			z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
			z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
			return (z ^ (z >>> 16)) >>> 0;
		};
		this.s0 = splitmix32();
		this.s1 = splitmix32();
		this.s2 = splitmix32();
		this.s3 = splitmix32();
	}

	/** A generator in the given state (four 32-bit words, not all zero); for checking against the reference. */
	static fromState(s0: number, s1: number, s2: number, s3: number): Random {
		const rng = new Random(0);
		rng.s0 = s0 | 0;
		rng.s1 = s1 | 0;
		rng.s2 = s2 | 0;
		rng.s3 = s3 | 0;
		return rng;
	}

	/** the next 32-bit unsigned integer (xoshiro128**) */
	nextUint32(): number {
		const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
		const t = this.s1 << 9;
		this.s2 ^= this.s0;
		this.s3 ^= this.s1;
		this.s1 ^= this.s2;
		this.s0 ^= this.s3;
		this.s2 ^= t;
		this.s3 = rotl(this.s3, 11);
		return result;
	}

	/** uniform on [0, 1), in steps of 2^−32 */
	uniform(): number {
		return this.nextUint32() / 4294967296;
	}

	/** standard normal, by Box–Muller; the pair's second value is kept for the next call */
	normal(): number {
		if (!Number.isNaN(this.spare)) {
			const z = this.spare;
			this.spare = Number.NaN;
			return z;
		}
		// 1 − u is in (0, 1], so the logarithm is finite
		const r = Math.sqrt(-2 * Math.log(1 - this.uniform()));
		const theta = 2 * Math.PI * this.uniform();
		this.spare = r * Math.sin(theta);
		return r * Math.cos(theta);
	}
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}

/** Triangular on [low, high] with mode `mode`, by inverting its distribution function. */
export function sampleTriangular(rng: Random, low: number, mode: number, high: number): number {
	const width = high - low;
	if (width <= 0) return mode;
	const u = rng.uniform();
	const split = (mode - low) / width;
	return u < split
		? low + Math.sqrt(u * width * (mode - low))
		: high - Math.sqrt((1 - u) * width * (high - mode));
}

/**
 * Gamma(shape, 1) by Marsaglia and Tsang (2000); for shape < 1 by drawing
 * Gamma(shape + 1) and scaling by u^(1/shape).
 */
export function sampleGamma(rng: Random, shape: number): number {
	if (shape < 1) {
		const u = 1 - rng.uniform();
		return sampleGamma(rng, shape + 1) * Math.pow(u, 1 / shape);
	}
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		let x: number;
		let v: number;
		do {
			x = rng.normal();
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		const u = rng.uniform();
		const x2 = x * x;
		if (u < 1 - 0.0331 * x2 * x2) return d * v;
		if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
	}
}

/** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function sampleBeta(rng: Random, a: number, b: number): number {
	const x = sampleGamma(rng, a);
	const y = sampleGamma(rng, b);
	return x / (x + y);
}

/**
 * PERT on [low, high] with mode `mode` (λ = 4): low + (high − low) · Beta(α, β)
 * with α = 1 + 4 (mode − low) / (high − low), β = 1 + 4 (high − mode) / (high − low).
 * Mean (low + 4·mode + high) / 6.
 */
export function samplePert(rng: Random, low: number, mode: number, high: number): number {
	const width = high - low;
	if (width <= 0) return mode;
	const alpha = 1 + (4 * (mode - low)) / width;
	const beta = 1 + (4 * (high - mode)) / width;
	return low + width * sampleBeta(rng, alpha, beta);
}

/** z of the two-sided 95 % interval: Φ⁻¹(0.975) */
export const Z95 = 1.959963984540054;

/** The lognormal whose 95 % interval is [low, high] (both > 0): its μ and σ on the log scale. */
export function lognormalFromInterval(low: number, high: number): { mu: number; sigma: number } {
	const lo = Math.log(low);
	const hi = Math.log(high);
	return { mu: (lo + hi) / 2, sigma: (hi - lo) / (2 * Z95) };
}

export function sampleLognormal(rng: Random, mu: number, sigma: number): number {
	return Math.exp(mu + sigma * rng.normal());
}
