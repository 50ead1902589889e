import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('20', 'Region Dalarna');

export const dalarna: SeedInitiative[] = [
	...o.add(o.organisation, [
		{
			title: 'Programmet för omställning till god och nära vård',
			description:
				'Ett tidigare pilotprojekt övergick i juli 2019 till ett bredare utvecklingsarbete. Sedan sommaren 2019 driver Region Dalarna omställningen till en god och nära vård i form av ett program som från och med juni 2020 leds och samordnas av en programchef. Programmets styrgrupp består av förvaltningsledningen för hälso- och sjukvården.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Arbetsgrupper för nära vård på vårdcentralerna',
			description:
				'På länets vårdcentraler har det bildats arbetsgrupper för nära vård som samordnas av verksamhetsutvecklare eller motsvarande. I arbetsgrupperna ingår även representanter från kommunen.',
			level: 'local',
			phase: 'running',
			goalAreas: ['primarvard'],
			developmentAreas: ['bridging']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Mobilt team i samverkan mellan Falun kommun och medicinkliniken',
			description:
				'Ett mobilt team i samverkan mellan Falun kommun och medicinkliniken, en del av uppbyggnaden och utvecklingen av mobila team.',
			partners: ['Faluns kommun'],
			municipalities: ['Faluns kommun'],
			level: 'local',
			phase: 'running',
			developmentAreas: ['bridging']
		},
		{
			title: 'Mobila team inom psykiatrin',
			description:
				'Mobila team inom psykiatrin, en del av uppbyggnaden och utvecklingen av mobila team.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa']
		},
		{
			title: 'Förstärkt tillgänglighet och patientkontrakt på vårdcentralerna',
			description:
				'Fortsatt utveckling av den nya vårdgarantin och patientkontrakt: förstärkt tillgänglighet och utveckling av patientkontrakt på länets vårdcentraler.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard'],
			developmentAreas: ['person_centred']
		},
		{
			title: 'Digitalt processtöd för anamnesupptagning och triagering',
			description:
				'I projektet digitalt processtöd upphandlas ett processtöd för anamnesupptagning och triagering.',
			level: 'county',
			phase: 'planning',
			developmentAreas: ['digital']
		},
		{
			title: 'Anslutning till 1177 och systemet för patientkontrakt',
			description:
				'Utveckling av digitala invånartjänster: anslutning till 1177 och till systemet för patientkontrakt.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		},
		{
			title: 'Utveckling av Hälsorum',
			description:
				'Utveckling av Hälsorum, som en del av utvecklingen av digitala invånartjänster.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		},
		{
			title: 'Möjlighet till distansrond',
			description:
				'Utveckling av möjlighet till distansrond, som en del av utvecklingen av digitala invånartjänster.',
			level: 'county',
			phase: 'planning',
			developmentAreas: ['digital']
		},
		{
			title: 'Min vård',
			description:
				'Fortsatt utveckling av Min vård, som en del av utvecklingen av digitala invånartjänster.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		},
		{
			title: 'Hälsoplan',
			description:
				'Utveckling och breddinförande av Hälsoplan, som en del av utvecklingen av digitala invånartjänster.',
			level: 'county',
			phase: 'scaling',
			developmentAreas: ['digital']
		},
		{
			title: 'Utrustningsuppdatering på vårdcentralerna',
			description:
				'För att undvika onödiga transporter till akutmottagningar behöver vårdcentralerna ha samma möjligheter till undersökningar och diagnostik.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['primarvard', 'akut-prehospital']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Gemensam målbild och strategi för god och nära vård i Dalarna',
			description:
				'Region Dalarna och länets kommuner inledde hösten 2019 ett arbete för att ta fram en gemensam målbild och strategi för en god och nära vård, och arbetet fortsätter under 2020. För arbetet tillsammans med kommunerna har en gemensam styrgrupp bildats parallellt med regionens, med representanter från kommunerna och regionen, och en gemensam processledare är under anställning.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		}
	])
];
