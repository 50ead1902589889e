import { overviewOf } from './overview.ts';
import { RURAL_CASE_STUDY, RURAL_FUNDING } from './rural.ts';
import type { SeedInitiative } from './types.ts';

const o = overviewOf('24', 'Region Västerbotten');

export const vasterbotten: SeedInitiative[] = [
	...o.add(o.direction, [
		{
			title: 'Strategin God, effektiv och nära vård i Västerbotten 2019–2030',
			description:
				'Region Västerbotten utvecklade under 2018–2019 målbilden och strategin för God, effektiv och nära vård i Västerbotten 2019–2030. Hälso- och sjukvårdsnämnden fastställde strategin våren 2019 och gav hälso- och sjukvårdsdirektören i uppdrag att implementera den och ta fram former för uppföljning. Strategin har inarbetats i Regionplanen 2020–2023.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.organisation, [
		{
			title: 'Förbättringsenheten Memeologen',
			description:
				'Som stöd för omställningsarbetet finns bland annat förbättringsenheten Memeologen.',
			level: 'county',
			phase: 'running'
		}
	]),
	...o.add(o.collaboration, [
		{
			title: 'Ny struktur för samverkan mellan regionen och länets kommuner',
			description:
				'Under våren 2020 pågår ett projekt för att implementera en ny struktur för samverkan mellan regionen och länets kommuner inom hälso- och sjukvårdsfrågor. I den tidigare strukturen har kommunerna representerats av fyra kommuner; målet är en struktur där alla kommuner ska vara representerade. Beslut om ny struktur fattas under våren 2020.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging']
		},
		{
			title: 'Gemensam målbild för en god och nära vård i närsjukvårdsområdena',
			description:
				'Parallellt med den nya samverkansstrukturen utvecklas en gemensam målbild för en god och nära vård. I Södra Lappland och Skellefteå initierades arbetet under 2019, och i Umeå inleds det under våren 2020.',
			level: 'subregional',
			phase: 'planning',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(o.joint, [
		{
			title: 'God och nära vård i Södra Lappland',
			description:
				'Region Västerbotten driver tillsammans med kommunerna, privata aktörer och civilsamhället i södra Lappland ett omställningsarbete mot en god och nära vård i glesbygd. I ett regeringsfinansierat projekt skapas ett modellområde för att omsätta och konkretisera en god och nära vård. Målet är att skapa kostnadseffektiv, hälsofrämjande, lättillgänglig och nära vård på lika villkor för hela befolkningen. Fokus ska flyttas från sjukdom och behandling till hälsofrämjande och förebyggande insatser, och vården ska ge ökad delaktighet, vara individanpassad och bedrivas nära invånarna.',
			otherPartners: ['Privata aktörer i södra Lappland', 'Civilsamhället i södra Lappland'],
			level: 'subregional',
			phase: 'pilot',
			developmentAreas: ['proactive', 'person_centred', 'bridging', 'digital'],
			focusShifts: ['proactive', 'co_creator'],
			funding: [
				{
					...RURAL_FUNDING,
					note: `${RURAL_FUNDING.note} Året anges i fallstudien (${RURAL_CASE_STUDY}).`
				}
			],
			results:
				'Projektet har exempelvis resulterat i samhällsrum som ger möjlighet till digital vård och andra samhällstjänster på mindre orter.'
		},
		{
			title: 'Omställningsarbete i närsjukvårdsområdena Umeå och Skellefteå',
			description:
				'Hösten 2019 inleddes ett omställningsarbete motsvarande det i södra Lappland inom närsjukvårdsområdena Umeå och Skellefteå.',
			level: 'subregional',
			phase: 'running'
		},
		{
			title: 'Min plan – delaktighet på individnivå',
			description:
				'Region Västerbotten och Skellefteå kommun driver inom ramen för patientkontrakt ett utvecklingsarbete kring Min plan, som har testats och tagits fram i samarbete med patienter och brukare. Min plan ska fungera som underlag för diskussion och planering samt information till patienten om fast vårdkontakt. Arbete pågår för att sprida arbetssättet och öka efterfrågan på Min plan; som ett steg ska den presenteras på Skellefteå kommuns seniordag. Ambitionen är att Min plan på sikt ska finnas tillgänglig digitalt i stöd- och behandlingsplattformen.',
			partners: ['Skellefteå kommun'],
			municipalities: ['Skellefteå kommun'],
			level: 'local',
			phase: 'scaling',
			developmentAreas: ['person_centred'],
			focusShifts: ['co_creator', 'person']
		}
	])
];
