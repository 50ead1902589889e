import type { Direction } from './aggregate.ts';

/**
 * The shapes of the follow-up's indicators and targets as the services answer
 * them. Client-safe: pages take their conflict's type from here, not from the
 * server code.
 */

export interface Indicator {
	id: number;
	koladaId: string | null;
	countyCode: string | null;
	title: string;
	description: string;
	unit: string;
	direction: Direction;
	source: 'kolada' | 'scb' | 'own';
	frequency: string;
	hasGenderSplit: boolean;
	aggregation: 'sum' | 'population_weighted' | 'none';
	operatingArea: string;
	publicationPeriod: string;
	visibility: 'public' | 'internal';
	revision: number;
	/** what the indicator is credited to, e.g. "Källa: Kolada" */
	credit: string;
}

export interface IndicatorLink {
	kind: 'focus_shift' | 'development_area' | 'goal_area' | 'process';
	key: string;
}

export interface IndicatorDetail extends Indicator {
	links: IndicatorLink[];
	followUp: {
		setKey: string;
		focusShiftKey: string;
		title: string;
		note: string;
		source: string;
	}[];
}

export interface OwnIndicatorConflict {
	current: IndicatorDetail;
	changedBy: string | null;
	changedAt: string | null;
}

export interface Target {
	id: number;
	indicatorId: number;
	countyCode: string;
	areaId: string;
	period: number;
	gender: string;
	value: number;
	note: string;
	visibility: 'public' | 'internal';
	revision: number;
}

export interface TargetConflict {
	current: Target;
	changedBy: string | null;
	changedAt: string | null;
}
