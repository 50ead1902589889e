import { describe, expect, test } from 'vitest';
import { basisText, yearlyValues } from './indicator.ts';

const row = (period: string, key: string, values: number[], rounds = 1, organisationId = 1) => ({
	organisationId,
	period,
	key,
	values,
	rounds
});

describe('yearlyValues', () => {
	test('pools the half-years of a year, with answers and rounds', () => {
		const out = yearlyValues(
			[
				row('2025 H1', 'person', [1, 2, 3], 1),
				row('2025 H2', 'person', [4, 5], 1, 2),
				row('2025 H2', 'digital', [5, 5, 5, 5, 5], 1),
				row('2026 H1', 'person', [3, 3, 3, 3, 3, 3], 2)
			],
			'person',
			5
		);
		expect(out).toEqual([
			{ period: 2025, value: 3, count: 5, rounds: 2, basis: '5 svar i 2 omgångar' },
			{ period: 2026, value: 3, count: 6, rounds: 2, basis: '6 svar i 2 omgångar' }
		]);
	});

	test('a year under K has no value, and K is never below 3', () => {
		expect(yearlyValues([row('2025 H1', 'a', [1, 2, 3, 4])], 'a', 5)).toEqual([]);
		expect(yearlyValues([row('2025 H1', 'a', [1, 2])], 'a', 1)).toEqual([]);
		expect(yearlyValues([row('2025 H1', 'a', [1, 2, 4])], 'a', 1)).toHaveLength(1);
	});

	test('basis in words', () => {
		expect(basisText(8, 1)).toBe('8 svar i 1 omgång');
		expect(basisText(42, 5)).toBe('42 svar i 5 omgångar');
	});
});
