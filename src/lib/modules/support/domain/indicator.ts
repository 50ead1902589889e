import { PREREQUISITE_LABELS, type Prerequisite } from './vocabulary.ts';

/**
 * Course rounds as indicators of "Följ omställningen": for a prerequisite of
 * the roadmap (Ledarskap, Hållbara arbetsplatser …), the participants per
 * year in rounds of the catalogue's courses and programmes that serve it,
 * with the number of rounds behind each value. A round counts in the year it
 * starts. Pure: no I/O.
 */

export interface RoundForIndicator {
	startsOn: string;
	prerequisites: readonly string[];
	participants: number;
}

export interface IndicatorValue {
	period: number;
	value: number;
	/** the rounds behind the value */
	count: number;
	basis: string;
}

export const indicatorTitle = (p: Prerequisite) =>
	`Deltagare i stödstrukturens utbildningar: ${PREREQUISITE_LABELS[p]}`;

/** The values per year of one prerequisite, oldest first; years without rounds have none. */
export function participantsPerYear(
	rounds: readonly RoundForIndicator[],
	prerequisite: Prerequisite
): IndicatorValue[] {
	const years = new Map<number, { participants: number; rounds: number }>();
	for (const r of rounds) {
		if (!r.prerequisites.includes(prerequisite)) continue;
		const year = Number(r.startsOn.slice(0, 4));
		const y = years.get(year) ?? { participants: 0, rounds: 0 };
		y.participants += r.participants;
		y.rounds += 1;
		years.set(year, y);
	}
	return [...years]
		.sort(([a], [b]) => a - b)
		.map(([period, y]) => ({
			period,
			value: y.participants,
			count: y.rounds,
			basis: `${y.participants} deltagare i ${y.rounds} ${y.rounds === 1 ? 'omgång' : 'omgångar'}`
		}));
}
