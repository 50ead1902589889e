import type { Cell, Stats } from './scoring.ts';

/**
 * A round's results per statement as the rows of its table: the
 * workplace's cell and the county's cell for the same statement (hidden
 * where the county's is). Both come out of `dimensionResults`, so neither
 * shows a statement fewer than K scored. Pure: no I/O.
 */

type StatementCell = Cell<Stats & { keys: string[] }>;

export function statementRows(
	results: {
		workplace: {
			statements: { id: number; text: string; dimensionKey: string; cell: StatementCell }[];
		};
		county: { statements: { id: number; cell: StatementCell }[] };
	},
	dimensions: { key: string; title: string }[]
) {
	return results.workplace.statements.map((s) => ({
		id: s.id,
		text: s.text,
		dimension: dimensions.find((d) => d.key === s.dimensionKey)?.title ?? s.dimensionKey,
		own: s.cell,
		county: results.county.statements.find((c) => c.id === s.id)?.cell ?? { shown: false as const }
	}));
}
