import { VOCABULARIES } from './vocabularies.ts';

/**
 * The columns of the inventory's files: the import template, the import
 * itself, the Swedish export and the open data. Each column has a Swedish
 * header (the template's and the export's) and an English identifier (the
 * open data's, accepted by the import as well), what it holds and the values
 * it allows. Pure: the template, the import page and the open data page all
 * document the columns from here.
 */

export type InitiativeColumnKey =
	| 'title'
	| 'description'
	| 'lead'
	| 'partners'
	| 'otherPartners'
	| 'municipalities'
	| 'level'
	| 'phase'
	| 'startsOn'
	| 'endsOn'
	| 'goalAreas'
	| 'developmentAreas'
	| 'focusShifts'
	| 'fundingYears'
	| 'fundingSources'
	| 'fundingAmounts'
	| 'contactFunction'
	| 'contactEmail'
	| 'contactPhone'
	| 'results'
	| 'lessons'
	| 'links'
	| 'goodExample'
	| 'visibility';

export interface InitiativeColumn {
	key: InitiativeColumnKey;
	/** the Swedish header of the template and the export */
	header: string;
	/** the English identifier (open data), also accepted as a header */
	id: string;
	/** other headers the import accepts (case, spaces and dashes do not matter) */
	aliases: readonly string[];
	required: boolean;
	/** what the column holds, in Swedish */
	description: string;
	/** the allowed values, in Swedish; empty when any text goes */
	allowed: string;
	/** the template's example row */
	example: string;
}

const labels = (l: Record<string, string>) =>
	Object.values(l)
		.map((v) => `"${v}"`)
		.join(', ');

const LIST = 'Flera värden skiljs åt med | (lodstreck), semikolon eller komma.';

export const INITIATIVE_COLUMNS: readonly InitiativeColumn[] = [
	{
		key: 'title',
		header: 'Namn',
		id: 'title',
		aliases: ['insats', 'insatsens namn', 'rubrik', 'titel'],
		required: true,
		description:
			'Insatsens namn, högst 300 tecken. En rad per insats. Ett namn som redan finns i länet läses inte in.',
		allowed: '',
		example: 'Mobila team i hemsjukvården'
	},
	{
		key: 'description',
		header: 'Beskrivning',
		id: 'description',
		aliases: [],
		required: false,
		description: 'Vad insatsen gör och för vilka, högst 20 000 tecken.',
		allowed: '',
		example:
			'Sjuksköterskor och läkare besöker äldre med stora behov i hemmet, så att de slipper åka till akuten.'
	},
	{
		key: 'lead',
		header: 'Ansvarig organisation',
		id: 'lead_organisation',
		aliases: ['ansvarig', 'ledande organisation', 'huvudman', 'lead'],
		required: false,
		description:
			'Organisationen i länet som leder insatsen, med namnet som i Nära. Tom: en gemensam insats för hela länet (bara samordnare). Redaktörer kan bara läsa in insatser som den egna organisationen leder.',
		allowed: 'Namnet på en organisation i länet, t.ex. "Region Värmland" eller "Arvika kommun".',
		example: 'Region Värmland'
	},
	{
		key: 'partners',
		header: 'Samarbetspartner',
		id: 'partners',
		aliases: ['samarbetspartners', 'partner', 'samverkanspartner'],
		required: false,
		description: `Andra organisationer i länet som är med, med namnen som i Nära. ${LIST}`,
		allowed: 'Namn på organisationer i länet.',
		example: 'Arvika kommun | Eda kommun'
	},
	{
		key: 'otherPartners',
		header: 'Andra partner',
		id: 'other_partners',
		aliases: ['övriga partner', 'externa partner', 'andra partners'],
		required: false,
		description: `Partner som inte finns i Nära, t.ex. ett universitet, ett företag eller en förening. ${LIST}`,
		allowed: '',
		example: 'Karlstads universitet'
	},
	{
		key: 'municipalities',
		header: 'Kommuner',
		id: 'municipalities',
		aliases: ['kommun', 'kommunkod', 'kommunkoder', 'municipality_codes'],
		required: false,
		description: `Kommunerna där insatsen bedrivs. Tom: hela länet. ${LIST}`,
		allowed: 'Kommunens namn ("Arvika kommun" eller "Arvika") eller kommunkod (t.ex. 1784).',
		example: 'Arvika | Eda'
	},
	{
		key: 'level',
		header: 'Nivå',
		id: 'level',
		aliases: ['niva'],
		required: true,
		description: 'På vilken nivå insatsen bedrivs.',
		allowed: `${labels(VOCABULARIES.level)} (eller county, subregional, local).`,
		example: VOCABULARIES.level.subregional
	},
	{
		key: 'phase',
		header: 'Fas',
		id: 'phase',
		aliases: ['status'],
		required: true,
		description: 'Var insatsen är i dag.',
		allowed: `${labels(VOCABULARIES.phase)} (eller idea, planning, pilot, scaling, running, ended).`,
		example: VOCABULARIES.phase.pilot
	},
	{
		key: 'startsOn',
		header: 'Start',
		id: 'starts_on',
		aliases: ['startdatum', 'startar'],
		required: false,
		description: 'När insatsen började eller börjar.',
		allowed: 'Ett datum som ÅÅÅÅ-MM-DD, t.ex. 2024-01-15.',
		example: '2024-01-15'
	},
	{
		key: 'endsOn',
		header: 'Slut',
		id: 'ends_on',
		aliases: ['slutdatum', 'slutar'],
		required: false,
		description: 'När insatsen slutade eller slutar. Tom om den pågår tills vidare.',
		allowed: 'Ett datum som ÅÅÅÅ-MM-DD, inte före starten.',
		example: '2025-12-31'
	},
	{
		key: 'goalAreas',
		header: 'Målområden',
		id: 'goal_areas',
		aliases: ['målområde', 'målgrupper', 'målgrupp'],
		required: false,
		description: `Målområden och målgrupper som insatsen gäller. ${LIST}`,
		allowed: `${labels(VOCABULARIES.goal_areas)}, eller deras nycklar (t.ex. aldre, hemsjukvard).`,
		example: `${VOCABULARIES.goal_areas.aldre} | ${VOCABULARIES.goal_areas.hemsjukvard}`
	},
	{
		key: 'developmentAreas',
		header: 'Utvecklingsområden',
		id: 'development_areas',
		aliases: ['utvecklingsområde'],
		required: false,
		description: `Färdplanens fyra utvecklingsområden som insatsen bidrar till. ${LIST}`,
		allowed: `${labels(VOCABULARIES.development_areas)} (eller proactive, person_centred, bridging, digital).`,
		example: VOCABULARIES.development_areas.bridging
	},
	{
		key: 'focusShifts',
		header: 'Fokusförflyttningar',
		id: 'focus_shifts',
		aliases: ['fokusförflyttning', 'omställningar'],
		required: false,
		description: `Fokusförflyttningarna som insatsen bidrar till. ${LIST}`,
		allowed: `${labels(VOCABULARIES.focus_shifts)} (eller person, co_creator, proactive, coordination).`,
		example: VOCABULARIES.focus_shifts.coordination
	},
	{
		key: 'fundingYears',
		header: 'Finansiering år',
		id: 'funding_years',
		aliases: ['finansieringsår', 'finansiering_ar', 'funding_year'],
		required: false,
		description:
			'Året för finansieringen. Flera finansieringar: skilj åren åt med |, och skriv källorna och beloppen i samma ordning.',
		allowed: 'Ett årtal, t.ex. 2024.',
		example: '2024'
	},
	{
		key: 'fundingSources',
		header: 'Finansiering källa',
		id: 'funding_sources',
		aliases: ['finansieringskälla', 'finansiär', 'funding_source'],
		required: false,
		description: 'Varifrån pengarna kommer, t.ex. statliga stimulansmedel. Flera: skilj åt med |.',
		allowed: '',
		example: 'Statliga stimulansmedel'
	},
	{
		key: 'fundingAmounts',
		header: 'Finansiering belopp',
		id: 'funding_amounts_sek',
		aliases: ['belopp', 'finansieringsbelopp', 'belopp kr', 'funding_amount_sek'],
		required: false,
		description:
			'Beloppet i hela kronor. Mellanslag mellan tusental och decimalkomma går bra (1 500 000 eller 1500000,00). Tom om beloppet inte är känt. Flera: skilj åt med |.',
		allowed: 'Ett belopp i hela kronor, 0 eller mer.',
		example: '1 500 000'
	},
	{
		key: 'contactFunction',
		header: 'Kontaktfunktion',
		id: 'contact_function',
		aliases: ['kontakt'],
		required: false,
		description:
			'En funktion att kontakta, t.ex. en enhet eller en gemensam brevlåda, inte en enskild person.',
		allowed: '',
		example: 'Nära vård-kansliet'
	},
	{
		key: 'contactEmail',
		header: 'E-post',
		id: 'contact_email',
		aliases: ['e-postadress', 'epost', 'email', 'mejl'],
		required: false,
		description: 'Kontaktfunktionens e-postadress.',
		allowed: 'En e-postadress som namn@exempel.se.',
		example: 'naravard@exempel.se'
	},
	{
		key: 'contactPhone',
		header: 'Telefon',
		id: 'contact_phone',
		aliases: ['telefonnummer', 'tel'],
		required: false,
		description: 'Kontaktfunktionens telefonnummer.',
		allowed: 'Siffror, mellanslag, bindestreck och +, t.ex. 054-61 50 00.',
		example: '054-61 50 00'
	},
	{
		key: 'results',
		header: 'Resultat',
		id: 'results',
		aliases: [],
		required: false,
		description: 'Vad insatsen har lett till hittills.',
		allowed: '',
		example: ''
	},
	{
		key: 'lessons',
		header: 'Lärdomar',
		id: 'lessons',
		aliases: ['lardomar'],
		required: false,
		description: 'Vad andra kan lära av insatsen.',
		allowed: '',
		example: ''
	},
	{
		key: 'links',
		header: 'Länk',
		id: 'links',
		aliases: ['länkar', 'webbadress', 'url'],
		required: false,
		description: 'En webbsida om insatsen. Flera: skilj åt med |.',
		allowed: 'En webbadress som börjar med https:// eller http://.',
		example: 'https://www.regionvarmland.se/'
	},
	{
		key: 'goodExample',
		header: 'Gott exempel',
		id: 'good_example',
		aliases: [],
		required: false,
		description: 'Om insatsen är ett gott exempel att sprida. Tom: nej.',
		allowed: '"ja" eller "nej".',
		example: 'nej'
	},
	{
		key: 'visibility',
		header: 'Synlighet',
		id: 'visibility',
		aliases: [],
		required: false,
		description:
			'Offentlig: alla kan läsa insatsen, och den finns med i de öppna data. Intern: bara inloggade med en roll i länet. Tom: offentlig.',
		allowed: '"offentlig" eller "intern".',
		example: 'offentlig'
	}
];

/** How lists are joined in the Swedish export and the template: readable, and read back by the import. */
export const LIST_SEPARATOR = ' | ';

/** The open data's licence: CC0 1.0, no rights reserved (docs/decisions/0005-open-data.md). */
export const OPEN_DATA_LICENSE = 'http://creativecommons.org/publicdomain/zero/1.0/';
