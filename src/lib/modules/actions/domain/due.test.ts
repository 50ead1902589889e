import { describe, expect, test } from 'vitest';
import { addDays, dueState, swedishDay } from './due.ts';

describe('when an action is due', () => {
	test.each([
		['open', '2024-05-01', '2024-05-02', 'overdue'],
		['in_progress', '2024-05-01', '2024-05-02', 'overdue'],
		['open', '2024-05-02', '2024-05-02', 'due_soon'],
		['open', '2024-05-09', '2024-05-02', 'due_soon'],
		['open', '2024-05-10', '2024-05-02', 'later'],
		['done', '2024-05-01', '2024-05-02', 'closed'],
		['cancelled', '2024-05-01', '2024-05-02', 'closed']
	] as const)('%s due %s seen on %s is %s', (status, dueOn, today, expected) => {
		expect(dueState({ status, dueOn }, today)).toBe(expected);
	});

	test.each([
		['2024-02-28', 1, '2024-02-29'],
		['2023-12-31', 1, '2024-01-01'],
		['2024-03-01', -1, '2024-02-29']
	])('%s plus %i days is %s', (iso, days, expected) => {
		expect(addDays(iso, days)).toBe(expected);
	});

	test.each([
		['2024-06-30T21:59:00Z', '2024-06-30'],
		['2024-06-30T22:00:00Z', '2024-07-01'],
		['2024-01-31T23:30:00Z', '2024-02-01']
	])('the Swedish day at %s is %s', (at, expected) => {
		expect(swedishDay(new Date(at))).toBe(expected);
	});
});
