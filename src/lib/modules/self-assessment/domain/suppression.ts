/**
 * The one rule of small groups: no published figure rests on fewer than K
 * answers. Every breakdown of the Dialogguide – dimensions, statements, the
 * county comparison, organisations, periods, the exports and the API – goes
 * through `suppress`. Pure: no I/O.
 *
 * A cell with fewer than K answers is hidden. Where the cells of a breakdown
 * split one group of people (a partition: organisations of the county,
 * rounds of a period) and its total is shown, hiding one small cell is not
 * enough – the total minus the others would give it away – so the small
 * cells are folded together into one cell ("övriga"); if that cell is still
 * under K, the smallest shown cells join it until it is not. If even the
 * whole breakdown is under K, nothing of it is shown.
 */

/** The lowest K an installation may set, and its default. */
export const MIN_K = 3;
export const DEFAULT_K = 5;

/** K as the installation set it, never below the floor. */
export const effectiveK = (k: number) =>
	Math.max(MIN_K, Math.floor(Number.isFinite(k) ? k : DEFAULT_K));

export interface Countable {
	key: string;
	/** the number of answers the cell rests on */
	n: number;
}

export interface SuppressionPlan {
	/** what may be shown: one key, or several folded into one cell */
	shown: { keys: string[]; n: number; folded: boolean }[];
	/** keys not shown at all */
	hidden: string[];
}

export function suppress(
	cells: readonly Countable[],
	k: number,
	opts: { partition: boolean }
): SuppressionPlan {
	const min = effectiveK(k);
	const small = cells.filter((c) => c.n < min);
	const large = cells.filter((c) => c.n >= min);
	const alone = (c: Countable) => ({ keys: [c.key], n: c.n, folded: false });
	if (!opts.partition || small.length === 0)
		return { shown: large.map(alone), hidden: small.map((c) => c.key) };

	const folded = [...small];
	let n = small.reduce((s, c) => s + c.n, 0);
	const rest = [...large].sort((a, b) => a.n - b.n);
	while (n < min && rest.length) {
		const next = rest.shift()!;
		folded.push(next);
		n += next.n;
	}
	if (n < min) return { shown: [], hidden: cells.map((c) => c.key) };
	const keep = new Set(rest.map((c) => c.key));
	return {
		shown: [
			...large.filter((c) => keep.has(c.key)).map(alone),
			{ keys: folded.map((c) => c.key), n, folded: true }
		],
		hidden: []
	};
}

/** Why a cell is not shown, in the words every page uses. */
export function hiddenReason(k: number): string {
	return `Visas inte: färre än ${effectiveK(k)} svar. Så små grupper visas aldrig, för att ingen ska kunna räkna ut vad en enskild person svarat.`;
}

/** Why cells were folded together. */
export function foldedReason(k: number): string {
	return `Grupper med färre än ${effectiveK(k)} svar är sammanslagna, så att ingen enskild persons svar kan räknas ut.`;
}
