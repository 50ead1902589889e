import type { SourceFile } from '../types.ts';

/**
 * Värmland's county processes as the source documents name them: the four
 * processes that the county's social services directors and the region's
 * health care management worked with in March 2023, and the shared plan for
 * primary care started in the spring of 2024 (000, the timeline of Region
 * Värmland; 001, the roadmap).
 *
 * Coverage of the development areas is set only where a source ties the
 * process's subject to an area, quoting it; everything else is left "not
 * yet considered" for the county to fill in. No source says how a process
 * itself has worked with an area, so nothing is "worked through".
 */

export interface SeedCoverage {
	state: 'considered' | 'worked_through';
	/** how, quoting the source */
	how: string;
	/** where in which source */
	evidence: string;
}

export interface SeedProcess {
	countyCode: string;
	title: string;
	level: 'county' | 'subregional' | 'local';
	/** empty when the sources do not state the process's goal */
	goal: string;
	description: string;
	/** the name of one of the county's bodies (seed/content), or null when the sources name none */
	ownerGroup: string | null;
	/** the organisations taking part: the region and every municipality of the county */
	participants: 'region_and_municipalities';
	status: 'planned' | 'ongoing' | 'paused' | 'ended';
	/** the county roadmap's goal areas and the shared ones (domain/initiatives/vocabulary.ts) */
	goalAreas: string[];
	coverage: Partial<Record<'proactive' | 'person_centred' | 'bridging' | 'digital', SeedCoverage>>;
	/** titles of the county's seeded initiatives (seed/initiatives) that are this process's work */
	initiatives: string[];
	source: SourceFile;
}

const TIMELINE: SourceFile = '000_f8bc95be08be1486.txt';
const ROADMAP: SourceFile = '001_ae9703054a45fcdc.txt';

const NETWORK = 'Strategiska nätverk för hälso- och sjukvårdsledning, socialchefer och skolchefer';

const MARCH_2023 =
	'En av de fyra processer som länets socialchefer och regionens hälso- och sjukvårdsledning arbetade med när de möttes 30–31 mars 2023 för att diskutera fortsatt samverkan, systemledning och vilka förutsättningar som behövs för omställningen till god och nära vård. Hösten 2023 fortsatte arbetet i processer mot målbilden: ”För att komma framåt i arbetet behöver vi ta hänsyn till de fyra utvecklingsområden som beskrivs i färdplanen.”';

const proactiveEvidence = `Färdplanen för Värmland (2023), avsnittet ”Proaktivt, hälsofrämjande och förebyggande arbete” under Gemensamma utvecklingsområden (${ROADMAP}).`;
const notSaidHow =
	'Källorna beskriver inte hur processen själv har arbetat med området; det fyller länet i.';

export const varmlandProcesses: SeedProcess[] = [
	{
		countyCode: '17',
		title: 'Psykisk hälsa barn och unga',
		initiatives: ['Länsgemensam process: Psykisk hälsa barn och unga'],
		level: 'county',
		goal: '',
		description: MARCH_2023,
		ownerGroup: NETWORK,
		participants: 'region_and_municipalities',
		status: 'ongoing',
		goalAreas: ['psykisk-halsa-barn-unga', 'barn-unga', 'psykisk-halsa'],
		coverage: {
			proactive: {
				state: 'considered',
				how: `Färdplanen tar upp barns och ungas hälsa under det proaktiva, hälsofrämjande och förebyggande arbetet: ”Förutsättningarna för att främja barns hälsa, förebygga ohälsa och sätta in insatser vid tecken på ohälsa förbättras genom ökad kunskap om, och förståelse för, symtom på ohälsa, skydds- och riskfaktorer hos barn och unga, dess familj och närmiljö. Uppväxtförhållande har till exempel stor betydelse för den fysiska och psykiska hälsan under hela livet.” ${notSaidHow}`,
				evidence: proactiveEvidence
			}
		},
		source: TIMELINE
	},
	{
		countyCode: '17',
		title: 'Minskade förflyttningar',
		initiatives: ['Länsgemensam process: Minskade förflyttningar'],
		level: 'county',
		goal: '',
		description: MARCH_2023,
		ownerGroup: NETWORK,
		participants: 'region_and_municipalities',
		status: 'ongoing',
		goalAreas: ['minskade-forflyttningar', 'trygg-hemgang'],
		coverage: {},
		source: TIMELINE
	},
	{
		countyCode: '17',
		title: 'Levnadsvanor',
		initiatives: ['Länsgemensam process: Levnadsvanor'],
		level: 'county',
		goal: '',
		description: MARCH_2023,
		ownerGroup: NETWORK,
		participants: 'region_and_municipalities',
		status: 'ongoing',
		goalAreas: ['levnadsvanor'],
		coverage: {
			proactive: {
				state: 'considered',
				how: `Färdplanen tar upp levnadsvanor under det proaktiva, hälsofrämjande och förebyggande arbetet: ”Ohälsosamma levnadsvanor är en betydande orsak till ohälsa och sjukdom. Arbetet med levnadsvanor behöver stärkas i länet, bland annat genom att oftare fråga om levnadsvanor och att medarbetare ges förutsättningar att stödja invånare till hälsosamma levnadsvanor.” ${notSaidHow}`,
				evidence: proactiveEvidence
			}
		},
		source: TIMELINE
	},
	{
		countyCode: '17',
		title: 'Fallprevention',
		initiatives: ['Länsgemensam process: Fallprevention'],
		level: 'county',
		goal: '',
		description: MARCH_2023,
		ownerGroup: NETWORK,
		participants: 'region_and_municipalities',
		status: 'ongoing',
		goalAreas: ['fallprevention', 'aldre'],
		coverage: {
			proactive: {
				state: 'considered',
				how: `Färdplanen tar upp fallprevention under det proaktiva, hälsofrämjande och förebyggande arbetet: ”I Värmland ökade regionens kostnad för fallskador med 36 miljoner mellan 2020 och 2021. Antalet fallolyckor per 1 000 invånare, 80 år och äldre, som föranlett slutenvård varierar stort mellan kommunerna i länet (47-82 fallolyckor/1 000 invånare). Fallpreventiva åtgärder till äldre som bor hemma är kostnadsbesparande för både regioner och kommuner och det arbetet behöver stärkas i länet.” ${notSaidHow}`,
				evidence: proactiveEvidence
			}
		},
		source: TIMELINE
	},
	{
		countyCode: '17',
		title: 'Gemensam plan för primärvård',
		initiatives: ['Gemensam plan för primärvård'],
		level: 'county',
		goal: 'En gemensam plan för primärvården i Värmland. Färdplanen (2023): ”Den primära vården utförs av regionen, kommuner och privata aktörer. Det förutsätter en långsiktig etablerad struktur för samverkan och en gemensam plan för primärvård.”',
		description:
			'Våren 2024 startade arbetet och dialogerna med företrädare för Värmlands kommuner och region i befintliga nätverk, och med företrädare för invånare i länet i befintliga nätverk (Region Värmlands tidslinje). Källorna anger inte vilket organ som äger processen.',
		ownerGroup: null,
		participants: 'region_and_municipalities',
		status: 'ongoing',
		goalAreas: ['primarvard'],
		coverage: {
			bridging: {
				state: 'considered',
				how: `Färdplanen motiverar den gemensamma planen under utvecklingsområdet Överbrygga gränser och mellanrum och samordna våra resurser: ”Den primära vården utförs av regionen, kommuner och privata aktörer. Det förutsätter en långsiktig etablerad struktur för samverkan och en gemensam plan för primärvård. Tillgången till varandras kompetens behöver säkras och förmågan att agera tillsammans i realtid utifrån sin del i en helhet är avgörande.” ${notSaidHow}`,
				evidence: `Färdplanen för Värmland (2023), avsnittet ”Överbrygga gränser och mellanrum och samordna våra resurser” under Gemensamma utvecklingsområden (${ROADMAP}).`
			}
		},
		source: TIMELINE
	}
];
