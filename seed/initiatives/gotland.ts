import { OVERVIEW, overviewOf } from './overview.ts';
import { initiativesOf, type SeedInitiative } from './types.ts';

const o = overviewOf('09', 'Region Gotland');
const add = initiativesOf('09', 'Region Gotland', OVERVIEW);
const prioritised = (heading: string) => `${o.prioritised}: ${heading}`;
const joint = (heading: string) =>
	`Region Gotland – Exempel på gemensamma satsningar i samverkan mellan hälso- och sjukvård och socialtjänst: ${heading}`;

/**
 * Region Gotland has both regional and municipal responsibility, so its
 * joint work is between its own administrations (hälso- och
 * sjukvårdsförvaltningen, socialförvaltningen and others): the region is the
 * lead and there are no partner organisations.
 */
export const gotland: SeedInitiative[] = [
	...add(o.direction, [
		{
			title: 'Samlad färdplan för en god och nära vård på Gotland',
			description:
				'Hälso- och sjukvårdsnämnden har i verksamhetsplan 2020 gett hälso- och sjukvårdsförvaltningen i uppdrag att ta fram en samlad färdplan för en god och nära vård på Gotland. Diskussioner pågår mellan hälso- och sjukvårdsförvaltningen, socialförvaltningen och regionstyrelseförvaltningen om hur omställningsarbetet ska utformas.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		}
	]),
	...add(prioritised('Förändrade arbetssätt och mer vård nära'), [
		{
			title: 'Trygghetspunkter',
			description: 'Trygghetspunkter, ett av exemplen på förändrade arbetssätt och mer vård nära.',
			level: 'county',
			phase: 'running'
		},
		{
			title: 'Palliativa teamet',
			description: 'Palliativa teamet, ett av exemplen på förändrade arbetssätt och mer vård nära.',
			level: 'county',
			phase: 'running',
			goalAreas: ['palliativ-vard']
		},
		{
			title: 'Äldresjukvårdsteam',
			description:
				'Äldresjukvårdsteam, ett av exemplen på förändrade arbetssätt och mer vård nära.',
			level: 'county',
			phase: 'running',
			goalAreas: ['aldre']
		},
		{
			title: 'Psykiatriskt omvårdnadsteam',
			description:
				'Psykiatriskt omvårdnadsteam, ett av exemplen på förändrade arbetssätt och mer vård nära.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa']
		},
		{
			title: 'Anslutning till stöd- och behandlingsplattformen',
			description:
				'Anslutning till stöd- och behandlingsplattformen, ett av exemplen på förändrade arbetssätt och mer vård nära.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		},
		{
			title: 'Specialistinskrivningsmottagning via länk',
			description:
				'Specialistinskrivningsmottagning via länk, ett av exemplen på förändrade arbetssätt och mer vård nära.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		}
	]),
	...add(prioritised('Kompetensförsörjning'), [
		{
			title: 'Satsning på ST i allmänmedicin',
			description: 'Satsning på ST i allmänmedicin, ett av exemplen inom kompetensförsörjning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning', 'primarvard']
		},
		{
			title: 'Lönesatsning för läkare i allmänmedicin',
			description:
				'Lönesatsning för läkare i allmänmedicin, ett av exemplen inom kompetensförsörjning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning', 'primarvard']
		},
		{
			title: 'Rätt använd kompetens',
			description: 'Rätt använd kompetens, ett av exemplen inom kompetensförsörjning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		},
		{
			title: 'Oberoende av hyrpersonal',
			description: 'Oberoende av hyrpersonal, ett av exemplen inom kompetensförsörjning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		},
		{
			title: 'Utbildningsanställningar för sjuksköterskor',
			description:
				'Utbildningsanställningar för sjuksköterskor, ett av exemplen inom kompetensförsörjning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		}
	]),
	...add(prioritised('Förebyggande och hälsofrämjande'), [
		{
			title: 'Hälsorum på vårdcentraler',
			description:
				'Hälsorum på vårdcentraler, ett av exemplen på förebyggande och hälsofrämjande arbete.',
			level: 'county',
			phase: 'running',
			goalAreas: ['levnadsvanor', 'primarvard'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Rökstopp och alkoholuppehåll i samband med operation',
			description:
				'Rökstopp och alkoholuppehåll i samband med operation, ett av exemplen på förebyggande och hälsofrämjande arbete.',
			level: 'county',
			phase: 'running',
			goalAreas: ['levnadsvanor'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Fokus på hälsa',
			description: 'Fokus på hälsa, ett av exemplen på förebyggande och hälsofrämjande arbete.',
			level: 'county',
			phase: 'running',
			goalAreas: ['levnadsvanor'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		}
	]),
	...add(prioritised('Stärkt primärvård och sammanhållen vård och omsorg'), [
		{
			title: 'Förändringar utifrån den förstärkta vårdgarantin',
			description:
				'Förändringar utifrån den förstärkta vårdgarantin, ett av exemplen på stärkt primärvård och sammanhållen vård och omsorg.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard']
		},
		{
			title: 'Förstärkt tillgänglighet till fysioterapi i primärvård',
			description:
				'Förstärkt tillgänglighet till fysioterapi i primärvård, ett av exemplen på stärkt primärvård och sammanhållen vård och omsorg.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard', 'rehabilitering']
		},
		{
			title: 'Utbildningssatsning i kvinnors hälsa',
			description:
				'Utbildningssatsning i kvinnors hälsa, ett av exemplen på stärkt primärvård och sammanhållen vård och omsorg.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard']
		}
	]),
	...add(joint('Barn och unga (BarnSam)'), [
		{
			title: 'Barnahus',
			description:
				'Inom BarnSam, samverkansstrukturen för barn och unga 0–24 år. Målet är att ge barn som misstänks vara utsatta för brott hjälp i form av rättstrygghet, brottsskydd, gott bemötande, samt vid behov omgående kris- och behandlingsinsatser.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Integrerad mottagning för barns och ungas psykiska hälsa',
			description:
				'Inom BarnSam. Mottagningen vänder sig till barn och unga 6–17 år och deras föräldrar.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga', 'psykisk-halsa'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Socialpsykiatriskt team',
			description:
				'Inom BarnSam. Teamet vänder sig till ungdomar 13–18 år med komplexa svårigheter och behov av sammansatt stöd. Målet är att undvika placeringar.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga', 'psykisk-halsa', 'sammansatta-behov'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'MiniMaria',
			description:
				'Inom BarnSam. Verksamheten vänder sig till ungdomar till och med 24 år med beroendeproblematik.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga', 'missbruk-beroende'],
			developmentAreas: ['bridging']
		}
	]),
	...add(joint('Vuxna och äldre (VuxenSam)'), [
		{
			title: 'Samverkan vid utskrivning från sjukhus',
			description:
				'Inom VuxenSam, samverkansstrukturen för vuxna och äldre: anpassning av arbetssätt för att möta kraven i den nya lagstiftningen om samverkan vid utskrivning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Integrerad missbruks- och beroendevård',
			description: 'Inom VuxenSam. Integrerad missbruks- och beroendevård startade 2018.',
			level: 'county',
			phase: 'running',
			goalAreas: ['missbruk-beroende'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Proaktivt arbetssätt, SIP i förebyggande syfte',
			description:
				'Inom VuxenSam. Samordnad individuell plan (SIP) i förebyggande syfte; målet är att förhindra onödiga inläggningar på sjukhus genom tidiga insatser.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['proactive', 'bridging'],
			focusShifts: ['proactive', 'coordination']
		},
		{
			title: 'Mottagaranpassad samhällsinformation',
			description:
				'Inom VuxenSam. Målet är att på ett proaktivt sätt informera äldre och blivande äldre personer om vad man själv kan behöva tänka på och planera för, vilka tjänster man kan få hjälp med, kontaktvägar med mera.',
			level: 'county',
			phase: 'running',
			goalAreas: ['aldre'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		}
	])
];
