import type { SourceFile } from '../types.ts';

/**
 * What Värmland's support structure offers, as the source documents name it:
 * the tools and training on Region Värmland's timeline (000) and what the
 * roadmap (001) says the shared support structure shall offer. Every offer
 * quotes its source with the lines it stands on. The prerequisites and
 * development areas are those the quoted text names or describes (e.g. "för
 * dig och din arbetsplats" → hållbara arbetsplatser); where the source says
 * nothing of an area, none is given. The sources give no course rounds or
 * participant counts, so none are seeded: the support structure records them.
 */

export interface SeedSupportOffer {
	kind: 'course' | 'programme' | 'method' | 'analysis' | 'tool';
	title: string;
	description: string;
	/** who gives it, as the source says; '' when it does not */
	provider: string;
	prerequisites: (
		'leadership' | 'workplaces' | 'system_leadership' | 'support_structure' | 'follow_up'
	)[];
	developmentAreas: ('proactive' | 'person_centred' | 'bridging' | 'digital')[];
	/** a page in Nära where the offer is used, when there is one */
	link: string;
	source: SourceFile;
	/** the source's words, hyphenation at line ends undone */
	quote: string;
	locator: string;
}

const TIMELINE: SourceFile = '000_f8bc95be08be1486.txt';
const ROADMAP: SourceFile = '001_ae9703054a45fcdc.txt';
const STRUCTURE = 'Länets gemensamma stödstruktur, samordnad via Nya perspektiv';

export const varmlandSupport: SeedSupportOffer[] = [
	{
		kind: 'course',
		title: 'Nya verktyg och utbildningar för chefer och ledare',
		description:
			'Verktyg och utbildningar för chefer och ledare i omställningen till nära vård, på Region Värmlands tidslinje. Källan beskriver inte innehållet närmare.',
		provider: '',
		prerequisites: ['leadership'],
		developmentAreas: [],
		link: '',
		source: TIMELINE,
		quote: 'Nya verktyg och utbildningar för chefer och ledare',
		locator: 'rad 21'
	},
	{
		kind: 'programme',
		title: 'Utvecklingsprogram för länets systemledning',
		description:
			'Ett utvecklingsprogram för direktörsberedningen: att leda systemet som en helhet, följa upp och gemensamt reflektera över hur det går.',
		provider: '',
		prerequisites: ['system_leadership', 'follow_up'],
		developmentAreas: [],
		link: '',
		source: TIMELINE,
		quote:
			'Länets systemledningen (direktörsberedning) har påbörjat ett utvecklingsprogram för att utveckla förmågan att leda systemet som en helhet, följa upp och gemensamt reflektera hur det går för att proaktivt styra omställningen.',
		locator: 'rad 44–46'
	},
	{
		kind: 'tool',
		title: 'Dialogguiden',
		description:
			'Stöd för dialog och reflektion på omställningsresan: arbetsplatsen lär sig mer om målbilden och testar hur mycket nära vård den redan arbetar med.',
		provider: '',
		prerequisites: ['workplaces'],
		developmentAreas: [],
		link: '/lan/varmland/dialogguide',
		source: TIMELINE,
		quote:
			'Dialogguiden hjälper, guidar och ger dig mer kunskap om vad omställningen till nära vård är och innebär för dig och din arbetsplats.',
		locator: 'rad 52–54'
	},
	{
		kind: 'analysis',
		title: 'Nyttokalkyleringsmodellen',
		description:
			'En modell som visar kvalitativa och ekonomiska flöden över organisationsgränser: vem som betalar och vem som vinner när en insats görs.',
		provider: '',
		prerequisites: ['follow_up'],
		developmentAreas: ['bridging'],
		link: '/lan/varmland/nyttokalkyl',
		source: ROADMAP,
		quote:
			'Nyttokalkyleringsmodellen är ett exempel på en modell som visar kvalitativa och ekonomiska flöden över organisatoriska gränser.',
		locator: 'rad 1165–1168'
	},
	{
		kind: 'course',
		title: 'Kontinuerliga utbildningar i omställningen',
		description: 'Stödstrukturens återkommande utbildningar för verksamheterna i omställningen.',
		provider: STRUCTURE,
		prerequisites: ['support_structure'],
		developmentAreas: [],
		link: '',
		source: ROADMAP,
		quote:
			'Stödstrukturen ska erbjuda kontinuerliga utbildningar, metodkunskap och analyser som stöd för verksamheter i omställningen.',
		locator: 'rad 1186–1188'
	},
	{
		kind: 'method',
		title: 'Metodstöd för att växla upp omställningsarbetet',
		description:
			'Verksamheter som har kommit olika långt får stöd att växla upp sitt arbete, via och tillsammans med stödstrukturen.',
		provider: STRUCTURE,
		prerequisites: ['support_structure', 'workplaces'],
		developmentAreas: [],
		link: '',
		source: ROADMAP,
		quote:
			'Det behöver vara möjligt för verksamheter att få stöd i att växla upp sitt omställningsarbete via och tillsammans med stödstrukturen.',
		locator: 'rad 1196–1198'
	},
	{
		kind: 'analysis',
		title: 'Analyser som stöd för verksamheterna',
		description:
			'Analyser av hur omställningen går, som stöd för verksamheterna och för systemledningens uppföljning.',
		provider: STRUCTURE,
		prerequisites: ['support_structure', 'follow_up'],
		developmentAreas: [],
		link: '',
		source: ROADMAP,
		quote:
			'Stödstrukturen ska erbjuda kontinuerliga utbildningar, metodkunskap och analyser som stöd för verksamheter i omställningen.',
		locator: 'rad 1186–1188'
	},
	{
		kind: 'method',
		title: 'Stöd till de länsgemensamma processerna',
		description:
			'Stödstrukturen stödjer samordningsgruppen och de länsgemensamma processerna, som var och en ska visa att alla fyra utvecklingsområden har beaktats och bearbetats.',
		provider: STRUCTURE,
		prerequisites: ['support_structure', 'system_leadership'],
		developmentAreas: ['proactive', 'person_centred', 'bridging', 'digital'],
		link: '/lan/varmland/processer',
		source: ROADMAP,
		quote:
			'Varje process ska säkra att samtliga utvecklingsområden har beaktats och bearbetats. Uppföljning behöver ske inom respektive process. Den länsgemsamma stödstrukturen ska stödja både verksamhet, ledning och systemledning.',
		locator: 'rad 1249–1251'
	}
];
