import { dimensionResults, type Answer, type Dimension, type Statement } from './scoring.ts';
import { effectiveK } from './suppression.ts';

/**
 * A workplace's trend: its closed rounds one after the other, each with its
 * median per dimension. Every cell comes out of `dimensionResults`, so a
 * round with fewer than K answers, or a dimension fewer than K scored, is
 * hidden – never shown as a value. Pure: no I/O.
 */

export interface TrendRound {
	id: number;
	/** the round's last day (ÅÅÅÅ-MM-DD) */
	lastDay: string;
	answers: Answer[];
	/** the statements of the version the round was answered with */
	statements: Statement[];
}

export interface TrendRow {
	id: number;
	lastDay: string;
	/** how many answered; the round's cells are all hidden when it is under K */
	respondents: number;
	shown: boolean;
	cells: { key: string; median: number | null; n: number | null }[];
}

/** A workplace's trend as its pages show it. */
export interface WorkplaceTrendView {
	k: number;
	workplace: string;
	dimensions: { key: string; title: string; change: number | null }[];
	rows: TrendRow[];
}

export function workplaceTrend(
	rounds: readonly TrendRound[],
	dimensions: readonly Dimension[],
	k: number
): TrendRow[] {
	const min = effectiveK(k);
	return [...rounds]
		.sort((a, b) => a.lastDay.localeCompare(b.lastDay) || a.id - b.id)
		.map((r) => {
			const shown = r.answers.length >= min;
			const results = dimensionResults(shown ? r.answers : [], [...dimensions], r.statements, min);
			return {
				id: r.id,
				lastDay: r.lastDay,
				respondents: r.answers.length,
				shown,
				cells: results.dimensions.map((d) => ({
					key: d.key,
					median: d.cell.shown ? d.cell.median : null,
					n: d.cell.shown ? d.cell.n : null
				}))
			};
		});
}

/** The change of a dimension's median from the first to the last round that shows it, or null. */
export function trendChange(rows: readonly TrendRow[], key: string): number | null {
	const values = rows
		.map((r) => r.cells.find((c) => c.key === key)?.median ?? null)
		.filter((v): v is number => v !== null);
	if (values.length < 2) return null;
	return Math.round((values[values.length - 1]! - values[0]!) * 100) / 100;
}
