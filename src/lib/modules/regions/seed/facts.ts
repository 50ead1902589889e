/**
 * The facts of the comparison table, read by hand from the national overview
 * (002, 2020): each region's strategy and the year the overview gives for it,
 * whether a joint vision (gemensam målbild) with the municipalities existed in
 * 2020, and the bodies the region shares with the municipalities; and the
 * lessons of the four case studies. Every fact quotes 002 word for word
 * (whitespace aside); extract.ts finds the lines, seed.test.ts checks the
 * quotes. What the overview does not say is left out, and shown as unknown.
 */
import type { HeadingKey } from './types.ts';

export type JointVision = 'yes' | 'in_progress' | 'planned';

export interface FactDraft {
	heading: HeadingKey | 'case';
	quote: string;
}

export interface RegionFactsDraft {
	/** year: the year the overview gives for the strategy (decided, or begun); absent when it gives none */
	strategy?: FactDraft & { name: string; year?: number };
	jointVision?: FactDraft & { status: JointVision };
	bodies: (FactDraft & { name: string })[];
	lessons?: string[];
}

const d = (quote: string): FactDraft => ({ heading: 'direction', quote });
const o = (quote: string): FactDraft => ({ heading: 'organisation', quote });
const c = (quote: string): FactDraft => ({ heading: 'collaboration', quote });
const j = (quote: string): FactDraft => ({ heading: 'joint', quote });
const cs = (quote: string): FactDraft => ({ heading: 'case', quote });

export const facts: Record<string, RegionFactsDraft> = {
	'10': {
		strategy: {
			name: 'Programplan Framtidens hälso- och sjukvård',
			year: 2016,
			...d('I Programplan Framtidens hälso- och sjukvård från 2016')
		},
		jointVision: {
			status: 'in_progress',
			...j(
				'Det utkast till gemensam målbild för regionen och länets kommuner som utarbetades 2019'
			)
		},
		bodies: [
			{
				name: 'Länssamverkan kring vård och omsorg (LSVO)',
				...c(
					'Länssamverkan kring vård och omsorg, LSVO, utgör samverkansorgan för chefstjänstemän inom vård och omsorg.'
				)
			},
			{
				name: 'Regionalt samverkansråd',
				...c('Det finns även ett regionalt samverkansråd, en regionchefsgrupp')
			}
		]
	},
	'20': {
		strategy: {
			name: 'Regionplan 2019–2021',
			year: 2019,
			...d('Region Dalarnas Regionplan 2019–2021 och budget 2019 inleds med visionen')
		},
		jointVision: {
			status: 'in_progress',
			...j(
				'Region Dalarna och länets kommuner har under hösten 2019 inlett ett arbete för att ta fram en gemensam målbild och strategi för en god och nära vård. Detta arbete fortsätter under 2020.'
			)
		},
		bodies: [
			{
				name: 'Välfärdsrådet',
				...c('Välfärdsrådet är en politiskt tillsatt grupp som kommer överens och gör beställningar på politisk nivå.')
			},
			{
				name: 'Chefsnätverk',
				...c('I ett chefsnätverk ingår socialchefer, områdessamordnare och vissa divisionschefer.')
			},
			{
				name: 'Styrgrupp för god och nära vård',
				...c(
					'Det finns en styrgrupp för god och nära vård med representanter från kommunerna och regionen'
				)
			}
		]
	},
	'09': {
		strategy: {
			name: 'Struktur 2015',
			year: 2015,
			...d(
				'I Region Gotland har hälso- och sjukvårdsförvaltningens utredning Struktur 2015 legat till grund för arbetet'
			)
		},
		bodies: []
	},
	'21': {
		strategy: {
			name: 'Fördjupad regional analys (HSN:s uppdrag)',
			year: 2019,
			...d('Baserat på resultat av analysen beslutade HSN 2019 att ge HSD i uppdrag att fortsätta arbetet')
		},
		bodies: [
			{
				name: 'Nätverk Välfärd',
				...c('Samverkan på politisk nivå sker inom Nätverk Välfärd, där nära vård är ett prioriterat område.')
			},
			{
				name: 'Länsledning Välfärd',
				...c('I Länsledning Välfärd sker samverkan kring välfärdsfrågor.')
			}
		]
	},
	'13': {
		strategy: {
			name: 'Hälso- och sjukvårdsstrategin i Halland 2017–2025',
			year: 2015,
			...d('Strategin beslutades av regionfullmäktige 2015')
		},
		bodies: [
			{
				name: 'Kommun- och regionledningsforum',
				...c('Kommun- och regionledningsforum syftar till att samordna kommunal och regional utveckling.')
			},
			{
				name: 'Chefsgrupp Halland',
				...c('Chefsgrupp Halland består av kommunchefer och regiondirektör.')
			},
			{
				name: 'Strategisk grupp för socialtjänst och närliggande hälso- och sjukvård',
				...c('Strategisk grupp för socialtjänst och närliggande hälso- och sjukvård är uppdragsgivare för den taktiska nivån.')
			}
		]
	},
	'23': {
		strategy: {
			name: 'Riktning Nära vård',
			year: 2019,
			...d('Regionledningen beslutade under 2019 om framtagande av riktning och strategi för arbetet mot nära vård.')
		},
		jointVision: {
			status: 'planned',
			...j('Kommunerna och Region Jämtland Härjedalen har ambition att ta fram en gemensam målbild för nära vård.')
		},
		bodies: [
			{
				name: 'SVOM (Sociala vård- och omsorgsgruppen)',
				...c('Gemensamma frågor styrs politiskt genom SVOM (Sociala vård- och omsorgsgruppen)')
			},
			{
				name: 'Lokala samverkansarenor',
				...c('I varje kommun finns lokala samverkansarenor med representanter från primärvård och kommun')
			}
		]
	},
	'06': {
		strategy: {
			name: 'Tillsammans för bästa möjliga hälsa och jämlik vård',
			year: 2016,
			...d('Strategin beslutades av regionfullmäktige 2016')
		},
		bodies: [
			{
				name: 'Kommunalt forum',
				...c('Kommunalt forum är ett nätverk med politiker från regionen och länets kommuner')
			},
			{
				name: 'ReKo',
				...c('ReKo är länken mellan Kommunalt forum och strategigrupperna.')
			},
			{
				name: 'Tre strategigrupper',
				...c('Det finns tre strategigrupper: Barn och unga, Psykiatri och missbruk och Äldre.')
			}
		]
	},
	'08': {
		strategy: {
			name: 'Målbild för framtidens hälso- och sjukvård (regionplanen för 2020)',
			year: 2019,
			...d('Målbilden återfinns i regionplanen för 2020 som beslutades av regionfullmäktige 2019.')
		},
		bodies: [
			{
				name: 'Länsgemensamma ledningsgruppen',
				...c('Länsgemensamma ledningsgruppen, som består av förvaltningschefer från kommunerna och regionen')
			},
			{
				name: 'Utvecklingsråd med brukare, patienter och närstående',
				...c('Ett utvecklingsråd med brukare, patienter och närstående finns kopplat till Länsgemensam ledning.')
			}
		]
	},
	'07': {
		strategy: {
			name: 'Närmare Kronobergaren – Utvecklingsstrategi inom hälso- och sjukvård 2017–2027',
			year: 2017,
			...d('Närmare Kronobergaren – Utvecklingsstrategi inom hälso- och sjukvård 2017–2027, som beslutades i regionfullmäktige 2017.')
		},
		jointVision: {
			status: 'yes',
			...c('En gemensam målbild för nära vård har tagits fram.')
		},
		bodies: [
			{
				name: 'Kommunalt forum',
				...c('På politisk nivå finns ett kommunalt forum, ett samverkansorgan och en mötesarena för dialog och inriktningsbeslut.')
			},
			{
				name: 'Ledningsgruppen för samordning av länets hälso- och sjukvård och socialtjänst',
				...c('I ledningsgruppen för samordning av länets hälso- och sjukvård och socialtjänst sitter')
			},
			{
				name: 'Tre operativa tvärgrupper (barn, vuxna, äldre)',
				...c('För att förverkliga ledningsgruppens beslut finns tre operativa tvärgrupper (barn, vuxna, äldre)')
			}
		],
		lessons: [
			'Syftet är att tillsammans skapa en trygg och säker uppväxt för varje barn med målet att utgå från barnets behov och inte hur myndigheterna är organiserade.',
			'Utveckling av gemensamma arbetssätt pågår där alla verksamheter som möter barn ska arbeta med samma praxismodell i samverkan.'
		]
	},
	'25': {
		strategy: {
			name: 'Vägen till framtidens hälsa och vård år 2035',
			year: 2018,
			...d('Strategin beslutades av regionstyrelsen 2018.')
		},
		jointVision: {
			status: 'planned',
			...j('I Region Norrbotten pågår arbete med att ta fram en gemensam behovsbild för nära vård, och därefter är ambitionen att utveckla en gemensam målbild.')
		},
		bodies: [
			{
				name: 'Den politiska samverkansberedningen',
				...c('Den politiska samverkansberedningen utgör ett övergripande samverkansorgan.')
			},
			{
				name: 'Länsstyrgruppen',
				...c('Länsstyrgruppen fungerar som styrgrupp för samtliga arbetsgrupper för gemensamma frågor')
			}
		]
	},
	'12': {
		strategy: {
			name: 'Framtidens hälsosystem',
			year: 2020,
			...d('Framtidens hälsosystem har beslutats i regionfullmäktige i april 2020.')
		},
		bodies: []
	},
	'01': {
		strategy: {
			name: 'Primärvårdsstrategi för Region Stockholm 2019–2025',
			year: 2019,
			...d('Första delen, framtagande av mål och strategisk inriktning, arbetades fram under våren 2019.')
		},
		bodies: []
	},
	'04': {
		strategy: {
			name: 'Framtidens hälso- och sjukvård 2.0',
			year: 2017,
			...d('2017 fattade landstings- fullmäktige beslut om Framtidens hälso- och sjukvård 2.0.')
		},
		jointVision: {
			status: 'in_progress',
			...j('Region Sörmland och länets kommuner har inlett ett arbete för att ta fram en gemensam målbild för omställningen till en god och nära vård.')
		},
		bodies: [
			{
				name: 'Nämnden för samverkan kring socialtjänst och vård (NSV)',
				...c('nämnden för samverkan kring socialtjänst och vård (NSV)')
			},
			{
				name: 'Länsstyrgrupp',
				...c('I länsstyrgruppen ingår 1–2 representanter per kommun, 4 divisionschefer från regionen')
			}
		],
		lessons: [
			'Struktur och organisering av samverkan har byggts upp stegvis under femton år',
			'Intervjupersoner beskriver tillit och god förståelse för varandras förutsättningar som särskilt betydelsefullt för att kunna ta nästa steg i att ställa om till en god och nära vård.'
		]
	},
	'03': {
		strategy: {
			name: 'Effektiv och nära vård 2030',
			year: 2018,
			...d('Effektiv och nära vård 2030 beslutades i regionstyrelsen och regionfullmäktige under 2018.')
		},
		bodies: [
			{
				name: 'HSVO',
				...cs('Parallellt gjordes en översyn av länets samverkansstrukturer inom hälsa, stöd, vård och omsorg, och HSVO bildades.')
			}
		],
		lessons: [
			'En framgångsfaktor som framhålls i intervjuer är att det nya förhållningssättet ska tillämpas på alla nivåer och i alla ärenden.',
			'En central del i att lyckas hitta gemensamma lösningar är att särskilja diskussioner om vad som är den bästa lösningen för individen från diskussioner om kostnader och hur dessa ska fördelas.'
		]
	},
	'17': {
		strategy: {
			name: 'Utvecklingsplan för framtida hälso- och sjukvård',
			year: 2015,
			...d('Utvecklingsplan för framtida hälso- och sjukvård som beslutades av landstingsfullmäktige 2015.')
		},
		bodies: [
			{
				name: 'Nya perspektiv (politisk styrgrupp)',
				...c('Nya perspektiv leds av en politisk styrgrupp')
			},
			{
				name: 'Strategisk beredningsgrupp',
				...c('Det finns en strategisk beredningsgrupp vars uppdrag är att koordinera, samordna och initiera samverkan i länet.')
			}
		]
	},
	'24': {
		strategy: {
			name: 'God, effektiv och nära vård i Västerbotten 2019–2030',
			year: 2019,
			...d('Hälso- och sjukvårdsnämnden beslutade att fastställa strategin våren 2019.')
		},
		jointVision: {
			status: 'in_progress',
			...c('Parallellt sker utveckling av en gemensam målbild för en god och nära vård.')
		},
		bodies: []
	},
	'22': {
		strategy: {
			name: 'Målbild för framtidens hälso- och sjukvård',
			year: 2016,
			...d('regionens målbild för framtidens hälso- och sjukvård som beslutades av regionfullmäktige 2016')
		},
		jointVision: {
			status: 'in_progress',
			...j('I Region Västernorrland leder arbetsutskottet lill-Reko ett arbete med att ta fram en gemensam målbild.')
		},
		bodies: [
			{ name: 'Social ReKo', ...c('Social ReKo: Politiker från berörda nämnder i kommunerna och regionen.') },
			{
				name: 'Beredningsgruppen',
				...c('Beredningsgruppen: Chefstjänstemän från kommunernas socialtjänst eller motsvarande samt regionens hälso- och sjukvård.')
			},
			{
				name: 'Lokala samverkansgrupper (LSG)',
				...c('Lokala samverkansgrupper (LSG): Verksamhetschefer och enhetschefer från berörda verksamheter i kommunerna och regionen.')
			}
		],
		lessons: [
			'Varje region driver utvecklingsarbete inom respektive modellområde men samordnar och samarbetar kring frågor som metod och koncept för medborgardialog och folkhälsa i glesbygd.'
		]
	},
	'19': {
		strategy: {
			name: 'Framtidens hälso- och sjukvård 2030',
			...d('Region Västmanland har fattat beslut om Framtidens hälso- och sjukvård 2030')
		},
		jointVision: {
			status: 'yes',
			...j('Hösten 2019 diskuterade politiker och tjänstemän nära vård och kom fram till en gemensam målbild')
		},
		bodies: [
			{
				name: 'Regional ledningsgrupp',
				...c('Det finns en regional ledningsgrupp, där regiondirektören är sammankallande och alla kommunchefer finns representerande.')
			}
		]
	},
	'14': {
		strategy: {
			name: 'Strategi för omställningen av hälso- och sjukvården i Västra Götalandsregionen',
			year: 2017,
			...d('Strategi för omställningen av hälso- och sjukvården i Västra Götalandsregionen, Regionfullmäktiges beslut 2017')
		},
		jointVision: {
			status: 'in_progress',
			...j('Vårdsamverkan Västra Götaland, VVG, har i uppdrag att ta fram en gemensam målbild')
		},
		bodies: [
			{
				name: 'Samrådsorganet (SRO)',
				...c('Samrådsorganet, SRO, är en etablerad mötesplats för Västra Götalandsregionen och kommunerna i välfärdsfrågor')
			},
			{
				name: 'Vårdsamverkan Västra Götaland (VVG)',
				...c('Vårdsamverkan Västra Götaland, VVG, som bildades 2017, utgör regional ledningsstruktur för samverkan')
			}
		]
	},
	'18': {
		strategy: {
			name: 'Målbild för hälso- och sjukvården i länet',
			year: 2019,
			...d('Målbilden, som antogs av regionfullmäktige 2019')
		},
		bodies: [
			{
				name: 'Chefsgruppen social välfärd samt vård och omsorg',
				...c('På tjänstepersonnivå hanteras övergripande frågor som berör nära vård i chefsgruppen social välfärd samt vård och omsorg.')
			},
			{
				name: 'Styrgrupp för samverkan i nära vård',
				...c('På uppdrag av chefsgruppen har en särskild styrgrupp för samverkan i nära vård tillsatts.')
			}
		]
	},
	'05': {
		strategy: {
			name: 'Strategisk plan med treårsbudget 2020–2022',
			year: 2019,
			...d('Strategisk plan med treårsbudget 2020–2022 som beslutades i regionfullmäktige 2019.')
		},
		bodies: [
			{
				name: 'Samrådet för vård och omsorg (SVO)',
				...c('Samrådet för vård och omsorg, SVO, utgörs av länets högsta politiska nivå')
			},
			{
				name: 'Ledningsgruppen för vård och omsorg (LGVO)',
				...c('LGVO, utgörs av samtliga kommuners social- och omsorgschefer samt regionens produktionsenhetschefer.')
			}
		]
	}
};
