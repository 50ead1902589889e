import { describe, expect, test } from 'vitest';
import { indicatorTitle, participantsPerYear } from './indicator.ts';

const round = (startsOn: string, prerequisites: string[], participants: number) => ({
	startsOn,
	prerequisites,
	participants
});

describe('participants per year for a prerequisite', () => {
	const rounds = [
		round('2025-09-01', ['leadership'], 12),
		round('2025-02-10', ['leadership', 'workplaces'], 8),
		round('2024-11-05', ['workplaces'], 5),
		round('2026-01-20', ['leadership'], 1)
	];

	test('sums the rounds that serve it, per starting year, with the rounds behind each value', () => {
		expect(participantsPerYear(rounds, 'leadership')).toEqual([
			{ period: 2025, value: 20, count: 2, basis: '20 deltagare i 2 omgångar' },
			{ period: 2026, value: 1, count: 1, basis: '1 deltagare i 1 omgång' }
		]);
		expect(participantsPerYear(rounds, 'workplaces').map((v) => [v.period, v.value])).toEqual([
			[2024, 5],
			[2025, 8]
		]);
	});

	test('no rounds, no values; the title names the prerequisite', () => {
		expect(participantsPerYear(rounds, 'follow_up')).toEqual([]);
		expect(indicatorTitle('workplaces')).toBe(
			'Deltagare i stödstrukturens utbildningar: Hållbara arbetsplatser'
		);
	});
});
