import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('07', 'Region Kronoberg');
const digital = (title: string, description: string, phase: SeedInitiative['phase']) => ({
	title,
	description: `${description}, ett av exemplen på digitalisering i regionens pågående utvecklingsarbete.`,
	level: 'county' as const,
	phase,
	developmentAreas: ['digital' as const]
});

export const kronoberg: SeedInitiative[] = [
	...o.add(o.organisation, [
		{
			title: 'Resursgrupp med patient- och närståenderepresentanter',
			description:
				'En resursgrupp med patient- och närståenderepresentanter har etablerats som stöd för omställningsarbetet.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Mobila vårdteam och arbetssätt',
			description:
				'Fortsatt utveckling av mobila arbetssätt, bland annat genom två mobila läkare som utgår från sjukhusvården. Samtliga enheter inom psykiatrin arbetar mobilt utifrån behov och även barn- och ungdomskliniken använder sig av mobila arbetssätt. I länet finns även en mobil tandvårdsbuss.',
			level: 'county',
			phase: 'running'
		},
		{
			title: 'Basutbildning via webben om levnadsvanor, hälsosamtal och hälsoundersökningar',
			description:
				'Hälsofrämjande och förebyggande insatser: framtagande av basutbildning via webben avseende levnadsvanor, hälsosamtal och hälsoundersökningar.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['levnadsvanor'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Processorienterat arbetssätt',
			description: 'Processorienterat arbetssätt, ett av exemplen på förändrade arbetssätt.',
			level: 'county',
			phase: 'running'
		},
		{
			title: 'Pilotprojekt Ryd',
			description:
				'Pilotprojekt i Ryd med inspiration från Borgholmsmodellen, ett av exemplen på förändrade arbetssätt.',
			level: 'local',
			phase: 'pilot'
		},
		{
			title: 'Teambaserat arbetssätt på akuten',
			description: 'Teambaserat arbetssätt på akuten, ett av exemplen på förändrade arbetssätt.',
			level: 'county',
			phase: 'running',
			goalAreas: ['akut-prehospital']
		},
		{
			title: 'Familjeombud i första linjens vård',
			description:
				'I första linjens vård finns länets familjecentraler, barnavårdscentraler och familjehälsan. Regionen har stärkt upp det samlade arbetet med våld i nära relationer, barn som far illa och barn som närstående genom familjeombud.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga']
		},
		{
			title: 'Kompetensförsörjning',
			description:
				'Oberoende av hyrpersonal, fler AT-tjänster, digilyft för chefer, ledarskapsprogram för befintliga chefer, utbildningsanställningar för sjuksköterskor och KBT-utbildning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		}
	]),
	...o.add(o.prioritised, [
		digital('Distanskontakter', 'Distanskontakter', 'running'),
		digital('Breddinförande av Nova', 'Breddinförande av Nova', 'scaling'),
		digital('Pilot med distansmonitorering', 'Pilot med distansmonitorering', 'pilot'),
		digital(
			'Pilot med mobilt stöd för bildremisser',
			'Pilot med mobilt stöd för bildremisser',
			'pilot'
		),
		digital('Förstudie om digital triagering', 'Förstudie om digital triagering', 'planning'),
		digital('Pilot med digitala kallelser', 'Pilot med digitala kallelser', 'pilot')
	]),
	...o.add(o.collaboration, [
		{
			title: 'Gemensam målbild för nära vård i Kronoberg',
			description:
				'En gemensam målbild för nära vård har tagits fram för regionen och länets kommuner. Målet är att patienten får en god, nära och samordnad vård och omsorg som stärker hälsan, och att patienten är delaktig utifrån sina förutsättningar och preferenser. Primärvården är navet i vården och omsorgen och samspelar med annan specialistvård, med övrig kommunal hälso- och sjukvård och med socialtjänsten.',
			level: 'county',
			phase: 'ended',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Samverkan vid utskrivning från sjukhus',
			description:
				'Region Kronoberg och länets kommuner driver gemensamt utvecklingsarbete kring samverkan vid utskrivning från sjukhus.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Integrerad missbruks- och beroendemottagning',
			description:
				'Region Kronoberg och länets kommuner driver gemensamt en integrerad missbruks- och beroendemottagning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['missbruk-beroende'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Barnahus Kronoberg',
			description:
				'Att ge barn som misstänks vara utsatta för brott den hjälp de behöver i form av rättstrygghet, brottsskydd, gott bemötande och stöd samt vid behov omgående kris- och behandlingsinsatser.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Äldrehälsa Kronoberg',
			description: 'Att utveckla hälsa, vård och omsorg för äldre personer med komplexa vårdbehov.',
			level: 'county',
			phase: 'running',
			goalAreas: ['aldre', 'sammansatta-behov']
		},
		{
			title: 'Länsgemensam strategi för psykisk ohälsa',
			description: 'Pågående arbete genom tvärgrupp vuxen med att ta fram en strategi för länet.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['psykisk-halsa']
		},
		{
			title: 'Gemensam strategi och handlingsplan för de äldre i Kronoberg',
			description:
				'Region Kronoberg och länets kommuner har en gemensam strategi och handlingsplan för de äldre i Kronoberg.',
			level: 'county',
			phase: 'running',
			goalAreas: ['aldre', 'ledning-styrning']
		},
		{
			title: 'Familjefrid',
			description:
				'För personer från fyra år och uppåt erbjuds individuella samtal och gruppverksamhet.',
			level: 'county',
			phase: 'running'
		}
	]),
	...o.add(o.caseStudy('Barnens bästa gäller! i Kronoberg'), [
		{
			title: 'Barnens bästa gäller! i Kronoberg',
			description:
				'Under 2017 fattades beslut i 17 politiska organ, i regionen och kommunerna, att driva ett gemensamt arbete för tidiga och samordnade insatser för barnens bästa. Syftet är att tillsammans skapa en trygg och säker uppväxt för varje barn med målet att utgå från barnets behov och inte från hur myndigheterna är organiserade. Arbetet har inspirerats av Skottlands arbete "Getting It Right For Every Child" (GIRFEC). Det leds av en styrgrupp med chefer från hälso- och sjukvården, skolan, socialtjänsten och polisen. I länets kommuner finns arbetsgrupper med utgångspunkt i befintliga samverkansgrupper och en i hälso- och sjukvården. Gemensamma arbetssätt utvecklas där alla verksamheter som möter barn ska arbeta med samma praxismodell i samverkan; modellen, barnets plan och andra gemensamma dokument kommer att testas i länet 2020. I uppföljningen av överenskommelsen om en god och nära vård beskrivs samarbetet i Socialstyrelsens fallstudie som ett inspirerande exempel.',
			otherPartners: ['Polisen'],
			level: 'county',
			phase: 'pilot',
			goalAreas: ['barn-unga'],
			developmentAreas: ['proactive', 'bridging'],
			focusShifts: ['person', 'proactive', 'coordination'],
			goodExample: true
		}
	])
];
