import { describe, expect, test } from 'vitest';
import {
	lognormalFromInterval,
	Random,
	sampleBeta,
	sampleGamma,
	sampleLognormal,
	samplePert,
	sampleTriangular,
	Z95
} from './random.ts';

const N = 100_000;

function moments(draw: () => number, n = N) {
	let sum = 0;
	let squares = 0;
	let min = Infinity;
	let max = -Infinity;
	const values = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const x = draw();
		values[i] = x;
		sum += x;
		squares += x * x;
		if (x < min) min = x;
		if (x > max) max = x;
	}
	const mean = sum / n;
	values.sort();
	const quantile = (q: number) => values[Math.floor(q * (n - 1))]!;
	return { mean, variance: squares / n - mean * mean, min, max, quantile };
}

describe('xoshiro128**', () => {
	test('matches the reference implementation from the state {1, 2, 3, 4}', () => {
		// the first outputs of the reference C code (prng.di.unimi.it/xoshiro128starstar.c)
		const rng = Random.fromState(1, 2, 3, 4);
		expect(Array.from({ length: 10 }, () => rng.nextUint32())).toEqual([
			11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597,
			4258142804
		]);
	});

	test('the same seed gives the same stream; other seeds other streams', () => {
		const stream = (seed: number) => {
			const rng = new Random(seed);
			return Array.from({ length: 5 }, () => rng.uniform());
		};
		expect(stream(42)).toEqual(stream(42));
		expect(stream(42)).not.toEqual(stream(43));
		expect(stream(0)).not.toEqual(stream(1));
	});

	test('uniform draws lie in [0, 1) with mean ½ and variance 1/12', () => {
		const rng = new Random(1);
		const m = moments(() => rng.uniform());
		expect(m.min).toBeGreaterThanOrEqual(0);
		expect(m.max).toBeLessThan(1);
		expect(m.mean).toBeCloseTo(0.5, 2);
		expect(m.variance).toBeCloseTo(1 / 12, 3);
	});

	test('normal draws have mean 0, variance 1 and 97.5 % below 1.96', () => {
		const rng = new Random(2);
		const m = moments(() => rng.normal());
		expect(m.mean).toBeCloseTo(0, 2);
		expect(m.variance).toBeCloseTo(1, 1);
		expect(m.quantile(0.975)).toBeCloseTo(Z95, 1);
	});
});

describe('samplers', () => {
	test('triangular: within its bounds, mean (low + mode + high) / 3', () => {
		const rng = new Random(3);
		const m = moments(() => sampleTriangular(rng, 10, 20, 60));
		expect(m.min).toBeGreaterThanOrEqual(10);
		expect(m.max).toBeLessThanOrEqual(60);
		expect(m.mean).toBeCloseTo(30, 0);
		// the mode splits the mass: P(X < 20) = (20 − 10) / (60 − 10) = 0.2
		expect(m.quantile(0.2)).toBeCloseTo(20, 0);
	});

	test('PERT: within its bounds, mean (low + 4 mode + high) / 6', () => {
		const rng = new Random(4);
		const m = moments(() => samplePert(rng, 10, 20, 60));
		expect(m.min).toBeGreaterThanOrEqual(10);
		expect(m.max).toBeLessThanOrEqual(60);
		expect(m.mean).toBeCloseTo((10 + 80 + 60) / 6, 0);
		// α = 1 + 4·10/50 = 1.8, β = 1 + 4·40/50 = 4.2; variance = 50² · αβ / ((α+β)² (α+β+1))
		expect(m.variance).toBeCloseTo((2500 * 1.8 * 4.2) / (36 * 7), -1);
	});

	test('a range of zero width gives the likely value', () => {
		const rng = new Random(5);
		expect(sampleTriangular(rng, 3, 3, 3)).toBe(3);
		expect(samplePert(rng, 3, 3, 3)).toBe(3);
	});

	test('gamma and beta have their textbook means', () => {
		const rng = new Random(6);
		expect(moments(() => sampleGamma(rng, 2.5)).mean).toBeCloseTo(2.5, 1);
		expect(moments(() => sampleGamma(rng, 0.5)).mean).toBeCloseTo(0.5, 1);
		expect(moments(() => sampleBeta(rng, 2, 6)).mean).toBeCloseTo(0.25, 2);
	});

	test('a lognormal fitted to a 95 % interval puts 2.5 % below and above it', () => {
		// a rate ratio reported as 0.77 (0.71 to 0.83)
		const { mu, sigma } = lognormalFromInterval(0.71, 0.83);
		expect(Math.exp(mu)).toBeCloseTo(Math.sqrt(0.71 * 0.83), 12);
		const rng = new Random(7);
		const m = moments(() => sampleLognormal(rng, mu, sigma));
		expect(m.quantile(0.025)).toBeCloseTo(0.71, 2);
		expect(m.quantile(0.975)).toBeCloseTo(0.83, 2);
		expect(m.quantile(0.5)).toBeCloseTo(0.7677, 2);
	});
});
