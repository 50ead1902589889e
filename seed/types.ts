/**
 * The shape of seed content taken from the source documents in `seed/sources/`.
 * Every item names the source file it was taken from (`source`), so that each
 * fact shown in Nära can say where it came from.
 */

/** File name of a source document, e.g. `001_ae9703054a45fcdc.txt`. */
export type SourceFile =
	| '000_f8bc95be08be1486.txt'
	| '001_ae9703054a45fcdc.txt'
	| '002_ab6905b18fea9e05.txt'
	| '003_d73e8bd60805b56a.txt'
	| '004_67456baccd4e393e.txt';

export type VisionItemKind =
	/** "Jag får rätt hjälp och stöd i rätt tid" – what a citizen shall experience */
	| 'citizen_statement'
	/** a from → to pair; uses `fromText` and `toText` */
	| 'focus_shift'
	| 'principle'
	| 'core_value'
	/** an ordered stage of the shared direction (gemensam färdriktning) */
	| 'direction_stage'
	/** a named concept of the vision, e.g. Dalarna's five "Nära" concepts */
	| 'concept'
	/** a step of a strategy model, e.g. vision → goal areas → … → key indicators */
	| 'strategy_step';

/** Stable keys of the four focus shifts (DESIGN.md glossary). */
export type FocusShiftKey = 'person' | 'co_creator' | 'proactive' | 'coordination';

export interface SeedVisionItem {
	kind: VisionItemKind;
	/** short heading; for a citizen statement, the statement itself */
	title: string;
	/** longer text, plain Swedish; empty string when the source has none */
	body: string;
	/** focus shifts only */
	fromText?: string;
	toText?: string;
	focusShiftKey?: FocusShiftKey;
	source: SourceFile;
}

export interface SeedVision {
	title: string;
	subtitle: string;
	/** a paragraph that introduces the vision, quoted or closely paraphrased from the source */
	intro: string;
	source: SourceFile;
	items: SeedVisionItem[];
}

/** Stable keys of the four development areas (001). */
export type DevelopmentAreaKey = 'proactive' | 'person_centred' | 'bridging' | 'digital';

/** Stable keys of the five prerequisites (001). */
export type PrerequisiteKey =
	'leadership' | 'sustainable_workplaces' | 'system_leadership' | 'support_structure' | 'follow_up';

export interface SeedRoadmapItem {
	kind: 'development_area' | 'prerequisite' | 'goal_area' | 'milestone';
	/** stable key: a DevelopmentAreaKey, a PrerequisiteKey, or a short slug for goal areas */
	key: DevelopmentAreaKey | PrerequisiteKey | (string & {});
	title: string;
	/** plain Swedish, paragraphs separated by a blank line ("\n\n") */
	body: string;
	source: SourceFile;
}

export interface SeedRoadmap {
	title: string;
	/** a paragraph on what the roadmap is and who it is for */
	intro: string;
	source: SourceFile;
	items: SeedRoadmapItem[];
}

export interface SeedGroup {
	name: string;
	/** county-wide, sub-regional, local, or political */
	level: 'county' | 'subregional' | 'local' | 'political';
	/** who sits in it, from the source */
	composition: string;
	/** what it is for and what it decides, from the source */
	mandate: string;
	source: SourceFile;
}

export interface SeedDecision {
	/** name of the organisation that decided, exactly as in the reference data,
	 *  e.g. "Region Värmland", "Arvika kommun", "Karlstads kommun" */
	organisation: string;
	/** name of the body that decided, if it was a body (matches a SeedGroup name) */
	group?: string;
	subject: 'vision_adoption' | 'roadmap_approval' | 'other';
	title: string;
	/** ISO date, YYYY-MM-DD; with precision 'month' the day is 01 and not shown */
	decidedOn: string;
	/** 'month' when the source gives only the month */
	precision?: 'day' | 'month';
	description: string;
	source: SourceFile;
}

export interface SeedTimelineEvent {
	/** the year the source gives; with `yearStated: false`, only where the event belongs in order */
	year: number;
	/** false when the source gives no year (e.g. "Nutid"): the period label is shown instead */
	yearStated?: boolean;
	/** 1–12 when the source gives the month (the first month of a range) */
	month?: number;
	day?: number;
	/** the period exactly as the source says it, e.g. "Våren 2024", "September–december 2022", "2014–2016" */
	periodLabel: string;
	title: string;
	body: string;
	source: SourceFile;
}

export interface SeedCounty {
	/** 2-digit SCB code */
	countyCode: string;
	vision: SeedVision;
	roadmap: SeedRoadmap;
	groups: SeedGroup[];
	decisions: SeedDecision[];
	timeline: SeedTimelineEvent[];
}

export interface SeedNational {
	timeline: SeedTimelineEvent[];
}
