import { describe, expect, test } from 'vitest';
import { projectionRatio, type ProjectionRow } from './projection.ts';

const row = (
	source: string,
	baseYear: number,
	ageGroup: string,
	year: number,
	value: number,
	origin = 'x'
): ProjectionRow => ({ source, baseYear, ageGroup, year, value, origin });

// Värmland (0017) in Kolada's ten-year projections: N02836 (20–66) and N02837 (80+)
const kolada = [
	row('SCB via Kolada', 2020, '20-66', 2030, 155420.4, 'Kolada N02836'),
	row('SCB via Kolada', 2020, '80+', 2030, 25876.2, 'Kolada N02837'),
	row('SCB via Kolada', 2021, '20-66', 2031, 154808.7, 'Kolada N02836'),
	row('SCB via Kolada', 2021, '80+', 2031, 26256.8, 'Kolada N02837'),
	row('SCB via Kolada', 2021, '80+', 2026, 23034.1, 'Kolada N02914')
];

describe('projectionRatio', () => {
	test('Kolada’s ten-year projection: 20–66 per 80+, one point per projected year', () => {
		const r = projectionRatio(kolada, ['SCB', 'SCB via Kolada'])!;
		expect(r.source).toBe('SCB via Kolada');
		expect(r.workingGroup).toBe('20-66');
		expect(r.origins).toEqual(['Kolada N02836', 'Kolada N02837']);
		expect(r.points.map((p) => [p.year, p.baseYear, Number(p.value.toFixed(3))])).toEqual([
			[2030, 2020, 6.006],
			[2031, 2021, 5.896]
		]);
	});

	test('SCB’s own projection is preferred, with 20–64; for a year the newest projection counts', () => {
		const scb = [
			row('SCB', 2023, '20-64', 2040, 150000),
			row('SCB', 2023, '80+', 2040, 30000),
			row('SCB', 2024, '20-64', 2040, 148000),
			row('SCB', 2024, '80+', 2040, 32000),
			row('SCB', 2024, '20-64', 2039, 149000)
		];
		const r = projectionRatio([...kolada, ...scb], ['SCB', 'SCB via Kolada'])!;
		expect(r.source).toBe('SCB');
		expect(r.workingGroup).toBe('20-64');
		expect(r.points).toEqual([
			{ year: 2040, baseYear: 2024, working: 148000, oldest: 32000, value: 4.625 }
		]);
	});

	test.each([
		['no rows', []],
		['80+ without working age', [row('SCB', 2024, '80+', 2040, 1)]],
		['no one 80+', [row('SCB', 2024, '20-64', 2040, 1), row('SCB', 2024, '80+', 2040, 0)]],
		[
			'another source only',
			[row('Annan', 2024, '20-64', 2040, 1), row('Annan', 2024, '80+', 2040, 1)]
		]
	])('%s: null, never a made-up ratio', (_, rows) => {
		expect(projectionRatio(rows as ProjectionRow[], ['SCB', 'SCB via Kolada'])).toBeNull();
	});
});
