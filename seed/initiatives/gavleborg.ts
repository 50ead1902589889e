import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('21', 'Region Gävleborg');

export const gavleborg: SeedInitiative[] = [
	...o.add(o.direction, [
		{
			title: 'Fördjupad regional analys för en god och nära vård',
			description:
				'Hälso- och sjukvårdsnämnden (HSN) beslutade 2018 att ge hälso- och sjukvårdsdirektören i uppdrag att genomföra en fördjupad regional analys i syfte att föreslå åtgärder som stöder utvecklingen av en modern, jämlik, tillgänglig och effektiv hälso- och sjukvård med fokus på den nära vården. Baserat på resultatet beslutade HSN 2019 att arbetet ska fortsätta i enlighet med den inriktning och de åtgärder som beskrivits i analysen.',
			level: 'county',
			phase: 'ended',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Programportföljen God och nära vård i Gävleborg',
			description:
				'Under 2019 har Region Gävleborg utvecklat en struktur för långsiktig styrning och ledning av utvecklingsarbetet mot en god och nära vård. Arbetet drivs i programform inom ordinarie styr- och ledningsstruktur. Portföljen och de sju programområdena pekar ut riktningen för arbetet de kommande åren, och i nuläget pågår cirka 40 utvecklingsprojekt inom programområdena. För varje programområde finns en tvärsammansatt styrgrupp med verksamhetschefer från specialistvård och primärvård, privata vårdaktörer och kommuner.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.collaboration, [
		{
			title: 'Gemensam välfärdsstrategi',
			description:
				'För att få samsyn kring gemensamma samhällsutmaningar har analys gjorts inom socialtjänst, skola och hälso- och sjukvård. Resultatet ska ligga till grund för utveckling av en gemensam välfärdsstrategi, ett arbete som ska ske parallellt med utvecklingen av en god och nära vård.',
			lead: null,
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Vård- och omsorgscollege',
			description:
				'Gemensam regional styrgrupp där dialoger förs om vad nära vård innebär för upplägg och innehåll av vård- och omsorgsutbildningarna i länet.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		},
		{
			title: 'Mobila team',
			description:
				'Modellen innebär bemanning och samverkan mellan specialistvård, primärvård och kommun.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['bridging']
		},
		{
			title: 'Utskrivning från slutenvård',
			description:
				'Samverkansdagar och gemensamma SIP-utbildningar kring utskrivning från slutenvård.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Patientkontrakt',
			description:
				'Kommunerna är involverade i regionens processarbete för patientkontrakt, och en kommunrepresentant ingår i styrgruppen.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred']
		},
		{
			title: 'Gemensam strategi för samverkan',
			description:
				'Sedan tidigare finns ett antal gemensamma utgångspunkter för samverkan mellan regionen och kommunerna. Länsledning Välfärd har i uppdrag att sammanställa dessa till en gemensam strategi.',
			lead: null,
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		}
	])
];
