import {
	DEVELOPMENT_AREA_LABELS,
	FOCUS_SHIFT_LABELS,
	GOAL_AREA_LABELS,
	PHASE_LABELS,
	WORK_LEVEL_LABELS
} from '../../../core/vocabulary.ts';

/**
 * The five vocabularies an initiative is described with, each key → its
 * Swedish label, named as the open data names them (its JSON lists them so,
 * under `vocabulary`). Pure.
 */
export const VOCABULARIES = {
	level: WORK_LEVEL_LABELS,
	phase: PHASE_LABELS,
	goal_areas: GOAL_AREA_LABELS,
	development_areas: DEVELOPMENT_AREA_LABELS,
	focus_shifts: FOCUS_SHIFT_LABELS
};
