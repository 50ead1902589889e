import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('12', 'Region Skåne');

export const skane: SeedInitiative[] = [
	...o.add(o.direction, [
		{
			title: 'Utvecklingsprojektet för nära vård i Skåne',
			description:
				'Arbetet med nära vård har drivits i form av ett utvecklingsprojekt med målet att genomföra ett väl förankrat arbete för att bygga upp ett mera samlat system för den nära vården i Skåne. Projektet avslutades i december 2019, och därefter ingår nära vård som en del i arbetet med Framtidens hälsosystem.',
			level: 'county',
			phase: 'ended',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Framtidens hälsosystem – Bättre hälsa för fler',
			description:
				'Strategin Framtidens hälsosystem, med målbilden Bättre hälsa för fler som utvecklades under 2018, beslutades i regionfullmäktige i april 2020. I förslaget till strategin finns fyra prioriterade insatsområden: personcentrerat arbetssätt, hälsofrämjande och förebyggande insatser, nära vård samt nivåstrukturering och profilering.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.organisation, [
		{
			title: 'Handlingsplan för det fortsatta arbetet enligt Framtidens hälsosystem',
			description:
				'En handlingsplan ska tas fram för det fortsatta arbetet i enlighet med Framtidens hälsosystem. Handlingsplanen ska konkretisera aktiviteterna i omställningen i organisationen.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Utveckling av primärvården',
			description:
				'Beslut om att öka primärvårdens andel av den totala hälso- och sjukvårdsbudgeten och därmed skapa förutsättningar för en omställning mot en mera nära vård.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard']
		},
		{
			title: 'Hälsostaden Ängelholm',
			description:
				'I Ängelholm arbetar kommunen, vårdcentralerna och sjukhuset tillsammans i satsningen Hälsostaden. Syftet är att göra vård och omsorg mer personcentrerad, tillgänglig och preventiv.',
			lead: null,
			partners: ['Region Skåne', 'Ängelholms kommun'],
			municipalities: ['Ängelholms kommun'],
			level: 'local',
			phase: 'running',
			developmentAreas: ['proactive', 'person_centred', 'bridging'],
			focusShifts: ['proactive']
		},
		{
			title: 'Läkarstöd på distans i nordöstra Skåne',
			description:
				'Projektet ska testa om digitala lösningar kan bidra till bland annat en effektiv och patientsäker användning av resursen specialist i allmänmedicin, och till att kommunens sjuksköterskor och läkare bygger tillit till varandra utan att befinna sig på samma plats.',
			level: 'subregional',
			phase: 'pilot',
			goalAreas: ['primarvard'],
			developmentAreas: ['digital', 'bridging']
		},
		{
			title: 'Hälsosamtal till valda åldersgrupper av vuxna invånare',
			description:
				'Hälsosamtal till valda åldersgrupper av vuxna invånare i Region Skåne. Ett pilotinförande ska inledas under 2020.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['levnadsvanor'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Single responder eller bedömningsbil',
			description:
				'Kan till exempel användas när orsaken till larmet är oklar: då kan man välja att larma ut Single Responder för att få ytterligare underlag för bedömning eller prioritering.',
			level: 'county',
			phase: 'running',
			goalAreas: ['akut-prehospital']
		},
		{
			title: 'Avancerade sjukvårdsinsatser utanför sjukhus',
			description: 'Utförs dygnet runt inom den specialiserade palliativa vården.',
			level: 'county',
			phase: 'running',
			goalAreas: ['palliativ-vard']
		},
		{
			title: 'Brukarstyrda inläggningar',
			description: 'Försöksprojekt och forskningsstudie för patienter med självskadande beteende.',
			level: 'county',
			phase: 'pilot',
			goalAreas: ['psykisk-halsa'],
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		},
		{
			title: 'Försäkringsmedicin: rehabiliteringskoordinatorer',
			description: 'Satsning på rehabiliteringskoordinatorer inom försäkringsmedicin.',
			level: 'county',
			phase: 'running',
			goalAreas: ['rehabilitering']
		},
		{
			title: 'UM-online (ungdomsmottagning)',
			description:
				'Digital videokontakt för samtliga ungdomsmottagningar som drivs i offentlig regi.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga'],
			developmentAreas: ['digital']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Utvecklingsdelen i Hälso- och sjukvårdsavtalet',
			description:
				'Regionen och kommunerna driver många gemensamma utvecklingsarbeten som i stor utsträckning regleras i Hälso- och sjukvårdsavtalet, som sedan 2016 innehåller en utvecklingsdel.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Gemensam hemsida om det gemensamma arbetet',
			description:
				'Sedan 2019 har Region Skåne och kommunerna genom Kommunförbundet Skåne en gemensam hemsida som beskriver det gemensamma arbetet.',
			otherPartners: ['Kommunförbundet Skåne'],
			level: 'county',
			phase: 'running'
		},
		{
			title: 'Mobila vårdteam för de mest sjuka äldre',
			description:
				'Samverkan mellan regionen och kommunerna omfattar alla grupper, men gruppen mest sjuka äldre är prioriterad. Det sker bland annat genom arbetet med mobila vårdteam.',
			level: 'county',
			phase: 'running',
			goalAreas: ['aldre'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Mobilt vårdteam Malmö',
			description:
				'Ett utvecklingsarbete för att skapa en hembesöksmodell som bygger vidare på det tidigare ÄMMA-teamet. Utvecklingsarbetet drivs av primärvården i Malmö tillsammans med Skånes universitetssjukhus och Malmö stad.',
			partners: ['Malmö kommun'],
			municipalities: ['Malmö kommun'],
			level: 'local',
			phase: 'running',
			goalAreas: ['aldre'],
			developmentAreas: ['bridging']
		}
	])
];
