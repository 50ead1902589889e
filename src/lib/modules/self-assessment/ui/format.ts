/** How the Dialogguide's figures read: Swedish decimals. Client-safe. */

export const formatNumber = (x: number, digits = 1) =>
	x.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

type Shown = {
	shown: true;
	n: number;
	median: number;
	mean: number;
	distribution: [number, number, number, number, number];
	dontKnow: number;
};

/** One dimension of a round's results: the workplace and the county, each shown or not. */
export interface ResultRow {
	key: string;
	title: string;
	own: Shown | { shown: false };
	county: Shown | { shown: false };
}
