import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { skrIndicators, skrRelatedKpis } from '../seed/followup/skr.ts';

/*
 * SKR's indicators and their Kolada KPIs (seed/followup/skr.ts) against the
 * KPI catalogue and the values the seed loads: every mapping carries its
 * note, every KPI exists, and a figure a note quotes is the figure in the
 * data.
 */

const csv = (file: string) =>
	parse(readFileSync(new URL(`../seed/reference/kolada/${file}`, import.meta.url), 'utf8'), {
		columns: true,
		bom: true
	}) as Record<string, string>[];
const catalogue = new Map(csv('kolada_kpi_catalogue_v3_2026-03.csv').map((r) => [r.id!, r]));
const values = csv('kolada_values_nara_vard_1994-2022.csv');
const riket = (kpi: string, year: number) =>
	Number(
		values.find((r) => r.kpi === kpi && r.area_id === '0000' && r.year === String(year))
			?.value_total
	);

describe('SKR’s indicators mapped to Kolada', () => {
	test.each(skrIndicators.map((i) => [i.title, i] as const))('%s has a note', (_, i) => {
		expect(i.note.trim().length).toBeGreaterThan(40);
		expect(i.note).not.toMatch(/Ingen datakälla ännu/);
	});

	test.each(skrIndicators.filter((i) => i.koladaId).map((i) => [i.koladaId!, i] as const))(
		'%s is in Kolada’s catalogue, published for municipalities or regions',
		(id, i) => {
			const kpi = catalogue.get(id);
			expect(kpi, `${i.title}: ${id}`).toBeDefined();
			expect(['K', 'L', 'A']).toContain(kpi!.municipality_type);
		}
	);

	test('an indicator without a KPI says that Kolada has none and which source would measure it', () => {
		const unmapped = skrIndicators.filter((i) => !i.koladaId);
		expect(unmapped.map((i) => i.title)).toEqual([
			'Kontinuitetsindex',
			'Kontinuitetsindex på SÄBO (läkarkontinuitet för personer på särskilt boende)',
			'Fast vårdkontakt'
		]);
		for (const i of unmapped) {
			expect(i.note).toMatch(/^Finns inte i Kolada/);
			expect(i.note).toMatch(/skulle/);
		}
	});

	test('Kontinuitetsindex is not mapped to N78113, which by its definition asks about the visit and the trust in the doctor', () => {
		expect(catalogue.get('N78113')!.description).toMatch(/Vilket förtroende kände du för läkaren/);
		const continuity = skrIndicators.find((i) => i.title === 'Kontinuitetsindex')!;
		expect(continuity.koladaId).toBeUndefined();
		expect(continuity.note).toContain('N78113');
	});

	test('every KPI a note or the related list names is in the catalogue', () => {
		const named = skrIndicators.flatMap((i) => i.note.match(/\b[NU]\d{5}\b/g) ?? []);
		for (const id of [...named, ...skrRelatedKpis.map((k) => k.koladaId)])
			expect(catalogue.has(id), id).toBe(true);
	});

	test('where SKR’s published figure differs from the seeded series, the note says so with both figures', () => {
		const falls = skrIndicators.find((i) => i.koladaId === 'U20462')!;
		expect(riket('U20462', 2018)).toBe(3283);
		expect(falls.note).toContain('5 518');
		expect(falls.note).toContain('3 283');
		const avoidable = skrIndicators.find((i) => i.koladaId === 'U79133')!;
		expect(riket('U79133', 2020)).toBeCloseTo(556.5, 1);
		expect(riket('U79133', 2010)).toBeCloseTo(862.7, 1);
		expect(avoidable.note).toContain('556,5');
		expect(avoidable.note).toContain('862,7');
		expect(avoidable.note).toContain('887');
	});

	test('13 indicators in SKR’s order; 10 of them with a Kolada KPI', () => {
		expect(skrIndicators).toHaveLength(13);
		expect(skrIndicators.filter((i) => i.koladaId)).toHaveLength(10);
		expect(new Set(skrIndicators.map((i) => i.title)).size).toBe(13);
	});
});
