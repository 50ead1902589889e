import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('19', 'Region Västmanland');

export const vastmanland: SeedInitiative[] = [
	...o.add(o.organisation, [
		{
			title: 'Ny organisation med ett område för nära vård',
			description:
				'Region Västmanland införde i januari 2020 en ny organisation som ska stötta omställningen till framtidens hälso- och sjukvård. All hälso- och sjukvård samlas under hälso- och sjukvårdsdirektören i en gemensam förvaltningsledning, med två biträdande direktörer: en för den sjukhusbundna specialistvården och en för den nära vården. I området nära vård samlas de enheter och resurser som bedöms vara en del av den framtida nära vården.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Kartläggning av mobila resurser tillsammans med kommunerna',
			description:
				'Regionen har mobila resurser för exempelvis den palliativa vården och den avancerade hemsjukvården samt utskrivningsteam för äldre, rehabiliteringsteam och mobil familjeläkare. En projektledare är utsedd att tillsammans med kommunerna kartlägga samtliga mobila resurser inom hemsjukvården och den avancerade specialistsjukvården. Delprojekt ska sedan startas inom bland annat multisjuka äldre och vuxna och barn med kronisk somatisk sjukdom med komplext vårdbehov.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['hemsjukvard'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Hälsosamtal för 50-åringar',
			description:
				'Region Västmanland erbjuder i dag hälsosamtal för 50-åringar, som en del av att utveckla det hälsofrämjande uppdraget så att det genomsyrar hela det framtida arbetet med omställningen.',
			level: 'county',
			phase: 'running',
			goalAreas: ['levnadsvanor'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Hälsokoordinator på varje vårdcentral',
			description:
				'Inom respektive vårdcentral ska det finnas en funktion som hälsokoordinator, som en del av att utveckla det hälsofrämjande och sjukdomsförebyggande uppdraget.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['levnadsvanor', 'primarvard'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Bättre förutsättningar för multisjuka äldre',
			description:
				'Organisationsförändringen och de mobila resurserna har stort fokus på att skapa bättre förutsättningar för multisjuka äldre, med målet att minska andelen oplanerade besök på akutmottagningen och oplanerade inläggningar.',
			level: 'county',
			phase: 'running',
			goalAreas: ['aldre', 'sammansatta-behov']
		},
		{
			title: 'Länsöverskridande vårdprocess för barn och unga med psykisk ohälsa',
			description:
				'Under 2019 startade en processöversyn med målet att skapa en ny länsöverskridande vårdprocess för barn och unga med psykisk ohälsa, genom att kartlägga hur barn och ungdomar med psykisk ohälsa omhändertas och identifiera behov av fortsatt förbättringsarbete. I arbetet samlas samtliga relevanta aktörer i region och kommun: elevhälsa, skola, socialtjänst, BUP, habilitering, barnklinik, ungdomsmottagning med flera. De träffas varje vecka för att skapa en process för barn, unga och unga vuxna (0–24 år) som ska säkra att patienter erbjuds rätt vårdnivå.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['barn-unga', 'psykisk-halsa'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Kronisk somatisk sjukdom med komplext vårdbehov',
			description:
				'För att förbättra omhändertagandet av patienter med komplext vårdbehov är samverkan mellan regionen och kommunerna av största betydelse, så att patienten inte hamnar mellan stolarna.',
			level: 'county',
			phase: 'running',
			goalAreas: ['sammansatta-behov'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Gemensam kompetensförsörjningsplan och utbildningsinsatser',
			description:
				'En kompetensförsörjningsplan tas fram gemensamt för regionen och kommunerna inför bemanningen av organisationen Nära vård. Kommunerna och regionen ska även gemensamt anordna kompetensförstärkande utbildningsinsatser, exempelvis inom personcentrerad vård och SIP.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['kompetensforsorjning'],
			developmentAreas: ['bridging']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Överenskommelser om samverkan mellan regionen och kommunerna',
			description:
				'En rad överenskommelser bidrar till samordning och samverkan mellan regionen och länets kommuner, bland annat om samverkan för trygg och effektiv utskrivning från sluten hälso- och sjukvård, avseende vuxna personer med psykisk sjukdom eller funktionsnedsättning, avseende äldre, och kring barn och unga med psykisk funktionsnedsättning och/eller sammansatt social och psykiatrisk problematik.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang', 'ledning-styrning'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Gemensam målbild för nära vård och programtext',
			description:
				'I oktober 2019 hade regionen och kommunerna ett gemensamt upptaktsmöte i syfte att skapa en gemensam målbild för nära vård. Hösten 2019 diskuterade politiker och tjänstemän nära vård och kom fram till en gemensam målbild, som därefter har konkretiserats till en programtext.',
			level: 'county',
			phase: 'ended',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Gemensamma informationsmöten om nära vård',
			description:
				'Regionen och kommunerna har genomfört gemensamma informationsmöten om nära vård.',
			level: 'county',
			phase: 'ended'
		}
	])
];
