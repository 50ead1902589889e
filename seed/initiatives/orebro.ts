import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('18', 'Region Örebro län');

export const orebro: SeedInitiative[] = [
	...o.add(o.organisation, [
		{
			title: 'Färdplan för God, nära och samordnad vård i Region Örebro län',
			description:
				'Målbilden för hälso- och sjukvården i länet, som regionfullmäktige antog 2019, är grunden för det fortsatta strategiarbetet med en färdplan för god, nära och samordnad vård. Arbetet med att ta fram färdplanen pågår. Arbetet mot en god, nära och samordnad vård leds av biträdande hälso- och sjukvårdsdirektör, som tillsammans med en samordnare och en utvecklingsledare utgör en arbetsgrupp.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Rehabiliteringskoordinatorer och samverkan med civilsamhället',
			description:
				'Förebyggande och hälsofrämjande arbete, till exempel rehabiliteringskoordinatorer och samverkan med civilsamhället.',
			level: 'county',
			phase: 'running',
			goalAreas: ['rehabilitering'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Patientkontrakt med införandeprojekt',
			description: 'Patientkontrakt, med ett införandeprojekt.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred']
		},
		{
			title: 'Samverkan vid utskrivning och för att förebygga inskrivning',
			description: 'Samverkan vid utskrivning från sjukhus och för att förebygga inskrivning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['proactive', 'bridging']
		},
		{
			title: 'Mobila lösningar i länsdelarna',
			description:
				'Mobila lösningar, med olika lösningar i de olika länsdelarna. Inom regionen finns en stor mängd mobila team där regionen och kommunerna samverkar på olika sätt.',
			level: 'subregional',
			phase: 'running',
			developmentAreas: ['bridging']
		},
		{
			title: 'Riktade insatser för de svårast sjuka äldre',
			description:
				'Riktade insatser för de svårast sjuka äldre, till exempel genom förbättrat mottagande av äldre på vårdcentral och på akutmottagning.',
			level: 'county',
			phase: 'running',
			goalAreas: ['aldre', 'sammansatta-behov']
		},
		{
			title: 'Psykisk ohälsa i primärvård och specialistpsykiatri',
			description:
				'Psykisk ohälsa, med olika aktiviteter inom såväl primärvård som specialistvård psykiatri.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa']
		},
		{
			title: 'Utökat hembesöksprogram inom barnhälsovården',
			description:
				'Barn och unga, till exempel genom ett utökat hembesöksprogram inom barnhälsovården för särskilt utsatta.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga'],
			developmentAreas: ['proactive']
		},
		{
			title: 'Resursöverföring till första linjens vård',
			description: 'Resursöverföring till första linjens vård.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard', 'ledning-styrning']
		},
		{
			title: 'Handlingsplan för att bli oberoende av inhyrd personal',
			description:
				'Bemanning och förändrat arbetssätt i primärvården, till exempel genom en handlingsplan för att bli oberoende av inhyrd personal.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning', 'primarvard']
		},
		{
			title: 'Strukturerad kompetensförsörjningsprocess',
			description:
				'Stöd till planering av långsiktig kompetensförsörjning, till exempel genom etablering av en strukturerad kompetensförsörjningsprocess.',
			level: 'county',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		},
		{
			title: 'Kulturkommunikatörer inom mödrahälsovården',
			description:
				'Patientdelaktighet, till exempel genom utbildade kulturkommunikatörer inom mödrahälsovården.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		},
		{
			title: 'Digital tillgänglighet och drop in-mottagningar i primärvården',
			description:
				'Tillgänglighet i primärvården, till exempel genom ökad digital tillgänglighet och "drop in"-mottagningar.',
			level: 'county',
			phase: 'running',
			goalAreas: ['primarvard'],
			developmentAreas: ['digital']
		},
		{
			title: 'Egendriven digital vårdcentral',
			description: 'Start av en egendriven digital vårdcentral.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['primarvard'],
			developmentAreas: ['digital']
		}
	]),
	...o.add(o.collaboration, [
		{
			title: 'Översyn av överenskommelsen om hemsjukvård',
			description:
				'Det pågår en översyn av överenskommelsen om hemsjukvård mellan regionen och länets kommuner. Målet är att överenskommelsen ska bli mer heltäckande och även innefatta hemsjukvård för barn och för patienter inom psykiatrisk vård, som tidigare reglerats i separata överenskommelser.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['hemsjukvard'],
			developmentAreas: ['bridging']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Handlingsplan för sammanhållen vård och omsorg med aktivitetsplaner i länsdelarna',
			description:
				'Region Örebro län och kommunerna driver gemensamma satsningar utifrån den länsgemensamma handlingsplanen för sammanhållen vård och omsorg. Handlingsplanen bryts ner till aktivitetsplaner i de fyra länsdelarna, som arbetar parallellt med att ställa om till en god och nära vård.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Lokala samverkansledare i länsdelarna',
			description:
				'Till varje länsdel finns en lokal samverkansledare som samfinansieras av region och kommun. Samverkansledarna har i uppdrag att samverka och förankra arbetet i organisationerna.',
			level: 'subregional',
			phase: 'running',
			developmentAreas: ['bridging']
		},
		{
			title: 'Lokala nätverk med vårdsamordnare och utskrivningssamordnare',
			description:
				'I länsdelarna finns lokala nätverk med vårdsamordnare, utskrivningssamordnare och representanter från socialtjänst och sjukvård.',
			level: 'subregional',
			phase: 'running',
			goalAreas: ['trygg-hemgang'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Närsjukvårdsteam Örebro',
			description:
				'Mobilt närsjukvårdsteam i Örebro som samfinansieras med kommunen, ett av många mobila team där regionen och kommunerna samverkar.',
			partners: ['Örebro kommun'],
			municipalities: ['Örebro kommun'],
			level: 'local',
			phase: 'running',
			developmentAreas: ['bridging']
		},
		{
			title: 'Regional handlingsplan för samverkan inom e-hälsa',
			description:
				'Verksamhetsutveckling med stöd av digitala verktyg, till exempel genom "Regional handlingsplan för samverkan mellan Region Örebro län och länets kommuner inom e-hälsa". Nämns både bland regionens prioriterade utvecklingsområden och bland de gemensamma satsningarna.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['digital', 'bridging']
		},
		{
			title: 'Korttidsenheten Tullhuset',
			description:
				'I Örebro kommun finns en väl utvecklad samverkan med kommunen runt den stora korttidsenheten Tullhuset, där bemanning med läkare, fysioterapeut och medicinsk vårdadministratör (MVA) sker från den geriatriska kliniken.',
			partners: ['Örebro kommun'],
			municipalities: ['Örebro kommun'],
			level: 'local',
			phase: 'running',
			goalAreas: ['aldre'],
			developmentAreas: ['bridging']
		}
	])
];
