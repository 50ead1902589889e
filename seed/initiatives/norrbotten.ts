import { overviewOf } from './overview.ts';
import { ruralModelArea } from './rural.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('25', 'Region Norrbotten');

export const norrbotten: SeedInitiative[] = [
	...o.add(o.organisation, [
		{
			title: 'Vägen till framtidens hälsa och vård år 2035',
			description:
				'Region Norrbotten arbetar med omställningen inom den övergripande utvecklingsstrategin Vägen till framtidens hälsa och vård år 2035, som regionstyrelsen beslutade 2018. För att nå målbilden har fyra riktningsförändringar identifierats. En färdplan stödjer regionledning och stabsledning i att koordinera och leda omställningsarbetet och beskriver hur riktningsförändringarna ska följas; divisionsplaner ger en mer detaljerad planering för varje verksamhet.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Gemensam behovsbild för nära vård',
			description:
				'Arbete pågår med att ta fram en gemensam behovsbild för nära vård, och därefter är ambitionen att utveckla en gemensam målbild.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Förstärkt hemsjukvård för äldre och sköra personer under covid-19',
			description:
				'Till följd av covid-19 blev det nödvändigt att med kort varsel komma igång med lösningar kring förstärkt hemsjukvård. I nära samverkan med kommunerna har arbete förts för att i största möjliga mån säkra att äldre och andra sköra personer i riskgrupper inte ska behöva komma till vården. I de flesta kommunerna har en primärvårdslösning utformats lokalt för dessa grupper med hembesök eller distansbesök via video eller telefon. Hemsjukvården är förstärkt med högre läkarmedverkan och lättare tillgänglighet för konsultation.',
			level: 'county',
			phase: 'running',
			goalAreas: ['aldre', 'hemsjukvard', 'primarvard'],
			developmentAreas: ['bridging', 'digital']
		},
		{
			title: 'Nära vård och omsorg för de mest sjuka äldre',
			description:
				'Samverkansprojekt för att utveckla nya arbetssätt baserat på mobila vård- och omsorgslösningar.',
			level: 'county',
			phase: 'pilot',
			goalAreas: ['aldre'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Hemsjukvårdsteam i Luleå',
			description:
				'Pilot i samverkan mellan Region Norrbotten och Luleå kommun. Teamet består av primärvårdsläkare från regionen och sjuksköterska från kommunen.',
			partners: ['Luleå kommun'],
			municipalities: ['Luleå kommun'],
			level: 'local',
			phase: 'pilot',
			goalAreas: ['hemsjukvard'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Digital ungdomsmottagning, Ung i Norr-appen',
			description:
				'Tjänsten har erbjudits i två glesbygdskommuner och planeras nu att erbjudas i hela regionen.',
			level: 'county',
			phase: 'scaling',
			goalAreas: ['barn-unga'],
			developmentAreas: ['digital']
		}
	]),
	ruralModelArea('25', 'Region Norrbotten')
];
