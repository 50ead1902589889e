import {
	DEVELOPMENT_AREA_LABELS,
	DEVELOPMENT_AREAS,
	FOCUS_SHIFT_LABELS,
	FOCUS_SHIFTS,
	GOAL_AREA_LABELS,
	GOAL_AREAS,
	PHASE_LABELS,
	PHASES,
	WORK_LEVEL_LABELS,
	WORK_LEVELS
} from '../../../core/vocabulary.ts';
import type { FacetValue, InitiativeList, InitiativeQuery } from '../schema.ts';

/**
 * The list's facets: which there are, and how their counts become the
 * labelled values the page and the API show. Pure.
 */

export type FacetName =
	| 'organisation'
	| 'municipality'
	| 'goalArea'
	| 'developmentArea'
	| 'focusShift'
	| 'phase'
	| 'level'
	| 'goodExample';

/** An organisation of the county, as the form and the facets offer it. */
export type Choice = { id: number; name: string; kind: string; code: string | null };

/**
 * Facet values with Swedish labels and counts. The fixed vocabularies and
 * the county's municipalities are always listed (a zero is information);
 * organisations only when they have initiatives, or are chosen.
 */
export function labelFacets(
	counts: Record<FacetName, Map<string, number>>,
	query: InitiativeQuery,
	orgs: Choice[]
): InitiativeList['facets'] {
	const value = (
		name: FacetName,
		key: string,
		label: string,
		selected: readonly string[]
	): FacetValue => ({
		value: key,
		label,
		count: counts[name].get(key) ?? 0,
		selected: selected.includes(key)
	});
	const fixed = (
		name: Exclude<FacetName, 'organisation' | 'municipality' | 'goodExample'>,
		keys: readonly string[],
		labels: Record<string, string>,
		selected: string[]
	): FacetValue[] => keys.map((key) => value(name, key, labels[key]!, selected));
	return {
		organisation: orgs
			.filter(
				(o) => counts.organisation.has(String(o.id)) || query.organisation.includes(String(o.id))
			)
			.map((o) => value('organisation', String(o.id), o.name, query.organisation)),
		municipality: orgs
			.filter((o) => o.kind === 'municipality' && o.code)
			.map((o) => value('municipality', o.code!, o.name, query.municipality)),
		goalArea: fixed('goalArea', GOAL_AREAS, GOAL_AREA_LABELS, query.goalArea),
		developmentArea: fixed(
			'developmentArea',
			DEVELOPMENT_AREAS,
			DEVELOPMENT_AREA_LABELS,
			query.developmentArea
		),
		focusShift: fixed('focusShift', FOCUS_SHIFTS, FOCUS_SHIFT_LABELS, query.focusShift),
		phase: fixed('phase', PHASES, PHASE_LABELS, query.phase),
		level: fixed('level', WORK_LEVELS, WORK_LEVEL_LABELS, query.level),
		goodExample: [
			{
				value: 'true',
				label: 'Goda exempel',
				count: counts.goodExample.get('true') ?? 0,
				selected: query.goodExample
			}
		]
	};
}

/** A text cut at a word before `max` characters, with " …" after it; a short text as it is. */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))} …`;
}
