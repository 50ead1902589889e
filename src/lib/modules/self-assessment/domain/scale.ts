/**
 * The five-step agreement scale of the Dialogguide, with "vet inte" (not
 * counted as a score). Client-safe; the form, the test and the results read it.
 */
export const SCALE = [
	{ value: 1, label: 'Stämmer inte alls' },
	{ value: 2, label: 'Stämmer dåligt' },
	{ value: 3, label: 'Stämmer delvis' },
	{ value: 4, label: 'Stämmer ganska bra' },
	{ value: 5, label: 'Stämmer helt' }
] as const;

export const DONT_KNOW = 'vet-inte';
export const DONT_KNOW_LABEL = 'Vet inte';

/** A score as it is stored: 1–5, or null for "vet inte". */
export type Score = 1 | 2 | 3 | 4 | 5 | null;

/** How a dimension's median reads in plain Swedish. */
export function reading(median: number): string {
	if (median < 2)
		return 'Här har ni knappt börjat: det ni beskriver stämmer inte med målbilden än.';
	if (median < 3)
		return 'Här har ni börjat, men mycket återstår innan det blir ert vanliga sätt att arbeta.';
	if (median < 4) return 'Här är ni på väg: en del stämmer redan, annat behöver utvecklas.';
	if (median < 5) return 'Här har ni kommit långt: det mesta stämmer med hur ni arbetar i dag.';
	return 'Här arbetar ni redan så som målbilden beskriver.';
}
