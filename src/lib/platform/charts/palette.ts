/**
 * Colours for series that must be told apart, also by people with
 * deuteranopia or protanopia: based on Okabe & Ito's colour-blind-safe set,
 * darkened so each has at least 3:1 contrast against white. Charts that fill
 * areas (bars, maps) add a pattern per colour (`DECALS`), so a greyscale
 * print still separates them.
 */
export const PALETTE = ['#005a9c', '#b8480c', '#00735a', '#a8427f', '#1e2b37', '#8a6d00'];

export const INK = '#1e2b37';
export const NO_VALUE = '#d9dde1';

type Decal = {
	symbol: string;
	symbolSize: number;
	dashArrayX: number[] | number[][];
	dashArrayY: number[];
	rotation: number;
	color: string;
};

/** One pattern per palette colour, drawn in white over the fill. */
export const DECALS: Decal[] = [
	{
		symbol: 'rect',
		symbolSize: 1,
		dashArrayX: [1, 0],
		dashArrayY: [1, 0],
		rotation: 0,
		color: 'rgba(0,0,0,0)'
	},
	{
		symbol: 'rect',
		symbolSize: 1,
		dashArrayX: [1, 0],
		dashArrayY: [2, 4],
		rotation: Math.PI / 4,
		color: 'rgba(255,255,255,0.75)'
	},
	{
		symbol: 'circle',
		symbolSize: 0.7,
		dashArrayX: [
			[4, 4],
			[0, 4, 4, 0]
		],
		dashArrayY: [4, 0],
		rotation: 0,
		color: 'rgba(255,255,255,0.8)'
	},
	{
		symbol: 'rect',
		symbolSize: 1,
		dashArrayX: [1, 0],
		dashArrayY: [2, 4],
		rotation: -Math.PI / 4,
		color: 'rgba(255,255,255,0.75)'
	},
	{
		symbol: 'rect',
		symbolSize: 1,
		dashArrayX: [[2, 4]],
		dashArrayY: [2, 4],
		rotation: 0,
		color: 'rgba(255,255,255,0.8)'
	},
	{
		symbol: 'rect',
		symbolSize: 1,
		dashArrayX: [1, 0],
		dashArrayY: [2, 3],
		rotation: 0,
		color: 'rgba(255,255,255,0.75)'
	}
];

/** The colour and the pattern of the i-th series or class. */
export function seriesStyle(i: number): { color: string; decal: Decal } {
	return { color: PALETTE[i % PALETTE.length]!, decal: DECALS[i % DECALS.length]! };
}
