import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from './lib.ts';

/**
 * Generated measurements for the follow-up benchmarks, shaped like Kolada's
 * (indicator × area × year × gender, a value that may be missing, Kolada's
 * count and status), made by a seeded generator so that two runs load the
 * same rows. GENERATED DATA, NOT REAL: only the distributions are taken
 * from real values.
 *
 * Each of Kolada's KPIs in seed/reference/kolada/kolada_values_nara_vard_1994-2022.csv
 * (real Kolada values, totals) gives a profile: the level (mean of log
 * values), how much areas differ (sd of each area's own level), how much a
 * year differs from the area's level, the yearly trend, the decimals Kolada
 * publishes, and how often a value is 0 or missing. A generated indicator
 * takes one profile; an area has a persistent level drawn once, a year adds
 * the trend and noise. The source data has totals only: women's and men's
 * values are the total times e^(±gap/2), the gap drawn per indicator
 * (sd 0.1) plus a little noise per value — an assumption, not a measurement.
 *
 * Every value is a pure function of (seed, indicator, area, year, gender):
 * a counter-based hash, not a stream, so the CSV file, the Kolada JSON pages
 * and the COPY baseline can each ask for the rows they need in any order.
 */

export type Gender = 'T' | 'K' | 'M';

export interface KpiProfile {
	/** the real KPI it was measured on */
	kpi: string;
	/** mean of log(value) across areas, at the middle year */
	logMean: number;
	/** sd of the areas' own levels (log scale) */
	betweenSd: number;
	/** sd of a year around the area's level and the trend (log scale) */
	withinSd: number;
	/** change of log(value) per year (the national trend) */
	slope: number;
	/** decimals as Kolada publishes them (the most common count) */
	decimals: number;
	/** share of values that are exactly 0 */
	zeroShare: number;
	/** share of area × year without a value */
	missingShare: number;
	/** 100 for shares (every real value within 0–100), else no upper bound */
	upper: number;
}

export interface GeneratorSpec {
	seed: number;
	/** Kolada ids of the generated indicators */
	kpis: readonly string[];
	/** Kolada area ids: 0000 Riket, 00XX regions, municipalities */
	areas: readonly string[];
	years: readonly number[];
	/** profiles[i % profiles.length] is indicator i's */
	profiles: readonly KpiProfile[];
}

export interface GeneratedValue {
	kpi: string;
	area: string;
	period: number;
	gender: Gender;
	/** null: Kolada has no value (the row is still there, as in Kolada's answers) */
	value: number | null;
	count: number;
	status: string | null;
}

export const GENDERS: readonly Gender[] = ['T', 'K', 'M'];

// ——— profiles from the real values ————————————————————————————————————————

const REAL_VALUES = path.join(
	projectRoot,
	'seed/reference/kolada/kolada_values_nara_vard_1994-2022.csv'
);
/** Kolada's municipalities: the share of missing values is counted against these */
const MUNICIPALITIES = 290;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => {
	if (xs.length < 2) return 0;
	const m = mean(xs);
	return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};
const decimalsOf = (text: string) => (text.includes('.') ? text.split('.')[1]!.length : 0);

/** One profile per KPI of a file like kolada_values_nara_vard_1994-2022.csv (kpi,area_id,area_type,year,value_total). */
export function profilesFromCsv(text: string): KpiProfile[] {
	const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
	const byKpi = new Map<string, Record<string, string>[]>();
	for (const r of rows) {
		if (!r.value_total) continue;
		const list = byKpi.get(r.kpi!) ?? [];
		list.push(r);
		byKpi.set(r.kpi!, list);
	}
	const profiles: KpiProfile[] = [];
	for (const [kpi, all] of [...byKpi].sort(([a], [b]) => a.localeCompare(b))) {
		// municipalities where the KPI has them (most do), else every area it has
		const local = all.filter((r) => r.area_type === 'kommun');
		const used = local.length >= 20 ? local : all.filter((r) => r.area_id !== '0000');
		if (used.length < 2) continue;
		const values = used.map((r) => Number(r.value_total));
		const positive = used.filter((r) => Number(r.value_total) > 0);
		const years = [...new Set(used.map((r) => Number(r.year)))].sort((a, b) => a - b);
		const logs = (list: typeof used) => list.map((r) => Math.log(Number(r.value_total)));
		const yearMean = new Map(
			years.map((y) => {
				const ls = logs(positive.filter((r) => Number(r.year) === y));
				return [y, ls.length ? mean(ls) : NaN] as const;
			})
		);
		const known = years.filter((y) => Number.isFinite(yearMean.get(y)));
		const mid = mean(known);
		const level = mean(known.map((y) => yearMean.get(y)!));
		// least squares slope of the yearly means
		const slope =
			known.length < 2
				? 0
				: known.reduce((s, y) => s + (y - mid) * (yearMean.get(y)! - level), 0) /
					known.reduce((s, y) => s + (y - mid) ** 2, 0);
		// each area's own level, and what is left per year
		const residual = new Map<string, number[]>();
		for (const r of positive) {
			const list = residual.get(r.area_id!) ?? [];
			list.push(Math.log(Number(r.value_total)) - yearMean.get(Number(r.year))!);
			residual.set(r.area_id!, list);
		}
		const areaLevels = [...residual.values()].map(mean);
		const within = [...residual.values()].flatMap((list) => {
			const m = mean(list);
			return list.map((x) => x - m);
		});
		const decimals = new Map<number, number>();
		for (const r of used) {
			const d = Math.min(decimalsOf(r.value_total!), 3);
			decimals.set(d, (decimals.get(d) ?? 0) + 1);
		}
		const perYear = years.map((y) => used.filter((r) => Number(r.year) === y).length);
		const areasPerYear = local.length >= 20 ? MUNICIPALITIES : Math.max(...perYear);
		profiles.push({
			kpi,
			logMean: level,
			betweenSd: sd(areaLevels),
			withinSd: sd(within),
			slope,
			decimals: [...decimals].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0],
			zeroShare: (values.length - positive.length) / values.length,
			missingShare: Math.min(Math.max(1 - mean(perYear) / areasPerYear, 0), 0.5),
			upper: values.every((v) => v >= 0 && v <= 100) ? 100 : Infinity
		});
	}
	return profiles;
}

/** The profiles of the real values in the repository. */
export function realProfiles(): KpiProfile[] {
	return profilesFromCsv(readFileSync(REAL_VALUES, 'utf8'));
}

// ——— the generator ————————————————————————————————————————————————————————————

/** A 32-bit hash of a list of integers (murmur3's finaliser over a running mix). */
function hash(...parts: number[]): number {
	let h = 0x9e3779b9;
	for (const p of parts) {
		h = Math.imul(h ^ (p | 0), 0x85ebca6b);
		h ^= h >>> 13;
		h = Math.imul(h, 0xc2b2ae35);
		h ^= h >>> 16;
	}
	return h >>> 0;
}

/** A uniform number in (0, 1) for the key. */
function uniform(...parts: number[]): number {
	return (hash(...parts) + 0.5) / 4294967296;
}

/** A standard normal number for the key (Box–Muller over two hashed uniforms). */
function normal(...parts: number[]): number {
	const u = uniform(...parts, 1);
	const v = uniform(...parts, 2);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const round = (x: number, decimals: number) => {
	const f = 10 ** decimals;
	return Math.round(x * f) / f;
};

const enum Salt {
	Area = 11,
	Year = 12,
	Gap = 13,
	GenderNoise = 14,
	Missing = 15,
	Zero = 16
}

/** The value of indicator `k` for area `a` in year `y` (indices into the spec), per gender. */
export function valuesAt(
	spec: GeneratorSpec,
	k: number,
	a: number,
	y: number
): Record<Gender, number | null> {
	const p = spec.profiles[k % spec.profiles.length]!;
	const area = spec.areas[a]!;
	const year = spec.years[y]!;
	const { seed } = spec;
	const areaNo = Number(area);
	if (uniform(seed, Salt.Missing, k, areaNo, year) < p.missingShare)
		return { T: null, K: null, M: null };
	if (uniform(seed, Salt.Zero, k, areaNo, year) < p.zeroShare) return { T: 0, K: 0, M: 0 };
	// Riket is one level; regions vary less than municipalities (they are sums of them)
	const spread = area === '0000' ? 0 : /^00\d\d$/.test(area) ? 0.5 : 1;
	const mid = (spec.years[0]! + spec.years[spec.years.length - 1]!) / 2;
	const log =
		p.logMean +
		spread * p.betweenSd * normal(seed, Salt.Area, k, areaNo) +
		p.slope * (year - mid) +
		p.withinSd * normal(seed, Salt.Year, k, areaNo, year);
	const gap =
		0.1 * normal(seed, Salt.Gap, k) + 0.02 * normal(seed, Salt.GenderNoise, k, areaNo, year);
	const clamp = (x: number) => Math.min(Math.max(round(x, p.decimals), 0), p.upper);
	const total = Math.exp(log);
	return {
		T: clamp(total),
		K: clamp(total * Math.exp(gap / 2)),
		M: clamp(total * Math.exp(-gap / 2))
	};
}

/** How many values the spec makes. */
export function sizeOf(spec: GeneratorSpec): number {
	return spec.kpis.length * spec.areas.length * spec.years.length * GENDERS.length;
}

/** Every value, indicator by indicator, then area, year and gender (T, K, M). */
export function* generate(spec: GeneratorSpec): Generator<GeneratedValue> {
	for (let k = 0; k < spec.kpis.length; k++)
		for (let a = 0; a < spec.areas.length; a++)
			for (let y = 0; y < spec.years.length; y++) {
				const v = valuesAt(spec, k, a, y);
				for (const gender of GENDERS) yield row(spec, k, a, y, gender, v[gender]);
			}
}

function row(
	spec: GeneratorSpec,
	k: number,
	a: number,
	y: number,
	gender: Gender,
	value: number | null
): GeneratedValue {
	return {
		kpi: spec.kpis[k]!,
		area: spec.areas[a]!,
		period: spec.years[y]!,
		gender,
		value,
		// Kolada's count: how many values the figure is made of (1 for one published value)
		count: value === null ? 0 : 1,
		status: null
	};
}

/**
 * The data objects Kolada API v3 answers with for some KPIs × areas × years
 * (every combination, in the order asked), each with its T, K and M values:
 * `{ kpi, municipality, period, values: [{ gender, count, status, value }] }`.
 */
export function koladaObjects(
	spec: GeneratorSpec,
	kpis: readonly string[],
	areas: readonly string[],
	years: readonly number[]
): {
	kpi: string;
	municipality: string;
	period: number;
	values: { gender: Gender; count: number; status: string; value: number | null }[];
}[] {
	const kIndex = new Map(spec.kpis.map((k, i) => [k, i]));
	const aIndex = new Map(spec.areas.map((a, i) => [a, i]));
	const yIndex = new Map(spec.years.map((y, i) => [y, i]));
	const out = [];
	for (const kpi of kpis)
		for (const area of areas)
			for (const year of years) {
				const k = kIndex.get(kpi);
				const a = aIndex.get(area);
				const y = yIndex.get(year);
				if (k === undefined || a === undefined || y === undefined) continue;
				const v = valuesAt(spec, k, a, y);
				out.push({
					kpi,
					municipality: area,
					period: year,
					values: GENDERS.map((gender) => {
						const r = row(spec, k, a, y, gender, v[gender]);
						return { gender, count: r.count, status: r.status ?? '', value: r.value };
					})
				});
			}
	return out;
}

/** The rows as a measurement file (CSV, UTF-8, comma-separated, as Kolada's exports), header first. */
export function* csvLines(spec: GeneratorSpec): Generator<string> {
	yield 'kpi,area,period,gender,value,count,status\n';
	for (const r of generate(spec))
		yield `${r.kpi},${r.area},${r.period},${r.gender},${r.value ?? ''},${r.count},${r.status ?? ''}\n`;
}
