import { overviewOf } from './overview.ts';
import { RURAL_CASE_STUDY, RURAL_FUNDING } from './rural.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('22', 'Region Västernorrland');

const MUNICIPALITIES = [
	'Härnösands kommun',
	'Kramfors kommun',
	'Sollefteå kommun',
	'Sundsvalls kommun',
	'Timrå kommun',
	'Ånge kommun',
	'Örnsköldsviks kommun'
];
const MODEL_AREA = ['Sollefteå kommun', 'Kramfors kommun'];
const plannedInModelArea = (
	title: string,
	what: string,
	tags: Pick<SeedInitiative, 'goalAreas' | 'developmentAreas'>
): SeedInitiative => ({
	countyCode: '22',
	title,
	description: `Ett av de tre prioriterade utvecklingsområden som planeras i det fortsatta arbetet i modellområdet för god och nära vård i glesbygd, där Sollefteå kommun och Kramfors kommun utgör modellområde tillsammans med regionen: ${what}.`,
	lead: 'Region Västernorrland',
	partners: MODEL_AREA,
	otherPartners: [],
	municipalities: MODEL_AREA,
	level: 'subregional',
	phase: 'planning',
	...tags,
	focusShifts: [],
	source: '002_ab6905b18fea9e05.txt',
	sourceLocator: RURAL_CASE_STUDY
});

export const vasternorrland: SeedInitiative[] = [
	...o.add(o.direction, [
		{
			title: 'Reviderat inriktningsdokument och målbild för hälso- och sjukvården',
			description:
				'Regionens målbild för framtidens hälso- och sjukvård beslutades av regionfullmäktige 2016. Ett reviderat och uppdaterat förslag till inriktningsdokument och målbild finns framtaget och är planerat för fastställande i regionfullmäktige i juni 2020. Förslaget har fyra huvudinriktningar: förebyggande arbete som stöd för att främja hälsa; patienten är aktiv i sin egen vård; utveckling av nya sätt att ge vård; en sammanhållen, samordnad och anpassad vård.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.organisation, [
		{
			title: 'God vård med rätt stöd 2020',
			description:
				'Hälso- och sjukvårdsnämnden och regionstyrelsen beslutade 2018 om utvecklingsarbetet God vård med rätt stöd 2020. I juni 2019 beslutades om nästa steg: att ta fram en handlingsplan för utveckling av en god och nära vård, att ta fram förslag till närsjukvårdsorganisation och att vidareutveckla länsverksamheternas ledning, styrning och processer. En utredning om framtida organisation för att stödja utvecklingen av nära vård har genomförts, och beslut ska fattas våren 2020.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Nära vård som en del av den regionala utvecklingsstrategin och Agenda 2030',
			description:
				'Utvecklingen av nära vård som en del av den regionala utvecklingsstrategin (RUS) och Agenda 2030: vården behöver vara en naturlig del av samhällets övriga utveckling.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Att utveckla systemförståelse',
			description: 'Att se och jobba med helheterna i hälso- och sjukvårdssystemet.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Medborgardialoger om vården i dag och i morgon',
			description:
				'Att aktivt fördjupa ett utvecklande samtal med invånarna kring vården i dag och i morgon. De första dialogerna genomfördes vintern 2020 tillsammans med länets kommuner, som gemensamma medborgardialoger i respektive kommun, och de återupptas när förutsättningarna finns igen.',
			partners: MUNICIPALITIES,
			municipalities: MUNICIPALITIES,
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		},
		{
			title: 'Personcentrering med konceptet Experiolab',
			description:
				'Att utveckla den gemensamma förmågan att tänka "utifrån och in", med konceptet Experiolab som ett verktyg för ett systematiskt utvecklingsarbete med brukare och patienter som en aktiv part i arbetet. Handlingsplan finns för 2020.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		},
		{
			title: 'Livsstilsmedicin Österåsen',
			description:
				'Att bidra i arbetet mot nära vård genom en förflyttning i inriktning och arbetssätt.',
			level: 'county',
			phase: 'running',
			goalAreas: ['levnadsvanor']
		},
		{
			title: 'Verksamhetsutvecklare i primärvård och vårdval',
			description: 'Att utveckla nya arbetssätt och effektivisera verksamheterna.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard']
		},
		{
			title: 'Stöd och behandling på 1177',
			description:
				'Implementering av tjänster via plattformen Stöd och behandling på 1177. Sex behandlingsprogram är upphandlade och flera är under utveckling.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		},
		{
			title: 'DIGGA Hälsocentral',
			description:
				'Samverkansprojekt mellan Region Västernorrland, en privat vårdgivare och Mittuniversitetet som syftar till att hitta e-hälsolösningar för vårdmöten och undersökningar på distans.',
			otherPartners: ['Privat vårdgivare', 'Mittuniversitetet'],
			level: 'county',
			phase: 'pilot',
			goalAreas: ['primarvard'],
			developmentAreas: ['digital']
		},
		{
			title: 'Patient- och närståendeutbildningar',
			description:
				'Att initiera och stödja utvecklingen av patient- och närståendeutbildningar med ett personcentrerat förhållningssätt.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		},
		{
			title: 'Framtidens vårdinformationsstöd',
			description:
				'Att underlätta vårdkommunikationsflöden, bättre kunna möta de krav och behov som finns i vården och stödja patienters delaktighet i sin vård.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		},
		{
			title: 'Digitaliseringsstrategin',
			description: 'Att lägga grunden för ett systematiskt och samordnat digitaliseringsarbete.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['digital']
		},
		{
			title: 'Stöd till preventionssamordnare i primärvården',
			description:
				'Förebyggande arbete med fokus på beställningen av primärvård, där bland annat stöd till preventionssamordnare införs 2020.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Gemensam målbild för nära vård i Västernorrland',
			description:
				'Arbetsutskottet lill-ReKo, som sedan 2019 har ett särskilt uppdrag att arbeta med nära vård inom samverkansstrukturen Social ReKo, leder ett arbete med att ta fram en gemensam målbild. Som underlag har gemensamma medborgardialoger genomförts i respektive kommun våren 2020.',
			lead: null,
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Tidiga samordnade insatser (TSI)',
			description:
				'Ett nationellt initierat samverkansprojekt mellan primärvården, skolan och barn- och ungdomspsykiatrin. Projektet drivs inom Social ReKo och syftar till att utveckla samverkan mellan berörda aktörer och skapa förståelse för, kompetens kring och insyn i varandras professioner och ansvarsområden.',
			lead: null,
			level: 'county',
			phase: 'pilot',
			goalAreas: ['barn-unga', 'psykisk-halsa'],
			developmentAreas: ['proactive', 'bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'SIP på distans',
			description:
				'SIP på distans breddinförs i länet. Syftet är att utifrån erfarenheter från en pilot i Kramfors införa den tekniska lösningen i hela länet och därmed höja kvaliteten på arbetet.',
			level: 'county',
			phase: 'scaling',
			developmentAreas: ['digital', 'bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Fortsatt utveckling av Nära vård i Västernorrland',
			description:
				'Hela arbetet med fortsatt utveckling av Nära vård i Västernorrland: styrgrupp, medborgardialoger, metodutveckling, arbetssätt och övrig samverkan.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		}
	]),
	...o.add(RURAL_CASE_STUDY, [
		{
			title: 'Nära vård i glesbygd: modellområde Sollefteå och Kramfors',
			description:
				'Under 2019 fick Region Västernorrland tillsammans med Region Västerbotten, Region Norrbotten och Region Jämtland Härjedalen medel av regeringen som stöd för att utveckla en god och nära vård i gles- och landsbygdsområden. Syftet är att utveckla modellområden där regioner och kommuner, inklusive privata aktörer och civilsamhället, gemensamt kan testa arbetssätt för omställningen. I Region Västernorrland utgör Sollefteå kommun och Kramfors kommun modellområde tillsammans med regionen. Varje region driver utvecklingsarbete inom sitt modellområde men samordnar och samarbetar kring metod och koncept för medborgardialog och folkhälsa i glesbygd. Socialstyrelsen beskriver i sin fallstudie utvecklingen av modellområden som ett inspirerande exempel.',
			partners: MODEL_AREA,
			municipalities: MODEL_AREA,
			level: 'subregional',
			phase: 'pilot',
			developmentAreas: ['bridging'],
			funding: [RURAL_FUNDING],
			goodExample: true
		}
	]),
	plannedInModelArea(
		'Doktor på sängkanten',
		'doktor på sängkanten, digitalt med slutenvård och primärvård',
		{ goalAreas: ['primarvard'], developmentAreas: ['digital', 'bridging'] }
	),
	plannedInModelArea('Hemmonitorering vid hjärtsvikt', 'hemmonitorering vid hjärtsvikt', {
		goalAreas: [],
		developmentAreas: ['digital']
	}),
	plannedInModelArea(
		'Framtidens hälsorum med fokus på psykisk ohälsa',
		'framtidens hälsorum med fokus på psykisk ohälsa',
		{ goalAreas: ['psykisk-halsa'], developmentAreas: [] }
	)
];
