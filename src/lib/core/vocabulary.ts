/**
 * The one vocabulary of the inventory and the processes: keys (as stored)
 * and their Swedish labels. Initiatives, processes, facets, imports and
 * exports all read their labels from here.
 */

export const WORK_LEVELS = ['county', 'subregional', 'local'] as const;
export type WorkLevel = (typeof WORK_LEVELS)[number];
export const WORK_LEVEL_LABELS: Record<WorkLevel, string> = {
	county: 'Länsövergripande',
	subregional: 'Delregional',
	local: 'Lokal'
};

export const DEVELOPMENT_AREAS = ['proactive', 'person_centred', 'bridging', 'digital'] as const;
export type DevelopmentArea = (typeof DEVELOPMENT_AREAS)[number];
/** The four development areas of the roadmap (001, Värmland's färdplan). */
export const DEVELOPMENT_AREA_LABELS: Record<DevelopmentArea, string> = {
	proactive: 'Proaktivt, hälsofrämjande och förebyggande arbete',
	person_centred: 'Personcentrerat förhållningssätt',
	bridging: 'Överbrygga gränser och samordna resurser',
	digital: 'Digitala lösningar och välfärdsteknik'
};

export const FOCUS_SHIFTS = ['person', 'co_creator', 'proactive', 'coordination'] as const;
export type FocusShift = (typeof FOCUS_SHIFTS)[number];
/** The four focus shifts (fokusförflyttningar), short labels for lists and facets. */
export const FOCUS_SHIFT_LABELS: Record<FocusShift, string> = {
	person: 'Från organisation till person och relation',
	co_creator: 'Från passiv mottagare till aktiv medskapare',
	proactive: 'Från reaktivt till proaktivt och hälsofrämjande',
	coordination: 'Från isolerade insatser till samordning kring personen'
};

export const PHASES = ['idea', 'planning', 'pilot', 'scaling', 'running', 'ended'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABELS: Record<Phase, string> = {
	idea: 'Idé',
	planning: 'Planering',
	pilot: 'Pilot',
	scaling: 'Spridning',
	running: 'I drift',
	ended: 'Avslutad'
};

/**
 * Goal areas and target groups (målområden, målgrupper) shared by every
 * county, so that initiatives can be compared across counties. A county's
 * own roadmap names its goal areas in its own words; these are the keys the
 * inventory is tagged with.
 */
export const GOAL_AREA_LABELS = {
	aldre: 'Äldre',
	'barn-unga': 'Barn och unga',
	'psykisk-halsa': 'Psykisk hälsa',
	'missbruk-beroende': 'Missbruk och beroende',
	levnadsvanor: 'Levnadsvanor och hälsofrämjande',
	fallprevention: 'Fallprevention',
	'sammansatta-behov': 'Personer med stora och sammansatta behov',
	'trygg-hemgang': 'Trygg hemgång och minskade förflyttningar',
	primarvard: 'Primärvård',
	hemsjukvard: 'Hemsjukvård',
	rehabilitering: 'Rehabilitering',
	'palliativ-vard': 'Palliativ vård',
	lakemedel: 'Läkemedel',
	'akut-prehospital': 'Akut och prehospital vård',
	funktionsnedsattning: 'Funktionsnedsättning',
	kompetensforsorjning: 'Kompetensförsörjning',
	'ledning-styrning': 'Ledning, styrning och samverkan'
} as const satisfies Record<string, string>;
export type GoalArea = keyof typeof GOAL_AREA_LABELS;
export const GOAL_AREAS = Object.keys(GOAL_AREA_LABELS) as GoalArea[];

/**
 * How far a process has come with a development area. `not_assessed` is the
 * absence of a record: no one has said how the area stands, which is not the
 * same as saying that it has not been considered.
 */
export const COVERAGE_STATES = [
	'not_assessed',
	'not_considered',
	'considered',
	'worked_through'
] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];
export const COVERAGE_STATE_LABELS: Record<CoverageState, string> = {
	not_assessed: 'Ej bedömt',
	not_considered: 'Inte beaktat än',
	considered: 'Beaktat',
	worked_through: 'Genomarbetat'
};

export const PROCESS_STATUSES = ['planned', 'ongoing', 'paused', 'ended'] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];
export const PROCESS_STATUS_LABELS: Record<ProcessStatus, string> = {
	planned: 'Planerad',
	ongoing: 'Pågår',
	paused: 'Pausad',
	ended: 'Avslutad'
};
