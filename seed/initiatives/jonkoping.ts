import { overviewOf } from './overview.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('06', 'Region Jönköpings län');

export const jonkoping: SeedInitiative[] = [
	...o.add(o.direction, [
		{
			title: 'Strategisk plan för nära vård',
			description:
				'Regionen ska under våren 2020 ta fram en strategisk plan för nära vård som ska omfatta hur tre akutsjukhus ska garanteras på lång sikt, hur omställningen till mer nära vård ska genomföras, kompetensförsörjning och investeringar.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning', 'kompetensforsorjning']
		}
	]),
	...o.add(o.prioritised, [
		{
			title: 'Utvecklingsprojekt i strategin Tillsammans för bästa möjliga hälsa och jämlik vård',
			description:
				'Strategin Tillsammans för bästa möjliga hälsa och jämlik vård beslutades av regionfullmäktige 2016. I strategiarbetet finns 23 olika delområden med utvecklingsprojekt inom respektive område. Projekten utgörs dels av uppdrag från Region Jönköpings läns budget och verksamhetsplan, dels av nationella överenskommelser.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.collaboration, [
		{
			title: 'Gemensam plan för framtidens hälso- och sjukvård',
			description:
				'Arbete pågår för att ta fram en gemensam plan för framtidens hälso- och sjukvård för regionen och länets kommuner, där utveckling av den nära vården ingår.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Strategi för hälsa',
			description:
				'Prioriterat arbete med barn och unga, med inriktning på fullföljda studier, psykisk hälsa och fysisk aktivitet.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga', 'psykisk-halsa', 'levnadsvanor'],
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		},
		{
			title: 'Kulturunderstödd rehabilitering',
			description: 'Kulturunderstödd rehabilitering vänder sig till invånare med psykisk ohälsa.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa', 'rehabilitering']
		},
		{
			title: 'Samfinansiering av samordnare för familjecentraler och ungdomsmottagningar',
			description:
				'Regionen och kommunerna samfinansierar samordnare för länets familjecentraler och ungdomsmottagningar.',
			level: 'county',
			phase: 'running',
			goalAreas: ['barn-unga'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Trygg och säker omsorg',
			description: 'Vårdsamordning, mobila team/trygg hemma och stödstrukturer.',
			level: 'county',
			phase: 'running',
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		},
		{
			title: 'Peer-support inom specialist- och socialpsykiatrin',
			description:
				'Personer med erfarenhet av psykisk ohälsa bidrar genom föreläsningar, deltar i utvecklingsgrupper med mera.',
			level: 'county',
			phase: 'running',
			goalAreas: ['psykisk-halsa'],
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator']
		},
		{
			title: 'Rehabkedjan, jämlik rehabilitering',
			description: 'Att stärka samverkan i rehabkedjan.',
			level: 'county',
			phase: 'running',
			goalAreas: ['rehabilitering'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Bästa platsen att växa upp, bo och åldras på',
			description:
				'Fokus på barns och ungas hälsa: ett samverkansprojekt med kommuner, Skottland och Cincinnati.',
			level: 'county',
			phase: 'running',
			otherPartners: ['Skottland', 'Cincinnati'],
			goalAreas: ['barn-unga']
		}
	])
];
