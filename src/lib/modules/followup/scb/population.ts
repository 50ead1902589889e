import type { JsonStatTable, PxMetadata } from './jsonstat.ts';
import type { PxSelection } from './client.ts';

/**
 * SCB's two population tables that Nära reads, and how their single years
 * of age become Nära's age groups. Pure.
 *
 *   BE0101A/BefolkningNy   Folkmängden efter region, civilstånd, ålder och kön
 *                          (31 December each year); Folkmängd = BE0101N1
 *   BE0401A/BefProgRegFakN SCB's current regional projection by region,
 *                          birth region (inrikes/utrikes födda), sex, age and
 *                          year; Antal personer = 000005RC; "83" = inrikes
 *                          och utrikes födda together
 *
 * Variable and value codes as SCB publishes them (Region, Alder, Kon,
 * ContentsCode, Tid; ages "0" … "99" and "100+"); each query is built from
 * the table's own metadata, so a code SCB does not have is reported, not
 * guessed.
 */

export interface ScbTableSpec {
	/** path under the base URL */
	table: string;
	/** what the table is, for messages and sources */
	title: string;
	/** the contents code to fetch */
	contents: string;
	/** variables fixed to these codes */
	fixed: Record<string, string[]>;
	/** variables fetched whole and summed over (their codes split the population, e.g. Kon 1 + 2) */
	summed: string[];
}

export const POPULATION_TABLE: ScbTableSpec = {
	table: 'BE/BE0101/BE0101A/BefolkningNy',
	title: 'Folkmängden efter region, civilstånd, ålder och kön',
	contents: 'BE0101N1',
	fixed: {},
	summed: ['Kon']
};

export const PROJECTION_TABLE: ScbTableSpec = {
	table: 'BE/BE0401/BE0401A/BefProgRegFakN',
	title: 'Befolkningsframskrivning efter region, födelseregion, kön och ålder',
	contents: '000005RC',
	fixed: { InrikesUtrikes: ['83'] },
	summed: ['Kon']
};

export type AgeGroupKey = 'total' | '0-19' | '20-64' | '65-79' | '80+';

export const SCB_AGE_GROUPS: { key: AgeGroupKey; from: number; to: number }[] = [
	{ key: 'total', from: 0, to: Infinity },
	{ key: '0-19', from: 0, to: 19 },
	{ key: '20-64', from: 20, to: 64 },
	{ key: '65-79', from: 65, to: 79 },
	{ key: '80+', from: 80, to: Infinity }
];

const REGION = 'Region';
const AGE = 'Alder';
const TIME = 'Tid';
const CONTENTS = 'ContentsCode';

/** SCB's region code as a Kolada area id: 00 → 0000 (Riket), 17 → 0017 (the region), 1780 stays. */
export function areaIdOf(regionCode: string): string | null {
	if (/^\d{2}$/.test(regionCode)) return `00${regionCode}`;
	if (/^\d{4}$/.test(regionCode)) return regionCode;
	return null;
}

/** A Kolada area id as SCB's region code: 0000 → 00, 0017 → 17, 1780 stays. */
export function regionCodeOf(areaId: string): string {
	return areaId.startsWith('00') ? areaId.slice(2) : areaId;
}

/** "0" … "99" and "100+" as a number of years; null for "tot" and anything else. */
export function ageOf(code: string): number | null {
	const m = /^(\d{1,3})\+?$/.exec(code.trim());
	return m ? Number(m[1]) : null;
}

/**
 * The query for `spec` from the table's metadata: the wanted regions, every
 * single year of age, the years `wantYear` accepts. `problems` names what
 * the table lacks (then nothing should be fetched).
 */
export function selectionsFor(
	meta: PxMetadata,
	spec: ScbTableSpec,
	want: { regions: string[]; year: (year: number) => boolean }
): { selections: PxSelection[]; years: number[]; problems: string[] } {
	const problems: string[] = [];
	const variable = (code: string) => meta.variables.find((v) => v.code === code);
	const item = (code: string, values: string[]): PxSelection => ({ code, filter: 'item', values });
	const selections: PxSelection[] = [];

	const regions = variable(REGION);
	const missingRegions = want.regions.filter((r) => !regions?.values.includes(r));
	if (!regions) problems.push('variabeln Region saknas');
	else if (missingRegions.length) problems.push(`regionerna ${missingRegions.join(', ')} saknas`);
	else selections.push(item(REGION, want.regions));

	const ages = variable(AGE)?.values.filter((a) => ageOf(a) !== null) ?? [];
	const years = new Set(ages.map((a) => ageOf(a)));
	const complete = Array.from({ length: 100 }, (_, i) => i).every((a) => years.has(a));
	if (!complete || !ages.some((a) => a.endsWith('+')))
		problems.push('variabeln Alder har inte varje ettårsklass 0–99 och 100+');
	else selections.push(item(AGE, ages));

	for (const [code, values] of Object.entries(spec.fixed)) {
		const v = variable(code);
		const lacking = values.filter((x) => !v?.values.includes(x));
		if (lacking.length) problems.push(`${code} saknar ${lacking.join(', ')}`);
		else selections.push(item(code, values));
	}
	for (const code of spec.summed) {
		const v = variable(code);
		if (!v) problems.push(`variabeln ${code} saknas`);
		else selections.push(item(code, v.values));
	}
	const contents = variable(CONTENTS);
	if (!contents?.values.includes(spec.contents))
		problems.push(`tabellinnehållet ${spec.contents} saknas`);
	else selections.push(item(CONTENTS, [spec.contents]));

	const times = (variable(TIME)?.values ?? []).filter(
		(t) => /^\d{4}$/.test(t) && want.year(Number(t))
	);
	if (times.length === 0) problems.push('tabellen har inga av de efterfrågade åren');
	else selections.push(item(TIME, times));

	const handled = new Set([
		REGION,
		AGE,
		TIME,
		CONTENTS,
		...Object.keys(spec.fixed),
		...spec.summed
	]);
	for (const v of meta.variables)
		if (!handled.has(v.code) && !v.elimination)
			problems.push(`variabeln ${v.code} måste väljas men Nära vet inte hur`);
	return { selections, years: times.map(Number), problems };
}

export interface GroupRow {
	areaId: string;
	ageGroup: AgeGroupKey;
	year: number;
	value: number;
}

/**
 * The cells summed into area × age group × year. A group with a missing
 * cell (null) is left out: unknown, never a smaller sum.
 */
export function groupRows(table: JsonStatTable): GroupRow[] {
	const sums = new Map<string, { row: GroupRow; complete: boolean }>();
	for (const cell of table.cells) {
		const areaId = areaIdOf(cell.codes[REGION] ?? '');
		const age = ageOf(cell.codes[AGE] ?? '');
		const year = Number(cell.codes[TIME]);
		if (areaId === null || age === null || !Number.isInteger(year)) continue;
		for (const g of SCB_AGE_GROUPS) {
			if (age < g.from || age > g.to) continue;
			const key = `${areaId}|${g.key}|${year}`;
			const sum = sums.get(key) ?? {
				row: { areaId, ageGroup: g.key, year, value: 0 },
				complete: true
			};
			if (cell.value === null) sum.complete = false;
			else sum.row.value += cell.value;
			sums.set(key, sum);
		}
	}
	return [...sums.values()].filter((s) => s.complete).map((s) => s.row);
}
