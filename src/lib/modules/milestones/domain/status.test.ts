import { describe, expect, test } from 'vitest';
import { MILESTONE_STATUSES, STATUS_LABELS, inTimeOrder, periodText } from './status.ts';

describe('the time of a milestone', () => {
	test.each([
		[{ year: 2023, periodLabel: 'Januari 2023' }, 'Januari 2023'],
		[{ year: 2025, periodLabel: '' }, '2025'],
		[{ year: 2025, periodLabel: '  ' }, '2025'],
		[{ year: null, periodLabel: '2025–2027' }, '2025–2027'],
		[{ year: null, periodLabel: '' }, 'Tid ej angiven']
	])('%o is written %s', (m, text) => {
		expect(periodText(m)).toBe(text);
	});

	test('milestones come in order of year, those without a year last, then by position', () => {
		const list = [
			{ id: 1, year: null, position: 1 },
			{ id: 2, year: 2024, position: 5 },
			{ id: 3, year: 2022, position: 9 },
			{ id: 4, year: 2024, position: 2 },
			{ id: 5, year: null, position: 0 }
		];
		expect(inTimeOrder(list).map((m) => m.id)).toEqual([3, 4, 2, 5, 1]);
	});
});

describe('the statuses', () => {
	test.each([
		['planned', 'planerad'],
		['under_way', 'pågår'],
		['reached', 'nådd'],
		['postponed', 'uppskjuten'],
		['unknown', 'okänd']
	] as const)('%s is "%s"', (status, label) => {
		expect(STATUS_LABELS[status]).toBe(label);
	});

	test('every status has a Swedish label', () => {
		expect(Object.keys(STATUS_LABELS).sort()).toEqual([...MILESTONE_STATUSES].sort());
	});
});
