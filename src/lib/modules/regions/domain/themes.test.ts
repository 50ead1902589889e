import { describe, expect, test } from 'vitest';
import { matchesThemes, themesOf, type ThemeFilter } from './themes.ts';

const none: ThemeFilter = { developmentArea: null, goalArea: null, focusShift: null };

describe('themes of a region', () => {
	test('the union of its initiatives’ tags, in the vocabulary’s order', () => {
		expect(
			themesOf([
				{ developmentAreas: ['digital'], goalAreas: ['aldre'], focusShifts: [] },
				{ developmentAreas: ['proactive', 'digital'], goalAreas: [], focusShifts: ['person'] }
			])
		).toEqual({
			developmentAreas: ['proactive', 'digital'],
			goalAreas: ['aldre'],
			focusShifts: ['person']
		});
	});

	test('no initiatives: no themes (nothing is claimed)', () => {
		expect(themesOf([])).toEqual({ developmentAreas: [], goalAreas: [], focusShifts: [] });
	});

	const t = themesOf([
		{ developmentAreas: ['digital'], goalAreas: ['aldre'], focusShifts: ['person'] }
	]);
	test.each([
		[none, true],
		[{ ...none, developmentArea: 'digital' }, true],
		[{ ...none, developmentArea: 'proactive' }, false],
		[{ ...none, goalArea: 'aldre' }, true],
		[{ ...none, goalArea: 'barn-unga' }, false],
		[{ ...none, focusShift: 'person' }, true],
		[{ developmentArea: 'digital', goalArea: 'aldre', focusShift: 'co_creator' }, false]
	])('filter %o matches: %s', (f, expected) => {
		expect(matchesThemes(t, f)).toBe(expected);
	});
});
