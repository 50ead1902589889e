import { overviewOf } from './overview.ts';
import { ruralModelArea } from './rural.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('23', 'Region Jämtland Härjedalen');

export const jamtland: SeedInitiative[] = [
	...o.add(o.direction, [
		{
			title: 'Riktning Nära vård',
			description:
				'Regionledningen beslutade under 2019 om framtagande av riktning och strategi för arbetet mot nära vård, och planen har antagits av hälso- och sjukvårdsnämnden. Ledning och styrning sker dels i linjen, dels i två kluster med underliggande delaktiviteter: VIP (Very Important Patients) och tillgänglighet.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Virtuella hälsorum och virtuella akutrum',
			description:
				'Syftet med insatserna är bland annat att undvika långa resor för medborgarna. I de virtuella akutrummen finns specialistläkare med via videolänk.',
			level: 'county',
			phase: 'running',
			goalAreas: ['akut-prehospital'],
			developmentAreas: ['digital']
		},
		{
			title: 'Hemmonitorering för personer med kronisk sjukdom',
			description:
				'Regionen har, i samverkan med patienter, genomfört ett projekt med hemmonitorering avseende självmätning och digital kommunikation för personer med kronisk sjukdom.',
			level: 'county',
			phase: 'ended',
			developmentAreas: ['digital'],
			focusShifts: ['co_creator']
		},
		{
			title: 'Mammografibuss',
			description: 'Mammografibussen är ett av regionens mobila team.',
			level: 'county',
			phase: 'running'
		},
		{
			title: 'Storsjögläntan, palliativt hemsjukvårdsteam',
			description:
				'Storsjögläntan är ett palliativt hemsjukvårdsteam, ett av regionens mobila team.',
			level: 'county',
			phase: 'running',
			goalAreas: ['palliativ-vard', 'hemsjukvard']
		},
		{
			title: 'Mobila team inom strokevården',
			description: 'Mobila team har även utvecklats inom till exempel strokevården.',
			level: 'county',
			phase: 'running'
		},
		{
			title: 'Mobilt närvårdsteam',
			description: 'Ett mobilt närvårdsteam har inrättats.',
			level: 'county',
			phase: 'running'
		},
		{
			title: 'Fenix, tillgänglighet inom psykiatrin',
			description:
				'För att öka tillgängligheten har psykiatrin påbörjat ett förändringsarbete kallat Fenix, som bland annat innebär att man samordnar besök och att ett specialpsykiatriskt omvårdnadsteam (SPOT) har införts.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa'],
			focusShifts: ['coordination']
		},
		{
			title: 'Samverkande sjukvård',
			description:
				'Projektet har påbörjats för att förbättra och utveckla samarbetet mellan de befintliga hälso- och sjukvårdsresurserna, för att skapa ökad trygghet och tillgänglighet genom samverkansformer så att invånarna vid behov kan erbjudas vård i eller nära hemmet.',
			level: 'county',
			phase: 'pilot',
			developmentAreas: ['bridging']
		},
		{
			title: 'Ny enhet för att utveckla e-hälsa',
			description:
				'Utveckling och digitalisering: inrättande av en ny enhet vars uppdrag är att utveckla e-hälsa.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Gemensam målbild för nära vård',
			description:
				'Kommunerna och Region Jämtland Härjedalen har ambitionen att ta fram en gemensam målbild för nära vård.',
			level: 'county',
			phase: 'idea',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Digitalt stöd för utskrivningsplanering och SIP',
			description:
				'Ett digitalt stöd för att utveckla utskrivningsplaneringen och samordnad individuell plan (SIP) har införts. Gemensamma utbildningar i SIP har genomförts för personal i specialiserad vård, primärvård, kommunal hemsjukvård och socialtjänst.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['digital', 'bridging'],
			focusShifts: ['coordination']
		}
	]),
	ruralModelArea('23', 'Region Jämtland Härjedalen')
];
