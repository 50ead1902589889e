import type { SourceFile } from '../types.ts';

/**
 * The milestones that Värmland's source documents name, each with its source
 * and the passage it comes from (a quote that a test finds in the file). A
 * status is given only where the source states it; otherwise it is unknown.
 * Nothing here is invented: a milestone without a stated time has none.
 */
export interface SeedMilestone {
	countyCode: string;
	title: string;
	description: string;
	year: number | null;
	/** the time as the source writes it; empty = the year */
	periodLabel: string;
	/** the name of the seeded body that owns it, or null when the source names none */
	ownerGroup: string | null;
	status: 'planned' | 'under_way' | 'reached' | 'postponed' | 'unknown';
	source: SourceFile;
	/** a quote from the source, word for word (line breaks and hyphenation aside) */
	quote: string;
	/** the heading in the source the quote stands under, when it helps to find it */
	section?: string;
	/** titles of the county's seeded processes that lead there */
	processes: string[];
	/** keys of the county's roadmap items that lead there, as "kind:key" */
	roadmapItems: string[];
}

const timelinePage = '000_f8bc95be08be1486.txt';
const roadmapDocument = '001_ae9703054a45fcdc.txt';

/** The five stages of the roadmap's shared direction ("Gemensam färdriktning"), in order. */
const directionStages = [
	'Vi startar alla från olika utgångspunkter',
	'Vi börjar med det enkla',
	'Vi har små utmaningar att tackla',
	'Vi har större hinder att bestiga',
	'Vi når vårt mål: God och jämlik hälsa'
];

export const varmlandMilestones: SeedMilestone[] = [
	{
		countyCode: '17',
		title: 'Målbilden godkänd i alla kommuner och i Region Värmland',
		description:
			'Värmlands målbild för god och nära vård beslutades i länets 16 kommuner och i Region Värmland mellan mars och juni 2022.',
		year: 2022,
		periodLabel: 'Juni 2022',
		ownerGroup: null,
		status: 'reached',
		source: timelinePage,
		quote:
			'Samtliga kommuner och Region Värmland har godkänt målbilden för god och nära vård i Värmland.',
		processes: [],
		roadmapItems: []
	},
	{
		countyCode: '17',
		title: 'Länsgemensam färdplan godkänd',
		description:
			'Direktörsberedningen godkände färdplanen som ska vägleda arbetet mot Värmlands målbild.',
		year: 2023,
		periodLabel: 'Januari 2023',
		ownerGroup: 'Direktörsberedningen',
		status: 'reached',
		source: timelinePage,
		quote: 'I januari godkände direktörsberedningen den länsgemensamma färdplanen',
		processes: [],
		roadmapItems: []
	},
	{
		countyCode: '17',
		title: 'Uppföljning av färdplanen',
		description: 'Uppföljningen av färdplanen beskriver arbetet under 2023.',
		year: 2024,
		periodLabel: '2024',
		ownerGroup: null,
		status: 'reached',
		source: timelinePage,
		quote:
			'Uppföljningen beskriver arbetet under 2023 och belyser framsteg, utmaningar och den fortsatta vägen framåt.',
		processes: [],
		roadmapItems: ['prerequisite:follow_up']
	},
	{
		countyCode: '17',
		title: 'Gemensam plan för primärvård',
		description:
			'Arbetet med en gemensam plan för primärvård startade våren 2024. Källan säger inte när planen ska vara klar.',
		year: 2024,
		periodLabel: 'Våren 2024',
		ownerGroup: null,
		status: 'unknown',
		source: timelinePage,
		quote:
			'Uppstart av arbete och dialoger med företrädare för Värmlands kommuner och region i befintliga nätverk.',
		processes: ['Gemensam plan för primärvård'],
		roadmapItems: []
	},
	...directionStages.map((stage, i): SeedMilestone => ({
		countyCode: '17',
		title: stage,
		description: `Steg ${i + 1} av ${directionStages.length} i färdplanens gemensamma färdriktning. Källan anger ingen tid för steget.`,
		year: null,
		periodLabel: `Färdriktningens steg ${i + 1}`,
		ownerGroup: null,
		status: 'unknown',
		source: roadmapDocument,
		quote: stage,
		section: 'Gemensam färdriktning',
		processes: [],
		roadmapItems: []
	}))
];
