import { suppress, type SuppressionPlan } from './suppression.ts';
import type { Score } from './scale.ts';

/**
 * Scoring the Dialogguide: a person's value per dimension is the mean of
 * their scores on its statements ("vet inte" left out); a dimension's result
 * is the median and the mean of those values, with the distribution of the
 * scores. Every result comes out through the suppression rule. Pure: no I/O.
 */

export interface Dimension {
	key: string;
	title: string;
}

export interface Statement {
	id: number;
	dimensionKey: string;
	text: string;
}

export interface Answer {
	/** the group the answer counts in: a round, an organisation, a period … */
	group: string;
	scores: Record<number, Score>;
}

export interface Stats {
	n: number;
	median: number;
	mean: number;
	/** how many scores of 1…5, and how many "vet inte" */
	distribution: [number, number, number, number, number];
	dontKnow: number;
}

export type Cell<T> = ({ shown: true; n: number; folded: boolean } & T) | { shown: false };

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The person's value on one dimension, or null when they scored none of its statements. */
export function personValue(answer: Answer, statements: Statement[], dimensionKey: string) {
	const scores = statements
		.filter((s) => s.dimensionKey === dimensionKey)
		.map((s) => answer.scores[s.id])
		.filter((v): v is Exclude<Score, null> => typeof v === 'number');
	return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

function stats(
	answers: Answer[],
	statements: Statement[],
	dimensionKey: string | null,
	statementId?: number
): Stats {
	const values: number[] = [];
	const distribution: Stats['distribution'] = [0, 0, 0, 0, 0];
	let dontKnow = 0;
	const own = statements.filter((s) =>
		statementId !== undefined ? s.id === statementId : s.dimensionKey === dimensionKey
	);
	for (const a of answers) {
		const scores = own.map((s) => a.scores[s.id]).filter((v) => v !== undefined);
		for (const v of scores) {
			if (v === null) dontKnow++;
			else distribution[v - 1]!++;
		}
		const scored = scores.filter((v): v is Exclude<Score, null> => typeof v === 'number');
		if (scored.length) values.push(scored.reduce((x, y) => x + y, 0) / scored.length);
	}
	return {
		n: values.length,
		median: values.length ? round2(median(values)) : 0,
		mean: values.length ? round2(values.reduce((x, y) => x + y, 0) / values.length) : 0,
		distribution,
		dontKnow
	};
}

/** Cells of a plan: each shown group's statistics over its answers, hidden ones as hidden. */
function publish<K extends string>(
	keys: K[],
	plan: SuppressionPlan,
	measure: (keys: K[]) => Stats
): Map<K | string, Cell<Stats & { keys: K[] }>> {
	const out = new Map<K | string, Cell<Stats & { keys: K[] }>>();
	for (const g of plan.shown) {
		const s = measure(g.keys as K[]);
		const cell = { shown: true as const, folded: g.folded, keys: g.keys as K[], ...s, n: s.n };
		if (g.folded) out.set('övriga', cell);
		else out.set(g.keys[0]!, cell);
	}
	for (const key of keys)
		if (!out.has(key) && !plan.shown.some((g) => g.keys.includes(key)))
			out.set(key, { shown: false });
	return out;
}

/**
 * One set of answers per dimension (and per statement): each cell shown only
 * when at least K people scored it. Dimensions are not a partition of people,
 * so a small cell is hidden, not folded.
 */
export function dimensionResults(
	answers: Answer[],
	dimensions: Dimension[],
	statements: Statement[],
	k: number
) {
	const byDim = dimensions.map((d) => ({ key: d.key, s: stats(answers, statements, d.key) }));
	const plan = suppress(
		byDim.map((d) => ({ key: d.key, n: d.s.n })),
		k,
		{ partition: false }
	);
	const dims = publish(
		dimensions.map((d) => d.key),
		plan,
		([key]) => byDim.find((d) => d.key === key)!.s
	);
	const byStatement = statements.map((s) => ({
		key: String(s.id),
		s: stats(answers, statements, null, s.id)
	}));
	const statementPlan = suppress(
		byStatement.map((s) => ({ key: s.key, n: s.s.n })),
		k,
		{ partition: false }
	);
	const stmts = publish(
		byStatement.map((s) => s.key),
		statementPlan,
		([key]) => byStatement.find((s) => s.key === key)!.s
	);
	return {
		respondents: answers.length,
		dimensions: dimensions.map((d) => ({ ...d, cell: dims.get(d.key)! })),
		statements: statements.map((s) => ({ ...s, cell: stmts.get(String(s.id))! }))
	};
}

/**
 * A partition of answers by group (organisations, rounds …) for one
 * dimension: small groups folded into "övriga" so that the total minus the
 * shown groups never gives a small group away.
 */
export function groupResults(
	answers: Answer[],
	statements: Statement[],
	dimensionKey: string,
	groups: string[],
	k: number
) {
	const by = new Map(groups.map((g) => [g, answers.filter((a) => a.group === g)]));
	const counts = groups.map((g) => ({ key: g, n: stats(by.get(g)!, statements, dimensionKey).n }));
	const plan = suppress(counts, k, { partition: true });
	const cells = publish(groups, plan, (keys) =>
		stats(
			keys.flatMap((g) => by.get(g)!),
			statements,
			dimensionKey
		)
	);
	return [...cells.entries()].map(([key, cell]) => ({ key, cell }));
}
