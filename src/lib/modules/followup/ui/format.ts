/**
 * How the follow-up dashboards write figures: Swedish number format, at most
 * the decimals the value needs (Kolada publishes one), and a dash-free text
 * for a missing value.
 */

import { swedishNumber } from '../../../core/numbers.ts';

export { countOf } from '../../../core/numbers.ts';

export function formatValue(value: number | null | undefined): string {
	return value === null || value === undefined || !Number.isFinite(value)
		? 'Uppgift saknas'
		: swedishNumber(value);
}

export function formatRatio(value: number): string {
	return swedishNumber(value, 2);
}

/** A change with its sign: "+12,5" or "−3" (a true minus sign). */
export function formatChange(value: number): string {
	const text = swedishNumber(Math.abs(value));
	if (text === '0') return '0';
	return `${value > 0 ? '+' : '−'}${text}`;
}

export const verdictLabel: Record<string, string> = {
	better: 'Bättre',
	worse: 'Sämre',
	unchanged: 'Oförändrat',
	no_direction: 'Ingen riktning',
	unknown: 'Kan inte jämföras'
};

export const directionLabel: Record<string, string> = {
	higher_is_better: 'Högre värde är bättre',
	lower_is_better: 'Lägre värde är bättre',
	neither: 'Varken högre eller lägre är bättre'
};

/** What a county figure on the overview is, in words (domain/dashboard.ts, CountyFigure). */
export const basisLabel: Record<string, string> = {
	region: 'Regionens värde',
	aggregate: 'Beräknat i Nära ur kommunernas värden',
	selection: 'Beräknat i Nära ur de valda kommunernas värden',
	municipality: 'Kommunens värde'
};
