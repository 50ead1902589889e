import { describe, expect, test } from 'vitest';
import { isReviewOverdue, swedishToday } from './review.ts';

describe('an overdue review', () => {
	test.each([
		['in force, review date passed', 'in_force', '2026-12-06', true],
		['in force, review today', 'in_force', '2026-12-07', false],
		['in force, review ahead', 'in_force', '2027-01-01', false],
		['being revised, date passed', 'under_revision', '2026-01-01', true],
		['a draft has no review due', 'draft', '2020-01-01', false],
		['an ended one has no review due', 'ended', '2020-01-01', false],
		['no review date: not overdue (shown as unknown)', 'in_force', null, false]
	] as const)('%s', (_, status, nextReviewOn, overdue) => {
		expect(isReviewOverdue({ status, nextReviewOn }, '2026-12-07')).toBe(overdue);
	});

	test('today is Swedish time: 23:30 UTC on 31 December is already 1 January', () => {
		expect(swedishToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
		expect(swedishToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
	});
});
