import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('10', 'Region Blekinge');

export const blekinge: SeedInitiative[] = [
	...o.add(o.prioritised, [
		{
			title: 'Nära vård-center',
			description:
				'Inom verksamhetsområdet Nära vård ska Nära vård-center skapas för att hantera akuta vårdflöden på primärvårdsnivå och erbjuda tillgång till konsultativ expertis. Målet är ökad effektivitet och stärkta insatser för invånare med kronisk sjukdom och komplexa behov.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['primarvard', 'akut-prehospital', 'sammansatta-behov']
		},
		{
			title: 'Utveckling av akutvårdsprocessen',
			description:
				'Akutvårdsprocessen utvecklas med målet att akuta och planerade vårdflöden ska vara separerade. Arbetet ska utgå från allmänmedicinens vision om en sammanhållen vård för länets invånare.',
			level: 'county',
			phase: 'running',
			goalAreas: ['akut-prehospital', 'primarvard']
		},
		{
			title: 'Mobil närsjukvård',
			description:
				'Ett projekt pågår för att etablera mobil närsjukvård, en vård som ska erbjuda kontinuitet och kvalitet till äldre personer med omfattande och komplexa behov.',
			level: 'county',
			phase: 'pilot',
			goalAreas: ['aldre', 'sammansatta-behov'],
			focusShifts: ['person']
		},
		{
			title: 'Primärvårdens läkarbil',
			description:
				'Mobila arbetssätt utvecklas bland annat genom löpande utveckling av primärvårdens läkarbil.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard']
		},
		{
			title: 'Akuta insatser för vård i hemmet via akutverksamhetens team',
			description:
				'Mobila arbetssätt utvecklas även genom akuta insatser för vård i hemmet som ges av akutverksamhetens team.',
			level: 'county',
			phase: 'running',
			goalAreas: ['akut-prehospital', 'hemsjukvard']
		},
		{
			title: 'Mobil nyföddhetsvård',
			description:
				'Mobil nyföddhetsvård är en del av utvecklingen av mobila arbetssätt i verksamhetsområdet Nära vård.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Gemensam målbild för den nära vården i Blekinge',
			description:
				'Våren 2019 inleddes ett arbete för att utveckla en gemensam målbild för regionen och länets kommuner. Det resulterade i ett utkast, en berättelse som speglar den service som invånarna ska erbjudas om fem år: den nära vården i Blekinge är lätt att nå, utgår ifrån invånarnas behov, erbjuder service anpassad efter behov och önskemål, är hälsofrämjande, förebyggande och erbjuder tidiga insatser samt är sömlös och koordinerad. Berättelsen har via Länssamverkan kring vård och omsorg (LSVO) förmedlats till kommunerna och använts för dialog med invånare.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Dialoger med invånare och medarbetare om nära vård',
			description:
				'Fler invånardialoger ska ske framåt, och dialoger ska fortsatt ske med medarbetare på arbetsplatsträffar i de ingående organisationerna. En första plan för genomförande av dialoger med invånare och medarbetare presenterades i samband med regionens budgetberedning inför 2020.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		}
	])
];
