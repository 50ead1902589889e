import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

/** The overview says "Region Kalmar län"; the organisation is named Region Kalmar in Nära. */
const o = overviewOf('08', 'Region Kalmar län', 'Region Kalmar');

export const kalmar: SeedInitiative[] = [
	...o.add(o.direction, [
		{
			title: 'Handlingsplan för omställning till nära vård 2020–2022',
			description:
				'Regionen har en handlingsplan för omställning till nära vård 2020–2022 som utgår från utredningarna Effektiv vård och Samordnad utveckling för god och nära vård. Handlingsplanen beslutades av regionstyrelsen 2019.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Strategi för arbetet med nära vård',
			description: 'En strategi för arbetet med nära vård är under framtagande.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Strategi och handlingsplan för kompetensförsörjning',
			description:
				'Det finns en strategi och handlingsplan för att uppnå långsiktig kompetensförsörjning. Exempel på satsningar är erbjudande om heltid, sjukvårdssvenska och språkpraktik för nyanlända, mentorsutbildning och introduktionsår för nyanställda inom flera professioner.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		},
		{
			title: 'Digitala vårdmöten',
			description:
				'En lösning som möjliggör att möta patienter via video är implementerad. Utveckling av arbetssätt och tjänsteerbjudande pågår inom flera olika verksamheter.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		},
		{
			title: 'Digitalt verktyg för anamnesupptagning (triagering)',
			description: 'Projekt pågår för utvärdering av digitalt verktyg för anamnesupptagning.',
			level: 'county',
			phase: 'pilot',
			developmentAreas: ['digital']
		},
		{
			title: 'Stöd- och behandlingsprogram via nätet',
			description:
				'Exempel på utvecklingsarbete inom stöd- och behandlingsprogram via nätet är iKBT, digital artrosskola, endometriosskola, sjukskrivningskollen och tobakshjälpen.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		},
		{
			title: 'Distansmonitorering av kroniker',
			description:
				'Utvärdering av pilot pågår som grund för beslut och förutsättningar för framtida breddning.',
			level: 'county',
			phase: 'pilot',
			developmentAreas: ['digital']
		},
		{
			title: 'Handlingsplan för folkhälsoarbete',
			description:
				'Handlingsplan för folkhälsoarbete finns framtagen med utvecklingsområdena främja hälsa, tobaksfritt län, fysiskt aktiva invånare, psykisk hälsa och jämställd och jämlik hälsa genom hela livet.',
			level: 'county',
			phase: 'running',
			goalAreas: ['levnadsvanor', 'psykisk-halsa'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Gemensam lösning för bilder',
			description:
				'Flera verksamheters bildkällor kopplas till en gemensam bildhantering och lagring av bilder.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		}
	]),
	...o.add(o.collaboration, [
		{
			title: 'Utvecklingsråd med brukare, patienter och närstående',
			description:
				'Ett utvecklingsråd med brukare, patienter och närstående finns kopplat till Länsgemensam ledning, där förvaltningschefer från kommunerna och regionen ingår. Rådet ska verka för att brukares, patienters och närståendes erfarenheter och kunskaper tas till vara.',
			lead: null,
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Oskarsprojektet',
			description: 'Nya samverkansformer med sömlösa och nära övergångar.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['bridging']
		},
		{
			title: 'Hemsjukhuset Borgholm',
			description:
				'Samverkan mellan hälsocentral, kommunal hemsjukvård och ambulanspersonal som syftar till att skapa en tryggare och säkrare vårdsituation för äldre.',
			partners: ['Borgholms kommun'],
			municipalities: ['Borgholms kommun'],
			level: 'local',
			phase: 'running',
			goalAreas: ['aldre', 'hemsjukvard', 'akut-prehospital'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Geriatriskt rådgivningsteam',
			description:
				'Multiprofessionellt team som är rådgivande till läkare och sjuksköterskor på länets hälsocentraler, sjukhus och kommuner.',
			level: 'county',
			phase: 'running',
			goalAreas: ['aldre'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Mobila lösningar och konsultation',
			description: 'En analys av möjliga arbetssätt för mobila team i regionen ska genomföras.',
			level: 'county',
			phase: 'planning'
		},
		{
			title: 'Hälsa hos barn och unga',
			description:
				'Gemensamt utvecklingsarbete för regionen och länets kommuner med planerad start 2020.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['barn-unga']
		},
		{
			title: 'Modell för brukares, patienters och närståendes medverkan i Kalmar län',
			description:
				'Länsgemensam ledning tog 2015 beslut om modellen. Syftet är att förbättra stöd, vård och omsorg genom att brukare, patienter, närstående och tjänstepersoner arbetar tillsammans i Länsgemensam ledning. Modellen omfattar en länsgemensam struktur för brukare, patienter och närstående som ska medverka i aktiviteter på olika nivåer, tydliga uppdrag med ersättning för dem som medverkar och kompetensutveckling för brukare, patienter, närstående och medarbetare.',
			lead: null,
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		}
	])
];
