import type { AggregateInput } from './aggregate.ts';
import { effectiveK } from './suppression.ts';

/**
 * The county's Dialogguide result for one dimension as the yearly values of
 * its indicator on "Följ omställningen": per year, the mean of the people's
 * values in the year's closed rounds (rounds under K are not in the input),
 * with the number of answers and rounds it rests on. A year with fewer than
 * K answers has no value. Pure: no I/O.
 */

export interface YearValue {
	period: number;
	value: number;
	/** the number of answers behind the value */
	count: number;
	rounds: number;
	/** the same in words, shown beside the value */
	basis: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** "42 svar i 5 omgångar" */
export function basisText(answers: number, rounds: number): string {
	return `${answers} svar i ${rounds} ${rounds === 1 ? 'omgång' : 'omgångar'}`;
}

export function yearlyValues(rows: readonly AggregateInput[], key: string, k: number): YearValue[] {
	const min = effectiveK(k);
	const byYear = new Map<number, { values: number[]; rounds: number }>();
	for (const r of rows) {
		if (r.key !== key) continue;
		const year = Number(r.period.slice(0, 4));
		const y = byYear.get(year) ?? { values: [], rounds: 0 };
		y.values.push(...r.values);
		y.rounds += r.rounds;
		byYear.set(year, y);
	}
	return [...byYear.entries()]
		.filter(([, y]) => y.values.length >= min)
		.sort(([a], [b]) => a - b)
		.map(([period, y]) => ({
			period,
			value: round2(y.values.reduce((a, b) => a + b, 0) / y.values.length),
			count: y.values.length,
			rounds: y.rounds,
			basis: basisText(y.values.length, y.rounds)
		}));
}
