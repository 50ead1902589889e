import { describe, expect, test } from 'vitest';
import { nextSteps, stepRefusal } from './steps.ts';

describe('the steps of a barrier', () => {
	test.each([
		['new', 'taken_up', null],
		['new', 'resolved', 'Hindret kan inte gå till det steget härifrån.'],
		['new', 'being_resolved', 'Hindret kan inte gå till det steget härifrån.'],
		['taken_up', 'being_resolved', null],
		['taken_up', 'resolved', null],
		['taken_up', 'remains', null],
		['being_resolved', 'resolved', null],
		['being_resolved', 'taken_up', 'Hindret kan inte gå till det steget härifrån.'],
		['resolved', 'remains', 'Hindret är redan löst.'],
		['remains', 'taken_up', null]
	] as const)('%s → %s: %s', (from, to, expected) => {
		expect(stepRefusal(from, to)).toBe(expected);
	});

	test('a resolved barrier has no next step', () => {
		expect(nextSteps('resolved')).toEqual([]);
	});
});
