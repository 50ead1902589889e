import { describe, expect, test } from 'vitest';
import { isConfirmed, reviewRefusal } from './criteria.ts';

describe('reviewing a nomination', () => {
	const withResults = { nominatedBy: 4, criteria: ['results', 'transfer'] };
	const withoutResults = { nominatedBy: 4, criteria: ['transfer'] };
	test.each([
		['another person confirms lovande', withoutResults, 'promising', 5, null],
		['another person confirms beprövat with measured results', withResults, 'proven', 5, null],
		['beprövat without measured results', withoutResults, 'proven', 5, 'Beprövat kräver'],
		['the nominator judges their own', withResults, 'promising', 4, 'Den som nominerade'],
		['the nominator may not decline either', withResults, 'declined', 4, 'Den som nominerade'],
		['the system (CLI) may', withResults, 'proven', null, null]
	] as const)('%s', (_, nomination, decision, reviewer, refusal) => {
		const r = reviewRefusal(nomination, decision, reviewer);
		if (refusal === null) expect(r).toBeNull();
		else expect(r?.message).toContain(refusal);
	});

	test.each([
		['nominated', false],
		['promising', true],
		['proven', true],
		['declined', false]
	] as const)('%s is shown nationally: %s', (s, shown) => {
		expect(isConfirmed(s)).toBe(shown);
	});
});
