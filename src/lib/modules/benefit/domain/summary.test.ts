import { describe, expect, test } from 'vitest';
import { computeScenario } from './model.ts';
import type { PartySimulation, SimulationResult } from './montecarlo.ts';
import { formatKronor, formatProbability, summarise, summarySentences } from './summary.ts';
import { goldenA, goldenB } from './test-scenarios.ts';

/** Intl's spaces (U+00A0) and minus (U+2212) as plain characters, for readable expectations. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-');

describe('Swedish amounts and probabilities', () => {
	test.each([
		[1_234_567_890, '1,2 mdkr'],
		[1_200_000, '1,2 mnkr'],
		[-3_450_000, '-3,5 mnkr'],
		[850_000, '850 tkr'],
		[12_345, '12 tkr'],
		[9_500, '9 500 kr'],
		[0, '0 kr']
	])('%d kr → %s', (amount, text) => {
		expect(plain(formatKronor(amount))).toBe(text);
	});

	test.each([
		[0.8, '80 %'],
		[0.456, '46 %'],
		[0.999, 'mer än 99 %'],
		[0.001, 'mindre än 1 %']
	])('%d → %s', (p, text) => {
		expect(plain(formatProbability(p))).toBe(text);
	});
});

describe('the summary', () => {
	test('golden scenario A with the likely values', () => {
		/*
		 * municipality: 1 350 000 / 3 = 450 000 a year paid, 1 000 000 / 3 = 333 333 a year saved
		 * region: 1 500 000 / 3 = 500 000 a year saved; system discounted net 1 017 768.6 → 1 mnkr
		 */
		expect(plain(summarise(computeScenario(goldenA())))).toBe(
			'Kommunen betalar i genomsnitt 450 tkr per år och sparar 333 tkr per år. ' +
				'Regionen sparar i genomsnitt 500 tkr per år. ' +
				'Över 3 år går systemet som helhet plus 1 mnkr i nuvärde (diskonteringsränta 10 %). ' +
				'Med de troligaste värdena går systemet som helhet plus inom 1 år.'
		);
	});

	test('golden scenario B breaks even in year 3', () => {
		expect(plain(summarySentences(computeScenario(goldenB())).at(-1)!)).toBe(
			'Med de troligaste värdena går systemet som helhet plus inom 3 år.'
		);
	});

	const party = (over: Partial<PartySimulation>): PartySimulation => {
		const s = { mean: 0, sd: 0, p5: -500_000, p50: 0, p95: 2_300_000 };
		return {
			id: 'system',
			name: 'Systemet som helhet',
			kind: 'system',
			costs: s,
			avoidedCosts: s,
			net: s,
			discountedCosts: s,
			discountedAvoidedCosts: s,
			discountedNet: s,
			avoidedEvents: s,
			returnPerKrona: null,
			cumulativeNet: [s, s, s],
			probabilityAhead: 0.5,
			probabilityBreakEvenBy: [0, 0, 0],
			...over
		};
	};
	const simulation = (by: number[], municipalityAhead: number): SimulationResult => ({
		draws: 10_000,
		seed: 1,
		horizonYears: 3,
		organisations: [
			party({
				id: 'municipality',
				name: 'Kommunen',
				kind: 'municipality',
				probabilityAhead: municipalityAhead
			}),
			party({ id: 'region', name: 'Regionen', kind: 'region', probabilityAhead: 1 })
		],
		system: party({ probabilityBreakEvenBy: by }),
		outcomes: []
	});

	test('with a simulation: the first year the system breaks even with at least even odds', () => {
		const sentences = summarySentences(
			computeScenario(goldenA()),
			simulation([0.1, 0.8, 0.95], 0.2)
		).map(plain);
		expect(sentences.slice(3)).toEqual([
			'Med 80 % sannolikhet går systemet som helhet plus inom 2 år.',
			'I 90 % av dragningarna ligger nuvärdet för systemet som helhet mellan -500 tkr och 2,3 mnkr.',
			'Kommunen går plus över hela perioden (i nuvärde) med 20 % sannolikhet.',
			'Regionen går plus över hela perioden (i nuvärde) med mer än 99 % sannolikhet.'
		]);
	});

	test('with a simulation where the odds never reach even', () => {
		const sentences = summarySentences(
			computeScenario(goldenA()),
			simulation([0.05, 0.1, 0.3], 0)
		).map(plain);
		expect(sentences[3]).toBe('Sannolikheten att systemet som helhet går plus inom 3 år är 30 %.');
		expect(sentences[5]).toBe(
			'Kommunen går plus över hela perioden (i nuvärde) med mindre än 1 % sannolikhet.'
		);
	});
});
