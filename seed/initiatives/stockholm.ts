import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('01', 'Region Stockholm');

export const stockholm: SeedInitiative[] = [
	...o.add(o.direction, [
		{
			title: 'Primärvårdsstrategi för Region Stockholm 2019–2025',
			description:
				'Omställningen till en god och nära vård sker med stöd av primärvårdsstrategin, som regionfullmäktige har beslutat. Det övergripande målet är en tillgänglig och nära vård för en jämlik och förbättrad hälsa hos invånarna. Den första delen, mål och strategisk inriktning, arbetades fram under våren 2019; den andra, mått för uppföljning av prioriterade aktiviteter för genomförande, beslutades i januari 2020. Arbetet med att förverkliga strategin leds av en projektledare på enheten för allmänmedicin och geriatrik inom hälso- och sjukvårdsförvaltningen.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard', 'ledning-styrning']
		}
	]),
	...o.add(o.organisation, [
		{
			title: 'Invånarenkät om vårdcentralen och primärvården',
			description:
				'I arbetet med primärvårdsstrategin genomförde regionen en enkät där invånare fick möjlighet att tycka till om förväntningar och tankar om sin vårdcentral och primärvården.',
			level: 'county',
			phase: 'ended',
			goalAreas: ['primarvard'],
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		}
	]),
	...o.add(o.collaboration, [
		{
			title: 'Utveckling av existerande samverkansarenor',
			description:
				'Länets kommuner har bjudits in att bidra till genomförandeplanen i primärvårdsstrategin och har involverats i prioriterade åtgärder, bland annat utveckling av existerande samverkansarenor.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Husläkarmottagningar som nav i primärvården',
			description:
				'En av de prioriterade åtgärderna i genomförandeplanen för primärvårdsstrategin där kommunerna har involverats: etablering av husläkarmottagningar som nav i primärvården.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard']
		},
		{
			title: 'Stärkt samverkan vid utskrivning från slutenvården',
			description:
				'En av de prioriterade åtgärderna i genomförandeplanen för primärvårdsstrategin där kommunerna har involverats: stärkt samverkan vid utskrivning från slutenvården.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['bridging']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Fast vårdkontakt för patienter med komplexa behov',
			description:
				'En del i omställningsarbetet har varit att införa rutiner för etablering av fast vårdkontakt, i första hand för patienter med komplexa behov. Under 2018 tog regionen, i samverkan med vårdgivare och kommuner, fram riktlinjer för samverkan vid utskrivning från sluten hälso- och sjukvård, somatisk slutenvård och psykiatrisk heldygnsvård. I samband med införandet av rutinerna genomfördes informations- och utbildningstillfällen.',
			level: 'county',
			phase: 'running',
			goalAreas: ['sammansatta-behov', 'trygg-hemgang'],
			developmentAreas: ['bridging'],
			focusShifts: ['person']
		},
		{
			title: 'Vårdcentralernas ansvar för att koordinera samverkan i närområdet',
			description:
				'En av åtgärderna i genomförandeplanen för primärvårdsstrategin för att nå målet att ställa om till en mer förebyggande, hälsofrämjande och sammanhållen nära vård med invånaren som medskapare: att ge vårdcentralerna ansvar för att koordinera samverkan mellan vård- och omsorgsgivare inom kommuner och stadsdelsförvaltningar i det geografiska närområdet.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['primarvard'],
			developmentAreas: ['bridging']
		}
	])
];
