/**
 * What Nära can tell about a Kolada KPI from its title alone. Kolada titles
 * end with the unit after the last comma ("…, andel (%)", "…, antal/100 000
 * inv", "…, antal"), and a KPI that Kolada no longer publishes gets a
 * "(-2024)" marker after it. Pure.
 *
 * The rule for a county total, from the unit:
 *
 *   - a share or a rate per inhabitant ("andel", "(%)", "/inv", "/100 000",
 *     "/1000 inv", "kr/inv 65+") is a population-weighted mean: the county's
 *     rate is Σ rate × population / Σ population, which is exactly the
 *     county's rate when the population is the rate's denominator;
 *   - a plain count ("…, antal") is a sum;
 *   - anything else (index, mean, median, kr per user, yes/no, …) is not
 *     aggregated: no honest county figure can be made from the municipalities'.
 *
 * The population is the age group the title names (80+, 65+, 65–79, 20–64,
 * 0–19) and otherwise the whole population. For a share whose real
 * denominator is not a population (e.g. "andel av biståndsmottagare") the
 * weighting is an approximation; the aggregate always says how much of the
 * population it covers.
 */

export type Aggregation = 'sum' | 'population_weighted' | 'none';

export type PopulationGroup = 'total' | '0-19' | '20-64' | '65-79' | '80+' | '65+';

/** The Kolada KPIs (from SCB) that hold the population of each group, 31 December. */
export const POPULATION_KPI: Record<PopulationGroup, string> = {
	total: 'N01951',
	'0-19': 'N01919',
	'20-64': 'N01955',
	'65-79': 'N01956',
	'80+': 'N01957',
	'65+': 'N01938'
};

const DISCONTINUED = /\s*\(\s*-\s*\d{4}\s*\)\s*$/;

/** The unit part of a Kolada title: after the last comma (outside parentheses), without a "(-2024)" marker. */
export function titleUnit(title: string): string {
	const text = title.replace(DISCONTINUED, '').trim();
	// the last comma outside parentheses: "(Ja=1, Nej=0)" is one unit
	let depth = 0;
	for (let i = text.length - 1; i >= 0; i--) {
		const c = text[i];
		if (c === ')') depth++;
		else if (c === '(') depth = Math.max(0, depth - 1);
		else if (c === ',' && depth === 0) return text.slice(i + 1).trim();
	}
	return '';
}

const SHARE = /\bandel\b|\(%\)/i;
/** per inhabitant, per 1 000 / 10 000 / 100 000 (inhabitants) */
const PER_POPULATION = /\/\s*(?:\d[\d\s]*\s*)?inv(?:ånare)?\b|\/\s*(?:1|10|100)\s?000\b/i;

export function aggregationFromTitle(title: string): Aggregation {
	const unit = titleUnit(title);
	if (SHARE.test(unit) || PER_POPULATION.test(unit)) return 'population_weighted';
	if (/^antal$/i.test(unit)) return 'sum';
	return 'none';
}

const GROUPS: [RegExp, PopulationGroup][] = [
	[/\b80\s*\+|\b80 år (?:och|eller) äldre/i, '80+'],
	[/\b65\s*-\s*79\b/, '65-79'],
	[/\b65\s*\+|\b65 år (?:och|eller) äldre/i, '65+'],
	[/\b20\s*-\s*64\b/, '20-64'],
	[/\b0\s*-\s*19\b/, '0-19']
];

/** "Invånare 80+, andel (%)": the group's share of everyone, so per the whole population. */
const SHARE_OF_EVERYONE =
	/^(?:Invånare|Framskrivning, förväntad andel invånare),?\s+\d+\s*(?:-\s*\d+|\+)\s*(?:år)?(?:\s+om \d+ år)?,\s*andel/i;

/** The population group a rate is per: the age group the title names, else everyone. */
export function populationGroupFromTitle(title: string): PopulationGroup {
	if (SHARE_OF_EVERYONE.test(title)) return 'total';
	for (const [pattern, group] of GROUPS) if (pattern.test(title)) return group;
	return 'total';
}

/** The unit to show for a Kolada KPI: the unit part of its title when it reads as one. */
export function unitFromTitle(title: string): string {
	const unit = titleUnit(title);
	return /^(?:andel|antal|kr|tkr|mkr|index|medelvärde|median|genomsnitt|procent|dagar|\(%\))/i.test(
		unit
	)
		? unit
		: '';
}

/**
 * The one name an indicator is shown and linked with: the name SKR's
 * follow-up set gives it where it is in the set ("Fallskador per 100 000
 * invånare 65 år och äldre"), else its own title. Its page shows the KPI's
 * own title beside it when they differ.
 */
export function indicatorName(i: {
	title: string;
	followUp?: readonly { title: string }[];
}): string {
	return i.followUp?.[0]?.title ?? i.title;
}
