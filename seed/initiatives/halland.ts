import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('13', 'Region Halland');

export const halland: SeedInitiative[] = [
	...o.add(o.prioritised, [
		{
			title: 'Vårdval Halland närsjukvård',
			description:
				'Inriktningsbeslut togs 2017. I uppdraget för vårdvalet har kraven ökat avseende digitala tjänster för att erbjuda en mer nära vård: basutbud 1177, journal via nätet och webbtidbokning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard'],
			developmentAreas: ['digital']
		},
		{
			title: 'God tillgång till läkare i hemsjukvården',
			description: 'Arbetet för god tillgång till läkare i hemsjukvården har drivits sedan 2015.',
			level: 'county',
			phase: 'running',
			goalAreas: ['hemsjukvard']
		},
		{
			title: 'Insatser för att utveckla samordning inom eller mellan vårdgivare',
			description:
				'Arbete med kunskapsstyrning, omställning av vård i öppnare vårdformer inom specialistvården och införandet av lag om samverkan vid utskrivning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Stärkt kompetensförsörjning',
			description: 'Utvecklad arbetsfördelning och tryggad bemanning kvällar, helger och nätter.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		},
		{
			title: 'En gemensam väg in i vården för barn och unga med psykisk ohälsa',
			description:
				'En del av arbetet med att anpassa vårdinsatser till patienter med psykisk ohälsa: en gemensam väg in i vården för barn och unga med psykisk ohälsa.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga', 'psykisk-halsa']
		},
		{
			title: 'Modell för första linjens vård vid psykisk ohälsa',
			description:
				'En del av arbetet med att anpassa vårdinsatser till patienter med psykisk ohälsa: en modell för första linjens vård.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa']
		},
		{
			title: 'Standardiserade vårdförlopp för depression och ångest samt ADHD hos vuxna',
			description:
				'En del av arbetet med att anpassa vårdinsatser till patienter med psykisk ohälsa: standardiserade vårdförlopp för depression och ångest samt för ADHD hos vuxna.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa']
		},
		{
			title: 'Utveckling av hälsofrämjande och förebyggande arbete',
			description: 'Riktade hälsosamtal och insatser mot övervikt och fetma.',
			level: 'county',
			phase: 'running',
			goalAreas: ['levnadsvanor'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Utveckling av arbetssätt med digital teknik',
			description: 'Piloter med olika former av distanskontakter.',
			level: 'county',
			phase: 'pilot',
			developmentAreas: ['digital']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Processen för trygg och effektiv utskrivning',
			description:
				'Region Halland och länets kommuner utvecklar processen för trygg och effektiv utskrivning i syfte att få bättre flöden i vårdsystemet.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Modell för att fastställa gemensamma rutiner',
			description:
				'Region Halland och länets kommuner utvecklar en modell för att fastställa gemensamma rutiner.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Utbildning Vård- och stödsamordning inom psykiatri och socialpsykiatri',
			description:
				'Syftet är att ge en gemensam kunskapsbas gällande samverkan för vård och stöd till personer med omfattande eller komplicerad psykiatrisk problematik, samt att verksamheterna ska arbeta med integrerad psykiatri.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa', 'sammansatta-behov', 'kompetensforsorjning'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Stärkt skydd för barn och unga',
			description:
				'Pågående arbete med framtagande av en regional handlingsplan samt lokalt utvecklingsarbete.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['barn-unga']
		},
		{
			title: 'Läkarmedverkan i hemsjukvården',
			description:
				'Genom det nya arbetssättet ska patienter med hemsjukvård och deras närstående få ökad trygghet, bättre vårdkvalitet och slippa onödiga sjukhusbesök.',
			level: 'county',
			phase: 'running',
			goalAreas: ['hemsjukvard'],
			developmentAreas: ['bridging']
		}
	])
];
