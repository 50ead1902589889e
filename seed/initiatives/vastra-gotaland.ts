import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('14', 'Västra Götalandsregionen');
const ACTION_PLAN = `${o.prioritised}: handlingsplan 2020`;

export const vastraGotaland: SeedInitiative[] = [
	...o.add(o.direction, [
		{
			title: 'Omställningen av hälso- och sjukvården i Västra Götalandsregionen',
			description:
				'Västra Götalandsregionen arbetar med omställningen till en god och nära vård inom ramen för omställningen av hälso- och sjukvården, med Strategi för omställningen av hälso- och sjukvården (regionfullmäktiges beslut 2017) och en årlig handlingsplan (för 2020 beslutad av hälso- och sjukvårdsstyrelsen 2019). Ett programkontor stödjer genomförandet tvärfunktionellt och koncernövergripande. Omställningsområdet nära vård grupperas i tre delprogram: utvidgat uppdrag för mobil närvård, stärk det hälsofrämjande och sjukdomsförebyggande arbetet, och utveckla konceptet med samordningsfunktion.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Öka användningen av digitala vårdtjänster',
			description:
				'Ett av delområdena i omställningen: att öka användningen av digitala vårdtjänster så att patienterna kan bli mer delaktiga.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital'],
			focusShifts: ['co_creator']
		},
		{
			title: 'Utvecklingsuppdrag för hälso- och sjukvården för barn och unga',
			description:
				'Ett av delområdena i omställningen av hälso- och sjukvården: ett utvecklingsuppdrag för hälso- och sjukvården för barn och unga.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga']
		}
	]),
	...o.add(ACTION_PLAN, [
		{
			title: 'Utvidgat uppdrag för mobil närvård',
			description:
				'Under 2020 ska ett utvidgat och enhetligt uppdrag för mobil närvård i krav- och kvalitetsbok och vårdöverenskommelser genomföras. Det avser till exempel att mobil närvård även omfattar patienter inom LSS-boenden, korttidsenheter och särskilda boenden (SÄBO), där mobil närvård förväntas ge större värde än traditionella vårdformer. Det avser också ett utökat och snabbare införande av närsjukvårdsteam inom sjukhusen. Regionstyrelsen har den 4 juni fattat särskilda beslut i dessa frågor.',
			level: 'county',
			phase: 'scaling',
			goalAreas: ['aldre', 'funktionsnedsattning']
		},
		{
			title: 'Mobil hemsjukvårdsläkarverksamhet',
			description:
				'Utvecklingen av den mobila hemsjukvårdsläkarverksamheten ska fortsätta, med målet att skapa en stabil verksamhet som är en integrerad del av den nära vården och av samverkan med kommunerna.',
			level: 'county',
			phase: 'running',
			goalAreas: ['hemsjukvard'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Utvecklat anhörigstöd',
			description:
				'När allt fler kan vårdas hemma behöver anhörigas delaktighet stärkas, vilket ställer krav på ett utvecklat anhörigstöd både i hälso- och sjukvården och i kommunerna. Aktiviteten är tillkommande i handlingsplan 2020.',
			level: 'county',
			phase: 'planning',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		},
		{
			title: 'Stärk det hälsofrämjande och sjukdomsförebyggande arbetet',
			description:
				'Under 2020 ska pilotprojekt med ambition till aktiv intervention inom det hälsofrämjande och sjukdomsförebyggande arbetet genomföras inom ett eller flera områden i Västra Götalandsregionen, där områden med låg socioekonomisk status bör prioriteras. Aktiviteten är en fortsättning på handlingsplan 2018–2019.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['levnadsvanor'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Utveckla konceptet med samordningsfunktion',
			description:
				'Under 2020 ska de pilotprojekt som påbörjades under 2019 fortsätta. En första utvärdering ska genomföras för att pröva om inriktningen är den rätta eller om justeringar behöver göras. Aktiviteten är en fortsättning på handlingsplan 2018–2019.',
			level: 'county',
			phase: 'pilot',
			focusShifts: ['coordination']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Gemensam målbild och strategisk färdplan för god och nära vård',
			description:
				'Vårdsamverkan Västra Götaland (VVG), den regionala ledningsstrukturen för samverkan mellan Västra Götalandsregionen och kommunerna, har i uppdrag att ta fram en gemensam målbild och strategisk färdplan för hur regionen och kommunerna i samverkan ska förflytta sig mot en god och nära vård: identifiera prioriterade målområden, ta fram en tidsplan fram till 2030 och ta fram förslag till gemensam uppföljning och analys. Hälso- och sjukvårdsavtalet ska utgöra grund för färdplanen. Identifierade målområden i förslaget: kompetensförsörjning; vård utifrån bästa tillgängliga kunskap; verksamhetsutveckling och forskning; lednings- och samverkansstruktur; avtal och överenskommelser; uppföljning och förbättringsarbete.',
			lead: null,
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Dialogmöten i de delregionala vårdsamverkansområdena',
			description:
				'Våren 2020 genomförs dialogmöten med chefer, medarbetare, patienter och brukare inom respektive delregionalt vårdsamverkansområde, i arbetet med den gemensamma målbilden och färdplanen.',
			lead: null,
			level: 'subregional',
			phase: 'running',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		}
	])
];
