import { expect, test } from 'vitest';
import { sensitivity } from './sensitivity.ts';
import { goldenA, goldenB } from './test-scenarios.ts';

test('golden scenario B: the inputs ranked by how far they move the net', () => {
	/*
	 * net over 4 years (r = 0) = 4 × population × 0.5 × (1 − rate ratio) × 4 000 − start-up cost
	 * at the likely values   = 4 × 100 × 0.5 × 0.5 × 4 000 − 300 000 = 100 000
	 * rate ratio 0.4 / 0.7   → 4 × 100 × 0.5 × 0.6 × 4 000 − 300 000 = 180 000
	 *                          4 × 100 × 0.5 × 0.3 × 4 000 − 300 000 = −60 000   swing 240 000
	 * start-up 200 000 / 400 000 → 200 000 / 0                                   swing 200 000
	 * population 80 / 120    → 320 000 − 300 000 = 20 000 / 480 000 − 300 000 = 180 000   swing 160 000
	 * the reach has no range and is left out
	 */
	const result = sensitivity(goldenB());
	expect(result.systemNet).toBeCloseTo(100_000, 6);
	expect(
		result.items.map((i) => [i.path, i.low, i.high, i.systemNetAtLow, i.systemNetAtHigh, i.swing])
	).toEqual([
		[
			'outcomes.0.rateRatio',
			0.4,
			0.7,
			expect.closeTo(180_000, 6),
			expect.closeTo(-60_000, 6),
			expect.closeTo(240_000, 6)
		],
		['costs.0.amount', 200_000, 400_000, 200_000, 0, 200_000],
		['population', 80, 120, 20_000, 180_000, 160_000]
	]);
	expect(result.items.map((i) => i.label)).toEqual([
		'Fallskada: riskkvot',
		'Kostnad: Uppstart (Kommunen, per år)',
		'Befolkning i målgruppen'
	]);
	expect(result.items[2]!.organisations).toEqual([
		{ id: 'municipality', name: 'Kommunen', netAtLow: 20_000, netAtHigh: 180_000 }
	]);
});

test('who is moved: a range on the cost per event moves both organisations of scenario A', () => {
	/*
	 * cost per event 50 000 / 150 000 instead of 100 000: avoided costs scale by ½ and 1½.
	 * Undiscounted avoided costs per year were 500 000, 1 000 000, 1 000 000; discounted
	 * 500 000 + 1 000 000 × 2.1/1.21 = 2 235 537.19…, of which the region bears 60 %.
	 * region at low: 0.5 × 0.6 × 2 235 537.19 = 670 661.16; at high: 1.5 × … = 2 011 983.47
	 * system swing = (1.5 − 0.5) × 2 235 537.19 = 2 235 537.19
	 */
	const s = goldenA();
	s.outcomes[0]!.costPerEvent = { likely: 100_000, low: 50_000, high: 150_000 };
	const [item] = sensitivity(s).items;
	expect(item!.swing).toBeCloseTo(2_235_537.19, 1);
	const region = item!.organisations.find((o) => o.id === 'region')!;
	expect(region.netAtLow).toBeCloseTo(670_661.16, 1);
	expect(region.netAtHigh).toBeCloseTo(2_011_983.47, 1);
});

test('a scenario without ranges has nothing to rank', () => {
	expect(sensitivity(goldenA()).items).toEqual([]);
});
