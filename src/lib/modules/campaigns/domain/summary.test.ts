import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { summarise, type SummaryAnswer } from './summary.ts';

const themes = [
	{ id: 1, name: 'Kontinuitet', description: '' },
	{ id: 2, name: 'Tillgänglighet', description: '' },
	{ id: 3, name: 'Bemötande', description: '' }
];
const municipalities = [
	{ id: 10, name: 'Arvika kommun' },
	{ id: 11, name: 'Eda kommun' }
];
const ageBands = [
	{ key: '18-29', label: '18–29 år' },
	{ key: '80+', label: '80 år eller äldre' }
];
const answer = (
	themeId: number | null,
	municipalityId: number | null,
	quote: string | null = null
) => ({ themeId, municipalityId, ageBand: null, quote }) satisfies SummaryAnswer;
const many = (n: number, a: SummaryAnswer) => Array.from({ length: n }, () => a);

describe('the public summary of a campaign', () => {
	test('themes with their counts and quotes; a small theme is hidden with its quotes', () => {
		const s = summarise({
			themes,
			municipalities,
			ageBands,
			min: 5,
			answers: [
				...many(12, answer(1, 10)),
				answer(1, 10, 'Samma sköterska varje gång.'),
				...many(8, answer(2, 10)),
				...many(2, answer(3, 11, 'Hon lyssnade på mig.'))
			]
		});
		expect(s.total).toBe(23);
		expect(s.themes.map((t) => t.count)).toEqual([13, null, null]);
		expect(s.themes[0]!.quotes).toEqual(['Samma sköterska varje gång.']);
		expect(s.themes[2]!.quotes).toEqual([]);
		// Eda has 2: hidden; Arvika is hidden with it, or the total would give Eda away
		expect(s.municipalities).toEqual([
			{ id: 10, name: 'Arvika kommun', count: null },
			{ id: 11, name: 'Eda kommun', count: null }
		]);
		expect(s.ageBands).toEqual([{ key: null, label: 'Ej angivet', count: 23 }]);
	});

	test('fewer answers than the minimum: no count at all', () => {
		const s = summarise({
			themes,
			municipalities,
			ageBands,
			min: 5,
			answers: many(4, answer(1, 10, 'x'))
		});
		expect(s.total).toBeNull();
		expect(s.themes.every((t) => t.count === null || t.count === 0)).toBe(true);
		expect(s.themes.flatMap((t) => t.quotes)).toEqual([]);
	});

	test('for any answers, no shown count is below the minimum', () => {
		const arb = fc.array(
			fc.record({
				themeId: fc.constantFrom(1, 2, 3, null),
				municipalityId: fc.constantFrom(10, 11, null),
				ageBand: fc.constantFrom('18-29', '80+', null),
				quote: fc.constantFrom('citat', null)
			}),
			{ maxLength: 60 }
		);
		fc.assert(
			fc.property(arb, fc.integer({ min: 2, max: 10 }), (answers, min) => {
				const s = summarise({ themes, municipalities, ageBands, answers, min });
				const counts = [
					s.total,
					s.unthemed,
					...s.themes.map((t) => t.count),
					...s.municipalities.map((m) => m.count),
					...s.ageBands.map((b) => b.count)
				];
				for (const c of counts) if (c !== null) expect(c === 0 || c >= min).toBe(true);
				for (const t of s.themes) if (t.count === null) expect(t.quotes).toEqual([]);
			})
		);
	});
});
