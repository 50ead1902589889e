import {
	DEVELOPMENT_AREAS,
	FOCUS_SHIFTS,
	GOAL_AREAS,
	type DevelopmentArea,
	type FocusShift
} from '../../../core/vocabulary.ts';

/**
 * The themes of a region in the national overview: the development areas,
 * goal areas and focus shifts of the initiatives seeded from its account
 * (the inventory tags them by hand; PROVENANCE.md of seed/initiatives). The
 * overview's text itself is not tagged, so a theme a region's initiatives
 * do not carry is not claimed for it.
 */
export interface Tagged {
	developmentAreas: readonly string[];
	goalAreas: readonly string[];
	focusShifts: readonly string[];
}

export interface Themes {
	developmentAreas: DevelopmentArea[];
	goalAreas: string[];
	focusShifts: FocusShift[];
}

export interface ThemeFilter {
	developmentArea: string | null;
	goalArea: string | null;
	focusShift: string | null;
}

/** The union of the tags, in the vocabulary's order. */
export function themesOf(items: readonly Tagged[]): Themes {
	const has = (pick: (i: Tagged) => readonly string[], key: string) =>
		items.some((i) => pick(i).includes(key));
	return {
		developmentAreas: DEVELOPMENT_AREAS.filter((k) => has((i) => i.developmentAreas, k)),
		goalAreas: GOAL_AREAS.filter((k) => has((i) => i.goalAreas, k)),
		focusShifts: FOCUS_SHIFTS.filter((k) => has((i) => i.focusShifts, k))
	};
}

/** Whether a region's themes hold every theme the filter asks for (no filter: all match). */
export function matchesThemes(t: Themes, f: ThemeFilter): boolean {
	return (
		(f.developmentArea === null || (t.developmentAreas as string[]).includes(f.developmentArea)) &&
		(f.goalArea === null || t.goalAreas.includes(f.goalArea)) &&
		(f.focusShift === null || (t.focusShifts as string[]).includes(f.focusShift))
	);
}
