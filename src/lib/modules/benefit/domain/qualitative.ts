import { FOCUS_SHIFTS, type FocusShift } from '../../../core/vocabulary.ts';

/**
 * The gains that money does not measure. Each scenario lists them next to the
 * kronor, tied to the county's vision: the citizen statements (what a citizen
 * shall experience) and the focus shifts (from → to). The template gains below
 * use Region Värmland's vision (source document 001_ae9703054a45fcdc.txt,
 * "Värmlands målbild och färdplan"); they describe value, they claim no effect
 * size of their own.
 */

/** The four focus shifts, by key: the vocabulary's (the vision content and the database use them). */
export const FOCUS_SHIFT_KEYS = FOCUS_SHIFTS;
export type FocusShiftKey = FocusShift;

/** The shifts as Värmland's vision words them (001_ae9703054a45fcdc.txt). */
export const FOCUS_SHIFT_TITLES: Record<FocusShiftKey, string> = {
	person: 'Från fokus på organisation till fokus på person och relation',
	coordination: 'Från isolerade vård- och omsorgsinsatser till samordning utifrån personens fokus',
	co_creator: 'Från invånare som passiva mottagare till aktiva medskapare',
	proactive: 'Från reaktiva insatser till proaktivt och hälsofrämjande arbete'
};

/** Värmland's five citizen statements, word for word (001_ae9703054a45fcdc.txt). */
export const VARMLAND_CITIZEN_STATEMENTS = [
	'Jag är en viktig och delaktig medskapare',
	'Vi bemöter varandra med respekt',
	'Vård och stöd utgår och samordnas från mina behov och resurser',
	'Jag har ett kontinuerligt, personligt och tillitsfullt stöd',
	'Jag får rätt hjälp och stöd i rätt tid'
] as const;

export interface QualitativeGain {
	title: string;
	description: string;
	/** who the gain is for: organisation ids of the scenario, or none for the citizen */
	forOrganisations?: string[];
	/** citizen statements of the county's vision, word for word */
	citizenStatements: string[];
	focusShifts: FocusShiftKey[];
	/** where the tie to the vision comes from */
	source: string;
}

const VISION_SOURCE = 'Värmlands målbild och färdplan (källdokument 001_ae9703054a45fcdc.txt)';

const [CO_CREATOR, , NEEDS_AND_RESOURCES, CONTINUOUS_SUPPORT, RIGHT_TIME] =
	VARMLAND_CITIZEN_STATEMENTS;

/** Common to all fall-prevention templates. */
const fallPreventionCommon: QualitativeGain[] = [
	{
		title: 'Ett fall som aldrig sker',
		description:
			'Den som inte skadar sig slipper smärtan, oron och den förlorade självständighet som en fallskada kan föra med sig. Kronorna räknar vårdens och omsorgens kostnader, inte personens lidande.',
		citizenStatements: [RIGHT_TIME],
		focusShifts: ['proactive', 'person'],
		source: `${VISION_SOURCE}: "Det proaktiva arbetet handlar också om att analysera hur vi genom tidiga insatser till invånare och anhöriga kan minska behovet av vård, stöd och omsorg."`
	},
	{
		title: 'Mindre oro och omsorg för anhöriga',
		description:
			'Anhörigas informella vård ingår i kalkylen som kronor, men inte deras oro eller den tid de hellre hade lagt på annat.',
		forOrganisations: ['relatives'],
		citizenStatements: [NEEDS_AND_RESOURCES],
		focusShifts: ['person'],
		source: `${VISION_SOURCE}: tidiga insatser "till invånare och anhöriga".`
	},
	{
		title: 'Kommun och region gör upp om en gemensam vinst',
		description:
			'Kommunen bär kostnaden och båda huvudmännen får del av vinsten. Att synliggöra flödet gör det möjligt att dela på insatsen och följa upp den tillsammans.',
		forOrganisations: ['region', 'municipality'],
		citizenStatements: [NEEDS_AND_RESOURCES],
		focusShifts: ['coordination'],
		source: `${VISION_SOURCE}: "utfall av insatser kommer ske i andra delar av systemet än där insatsen görs" (avsnittet Uppföljning).`
	}
];

export const exerciseQualitativeGains: QualitativeGain[] = [
	{
		title: 'Personen bygger själv sin styrka och balans',
		description:
			'Träningen görs av personen själv, med stöd. Den som tränar tar ansvar för sin egen hälsa och är medskapare, inte mottagare.',
		citizenStatements: [CO_CREATOR],
		focusShifts: ['co_creator', 'proactive'],
		source: `${VISION_SOURCE}: det personcentrerade förhållningssättet ger "möjlighet att ta ansvar för sin egen hälsa".`
	},
	{
		title: 'Gemenskap och kontinuitet i träningsgruppen',
		description:
			'Återkommande träning med samma ledare och grupp ger ett kontinuerligt och personligt stöd som inte syns i kronor.',
		citizenStatements: [CONTINUOUS_SUPPORT],
		focusShifts: ['person'],
		source: VISION_SOURCE
	},
	...fallPreventionCommon
];

export const homeHazardQualitativeGains: QualitativeGain[] = [
	{
		title: 'Ett hem anpassat efter personens behov och resurser',
		description:
			'Genomgången av hemmet görs tillsammans med personen, utifrån hur hen lever och vill leva, så att hen kan bo kvar tryggt.',
		citizenStatements: [NEEDS_AND_RESOURCES, CO_CREATOR],
		focusShifts: ['person', 'co_creator'],
		source: VISION_SOURCE
	},
	...fallPreventionCommon
];

export const antiSlipQualitativeGains: QualitativeGain[] = [
	{
		title: 'Att kunna gå ut även vintertid',
		description:
			'Halkskydd gör det lättare att fortsätta med promenader, ärenden och möten när det är snö och is.',
		citizenStatements: [RIGHT_TIME],
		focusShifts: ['proactive', 'person'],
		source: VISION_SOURCE
	},
	...fallPreventionCommon
];
