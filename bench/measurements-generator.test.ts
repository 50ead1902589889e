import { describe, expect, test } from 'vitest';
import { parseDataPage } from '../src/lib/modules/followup/kolada/normalise.ts';
import { MeasurementRow } from '../src/lib/modules/followup/server/schemas.ts';
import {
	csvLines,
	generate,
	koladaObjects,
	realProfiles,
	sizeOf,
	valuesAt,
	type GeneratorSpec
} from './measurements-generator.ts';

const profiles = realProfiles();
const byKpi = new Map(profiles.map((p) => [p.kpi, p]));

const small = (seed = 42): GeneratorSpec => ({
	seed,
	kpis: ['N20402', 'U01402', 'N21006'],
	areas: ['0000', '0017', '1715', '1780'],
	years: [2020, 2021, 2022],
	profiles: [byKpi.get('N20402')!, byKpi.get('U01402')!, byKpi.get('N21006')!]
});

describe('profiles from the real Kolada values', () => {
	test('one per KPI of the file, with the level and decimals Kolada publishes', () => {
		expect(profiles.length).toBeGreaterThanOrEqual(19);
		const falls = byKpi.get('N20402')!;
		// median of the municipalities' real values is 5 665,6: log ≈ 8.64
		expect(falls.logMean).toBeGreaterThan(8.4);
		expect(falls.logMean).toBeLessThan(8.9);
		expect(falls.decimals).toBe(1);
		expect(falls.upper).toBe(Infinity);
		expect(falls.betweenSd).toBeGreaterThan(0.05);
		expect(falls.withinSd).toBeGreaterThan(0);
		// a share (%) stays within 0–100
		expect(byKpi.get('U01402')!.upper).toBe(100);
		for (const p of profiles) {
			expect(p.missingShare).toBeGreaterThanOrEqual(0);
			expect(p.missingShare).toBeLessThanOrEqual(0.5);
			expect(p.zeroShare).toBeGreaterThanOrEqual(0);
			expect(p.zeroShare).toBeLessThan(1);
		}
	});
});

describe('the generator', () => {
	test('the same seed gives the same rows; another seed other values', () => {
		const a = [...generate(small())];
		expect([...generate(small())]).toEqual(a);
		const other = [...generate(small(43))];
		expect(other.map((r) => [r.kpi, r.area, r.period, r.gender])).toEqual(
			a.map((r) => [r.kpi, r.area, r.period, r.gender])
		);
		expect(other.map((r) => r.value)).not.toEqual(a.map((r) => r.value));
	});

	test('every indicator × area × year × gender once, in that order', () => {
		const rows = [...generate(small())];
		expect(rows).toHaveLength(sizeOf(small()));
		expect(rows).toHaveLength(3 * 4 * 3 * 3);
		expect(new Set(rows.map((r) => `${r.kpi}|${r.area}|${r.period}|${r.gender}`)).size).toBe(
			rows.length
		);
		expect(rows.slice(0, 4).map((r) => [r.kpi, r.area, r.period, r.gender])).toEqual([
			['N20402', '0000', 2020, 'T'],
			['N20402', '0000', 2020, 'K'],
			['N20402', '0000', 2020, 'M'],
			['N20402', '0000', 2021, 'T']
		]);
	});

	test('the benchmark’s dimensions reach 2,000,000 values', () => {
		const spec: GeneratorSpec = {
			seed: 1,
			kpis: Array.from({ length: 72 }, (_, i) => `N${String(i).padStart(5, '0')}`),
			areas: Array.from({ length: 312 }, (_, i) => String(i).padStart(4, '0')),
			years: Array.from({ length: 30 }, (_, i) => 1993 + i),
			profiles
		};
		expect(sizeOf(spec)).toBe(2_021_760);
	});

	test('values look like the real ones: N20402 for many areas has the real median within 15 %', () => {
		const areas = Array.from({ length: 290 }, (_, i) => String(1000 + i));
		const spec: GeneratorSpec = {
			seed: 7,
			kpis: ['N20402'],
			areas,
			years: [2022],
			profiles: [byKpi.get('N20402')!]
		};
		const totals = [...generate(spec)]
			.filter((r) => r.gender === 'T' && r.value !== null)
			.map((r) => r.value!)
			.sort((a, b) => a - b);
		const median = totals[Math.floor(totals.length / 2)]!;
		// the real municipalities' median over 2007–2022 is 5 665,6
		expect(Math.abs(median - 5665.6) / 5665.6).toBeLessThan(0.15);
		// one decimal, as Kolada publishes it
		expect(totals.every((v) => Math.round(v * 10) === v * 10)).toBe(true);
	});

	test('a missing value is missing for every gender, and women and men are near the total', () => {
		const spec = { ...small(), profiles: [{ ...byKpi.get('U01402')!, missingShare: 0.5 }] };
		let missing = 0;
		for (let a = 0; a < spec.areas.length; a++)
			for (let y = 0; y < spec.years.length; y++) {
				const v = valuesAt(spec, 0, a, y);
				if (v.T === null) {
					missing++;
					expect(v).toEqual({ T: null, K: null, M: null });
				} else {
					expect(v.K! / v.T).toBeGreaterThan(0.6);
					expect(v.M! / v.T).toBeLessThan(1.6);
					expect(Math.max(v.T, v.K!, v.M!)).toBeLessThanOrEqual(100);
				}
			}
		expect(missing).toBeGreaterThan(0);
	});
});

describe('the shapes Nära reads', () => {
	test('every CSV line is a valid row of the measurement import', () => {
		const [header, ...lines] = [...csvLines(small())];
		expect(header).toBe('kpi,area,period,gender,value,count,status\n');
		expect(lines).toHaveLength(sizeOf(small()));
		for (const line of lines) {
			const [kpi, area, period, gender, value, count, status] = line.trimEnd().split(',');
			const parsed = MeasurementRow.safeParse({ kpi, area, period, gender, value, count, status });
			expect(parsed.success, line).toBe(true);
		}
	});

	test('Kolada’s data objects are read by Nära’s own normaliser into the same rows', () => {
		const spec = small();
		const page = parseDataPage({
			count: 36,
			values: koladaObjects(spec, spec.kpis, spec.areas, spec.years),
			next_url: null
		});
		if (!page.ok) throw new Error(page.problem);
		expect(page.items.map((r) => [r.kpi, r.areaId, r.period, r.gender, r.value, r.count])).toEqual(
			[...generate(spec)].map((r) => [r.kpi, r.area, r.period, r.gender, r.value, r.count])
		);
	});
});
