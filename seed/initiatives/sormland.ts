import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('04', 'Region Sörmland');

const MUNICIPALITIES = [
	'Eskilstuna kommun',
	'Flens kommun',
	'Gnesta kommun',
	'Katrineholms kommun',
	'Nyköpings kommun',
	'Oxelösunds kommun',
	'Strängnäs kommun',
	'Trosa kommun',
	'Vingåkers kommun'
];

export const sormland: SeedInitiative[] = [
	...o.add(o.organisation, [
		{
			title: 'Närvårdskoordinatorer och sjukhuskoordinatorer',
			description:
				'I länet finns tre närvårdskoordinatorer, en för varje länsdel, som har en drivande roll i arbetet med närvård. De stödjer samarbetet mellan kommunal vård och omsorg, vårdcentraler och sjukhus, utgör en länk mellan olika samverkansgrupper, arrangerar mötesplatser, arbetar med överenskommelser och följer upp resultat av gemensamt utvecklingsarbete. På respektive sjukhus finns en sjukhuskoordinator som samordnar sjukhusets verksamheter.',
			level: 'subregional',
			phase: 'running',
			developmentAreas: ['bridging']
		},
		{
			title: 'Ny utskrivningsprocess i länet',
			description:
				'En ny utskrivningsprocess införs i länet. Närvårds- och sjukhuskoordinatorerna är nyckelpersoner i införandet.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['bridging']
		}
	]),
	...o.add(`${o.prioritised}: satsningar sedan tidigare`, [
		{
			title: 'Utbyggd SSIH, specialiserad sjukvård i hemmet',
			description:
				'Specialiserad sjukvård i hemmet (SSIH) omfattar nu alla diagnoser, åldrar, boendeformer och kommuner.',
			municipalities: MUNICIPALITIES,
			level: 'county',
			phase: 'running',
			goalAreas: ['hemsjukvard']
		},
		{
			title: 'Samordningssköterska inom primärvården',
			description:
				'Samordningssköterska inom primärvården, en av satsningarna för en god och nära vård.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard'],
			focusShifts: ['coordination']
		},
		{
			title: 'Vårdlots på sjukhus',
			description: 'Införande av vårdlots på sjukhus, en av satsningarna för en god och nära vård.',
			level: 'county',
			phase: 'running',
			focusShifts: ['coordination']
		},
		{
			title: 'Teamarbete inom palliativ vård och rehabprocessen i primärvården',
			description:
				'Utveckling av teamarbete inom områden som palliativ vård och rehabprocessen i primärvården.',
			level: 'county',
			phase: 'running',
			goalAreas: ['palliativ-vard', 'rehabilitering', 'primarvard']
		},
		{
			title: 'Mobila team inom psykiatrin',
			description: 'Etablerande av mobila team inom psykiatrin.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa']
		},
		{
			title: 'Kompetensförsörjning i primärvården',
			description:
				'Fler ST-läkare i allmänmedicin, rekrytering av disputerade läkare på deltid, utbildningsvårdcentral och fortbildningsansvarig läkare.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning', 'primarvard']
		},
		{
			title: 'Hjärtsviktsmottagningar i primärvård',
			description:
				'Som ett led i att utveckla effektiva vårdprocesser har primärvården tagit över huvuddelen av hjärtsviktsvården från medicinklinikerna.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard']
		},
		{
			title: 'Förstärkning av psykosociala team i primärvården',
			description:
				'Förstärkning av psykosociala team i primärvården, en av satsningarna för en god och nära vård.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa', 'primarvard']
		},
		{
			title: 'Samordnat medicinskt omhändertagande, SMO-mottagningar',
			description:
				'Förbättrat medicinskt omhändertagande för vuxna personer med komplexa funktionshinder.',
			level: 'county',
			phase: 'running',
			goalAreas: ['funktionsnedsattning', 'sammansatta-behov'],
			focusShifts: ['coordination']
		},
		{
			title: 'Hälsoprogram Sörmland',
			description:
				'Digitaliserad modell för preventivt hälsoarbete som syftar till att stödja mer hälsosamma vardagsvanor för att påverka viktiga riskfaktorer.',
			level: 'county',
			phase: 'running',
			goalAreas: ['levnadsvanor'],
			developmentAreas: ['proactive', 'digital'],
			focusShifts: ['proactive']
		}
	]),
	...o.add(`${o.prioritised} 2020`, [
		{
			title: 'Nya arbetssätt och samarbetsformer, bland annat genom ökad digitalisering',
			description:
				'Att identifiera nya arbetssätt och samarbetsformer för att uppnå en god och nära vård, exempelvis genom ökad digitalisering.',
			level: 'county',
			phase: 'planning',
			developmentAreas: ['digital']
		},
		{
			title: 'Proaktiva insatser för riskpatienter',
			description:
				'Att utveckla och etablera proaktiva insatser: att identifiera riskpatienter för att undvika onödig slutenvård.',
			level: 'county',
			phase: 'planning',
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'SIP tillsammans med patienten',
			description:
				'Att upprätta samordnad individuell plan (SIP) tillsammans med patienten när behov finns.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred', 'bridging'],
			focusShifts: ['co_creator', 'coordination']
		},
		{
			title: 'Hembesök inom primärvården',
			description:
				'Hembesök inom primärvården har riggats under våren 2020, och ambitionen är att arbetssättet ska vidareutvecklas.',
			level: 'county',
			phase: 'pilot',
			goalAreas: ['primarvard']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Gemensam målbild och handlingsplan för omställningen till en god och nära vård',
			description:
				'Region Sörmland och länets kommuner har inlett ett arbete för att ta fram en gemensam målbild. Arbetet inleddes hösten 2019 och fortsätter under våren 2020, då nämnden för samverkan kring socialtjänst och vård (NSV) och länsstyrgruppen ska utarbeta målbild och handlingsplan för omställningen.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Utveckling av länets familjecentraler',
			description:
				'Gemensamt utvecklingsarbete inom FoU i Sörmland, som samägs av länets kommuner och regionen: utveckling av länets familjecentraler.',
			lead: null,
			otherPartners: ['FoU i Sörmland'],
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Gemensam introduktionsutbildning för socialsekreterare',
			description:
				'Gemensamt utvecklingsarbete inom FoU i Sörmland, som samägs av länets kommuner och regionen: gemensam introduktionsutbildning för socialsekreterare i länets kommuner.',
			lead: null,
			otherPartners: ['FoU i Sörmland'],
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		},
		{
			title: 'Multiprofessionellt team för multisjuka äldre i Eskilstuna',
			description:
				'Under 2019 inleddes arbete kring multiprofessionellt team i samverkan mellan Eskilstuna kommun och Region Sörmland. Syftet är att motverka behov av särskilt boende och sjukhusvård för multisjuka äldre med komplexa behov.',
			partners: ['Eskilstuna kommun'],
			municipalities: ['Eskilstuna kommun'],
			level: 'local',
			phase: 'running',
			goalAreas: ['aldre', 'sammansatta-behov'],
			developmentAreas: ['bridging']
		}
	]),
	...o.add(o.caseStudy('Närvård i Sörmland'), [
		{
			title: 'Närvård i Sörmland',
			description:
				'Landstingsfullmäktige fattade 2004 beslut om riktlinjer för utveckling av närvård, som i dag utgör basen för hälso- och sjukvården: vården organiseras och genomförs lokalt och i nära samverkan mellan regionen och kommunerna. Nyckelord är närhet, tillgänglighet, kontinuitet, trygghet och patientorientering. Struktur och organisering av samverkan har byggts upp stegvis under femton år, och Närvård i Sörmland erbjuder i dag en struktur för gränsöverskridande, systematiskt och långsiktigt utvecklings- och förbättringsarbete. Socialstyrelsen lyfter i sin fallstudie Närvård i Sörmland som ett inspirerande exempel.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging'],
			lessons:
				'Intervjupersoner beskriver tillit och god förståelse för varandras förutsättningar som särskilt betydelsefullt för att kunna ta nästa steg i att ställa om till en god och nära vård.',
			goodExample: true
		}
	])
];
