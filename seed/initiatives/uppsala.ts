import { overviewOf } from './overview.ts';
import type { SeedInitiative, SeedInitiativeDraft } from './types.ts';

const o = overviewOf('03', 'Region Uppsala');

const MUNICIPALITIES = [
	'Enköpings kommun',
	'Heby kommun',
	'Håbo kommun',
	'Knivsta kommun',
	'Tierps kommun',
	'Uppsala kommun',
	'Älvkarleby kommun',
	'Östhammars kommun'
];

/** One of the examples listed under a strategy of Effektiv och nära vård 2030. */
const underStrategy = (
	strategy: string,
	drafts: Omit<SeedInitiativeDraft, 'description' | 'level'>[]
) =>
	o.add(
		`${o.prioritised}: ${strategy}`,
		drafts.map((d) => ({
			...d,
			description: `${d.title}, ett av exemplen på utvecklingsinsatser inom strategin ${strategy} i programmet Effektiv och nära vård 2030.`,
			level: 'county' as const
		}))
	);

export const uppsala: SeedInitiative[] = [
	...o.add(o.organisation, [
		{
			title: 'Programmet Effektiv och nära vård 2030',
			description:
				'Region Uppsala arbetar sedan 2017 med omställningen inom Effektiv och nära vård 2030, en omställning av länets hälsosystem där målbilden om en nära, effektiv, förebyggande och hälsofrämjande samt samskapande vård ska uppnås i nära samverkan med länets kommuner. Effektiv och nära vård 2030 beslutades i regionstyrelsen och regionfullmäktige 2018. Utskottet för hälso- och sjukvård är politisk styrgrupp; ett programkontor stöttar, samordnar och koordinerar arbetet, som sedan januari 2020 leds av en programchef. Omställningen och de olika delarna ska genomföras successivt fram till 2030.',
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...underStrategy('Förnyad vårdstruktur – stärkt vård utanför sjukhus', [
		{ title: 'Närvårdsavdelning', phase: 'running' },
		{ title: 'Hälsocentraler', phase: 'running', goalAreas: ['primarvard'] },
		{ title: 'Närmottagningar', phase: 'running' },
		{ title: 'Förstärkt hälsouppdrag', phase: 'running' },
		{ title: 'Mobila verksamheter', phase: 'running' }
	]),
	...underStrategy('Hållbara ekonomiska förutsättningar', [
		{
			title: 'Successiv resursöverföring till förmån för den nära vården',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...underStrategy('Utvecklad styrning och uppföljning', [
		{
			title: 'Justerad kapiteringsersättning för utvecklingsarbete på vårdcentraler',
			phase: 'running',
			goalAreas: ['primarvard', 'ledning-styrning']
		}
	]),
	...underStrategy('Kompetensförsörjning, nya arbetssätt och nya kompetenser', [
		{
			title: 'Förändringsledning och framtidens kompetensförsörjning',
			phase: 'running',
			goalAreas: ['kompetensforsorjning']
		}
	]),
	...underStrategy('Kvalitetsdriven verksamhetsutveckling', [
		{
			title: 'Kvalitetspolicy för en värdeskapande vård och omsorg',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		},
		{
			title: 'Patientkontraktets fyra delar',
			phase: 'running',
			developmentAreas: ['person_centred']
		},
		{
			title: 'Anpassning av kvalitets- och kunskapsstyrningsarbetet',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...underStrategy('Digital infrastruktur', [
		{
			title: 'Stöd för egenvård och utveckling av hemmonitorering',
			phase: 'running',
			developmentAreas: ['digital'],
			focusShifts: ['co_creator']
		},
		{
			title: 'Samlad digital ingång och digitalt triageringsverktyg',
			phase: 'running',
			developmentAreas: ['digital']
		}
	]),
	...underStrategy('Forskning för en god och nära vård', [
		{ title: 'Uppdatering av Forskningsstrategi för hälso- och sjukvården', phase: 'running' }
	]),
	...underStrategy('Kommunikation', [
		{
			title: 'Samverkan mellan nätverk och kunskap om omställningen bland chefer och medarbetare',
			phase: 'running',
			goalAreas: ['ledning-styrning']
		}
	]),
	...o.add(`${o.prioritised}: Fastighetsutveckling`, [
		{
			title: 'Förstudie inför etablering av vårdcentrum i Tierp och Uppsala',
			description:
				'Förstudie inför etablering av vårdcentrum i Tierp och Uppsala, ett av exemplen på utvecklingsinsatser inom strategin Fastighetsutveckling i programmet Effektiv och nära vård 2030.',
			municipalities: ['Tierps kommun', 'Uppsala kommun'],
			level: 'local',
			phase: 'planning'
		}
	]),
	...o.add(o.joint, [
		{
			title: 'Vårdcentrum i samarbete kring förnyad vårdstruktur',
			description:
				'Våren 2020 fattar länets kommuner beslut om att ställa sig bakom målbilden för Effektiv och nära vård 2030 och att inledningsvis samarbeta kring strategin förnyad vårdstruktur, där utveckling av vårdcentrum är en central del. Ett vårdcentrum är en nod för framtida hälsocentraler i ett geografiskt område, dit en mer omfattande vård- och omsorgsverksamhet koncentreras. Medarbetare från flera huvudmän och organisationer samarbetar nätverksbaserat utifrån invånarnas bästa; regional och kommunal hälso- och sjukvård ingår i en gemensam vårdkedja, och hälso- och sjukvård och social omsorg ingår som en integrerad del. Ett förstärkt geografiskt hälsouppdrag ingår. Prioriterade målgrupper är patienter med komplexa behov, exempelvis barn och unga med psykisk ohälsa, multisjuka äldre och patienter med kroniska sjukdomar.',
			level: 'county',
			phase: 'planning',
			goalAreas: ['sammansatta-behov', 'barn-unga', 'psykisk-halsa', 'aldre'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination']
		}
	]),
	...o.add(o.caseStudy('Från förhandlingskultur till samverkanskultur'), [
		{
			title: 'Från förhandlingskultur till samverkanskultur',
			description:
				'Under 2017 blev Region Uppsala region samtidigt som Uppsala kommun genomförde en omorganisation. Parallellt gjordes en översyn av länets samverkansstrukturer inom hälsa, stöd, vård och omsorg, och HSVO bildades. Ett inriktningsbeslut fattades om att etablera en samverkansstruktur, en inriktning som har prioriterats på högsta ledningsnivå i Region Uppsala, Uppsala kommun och därefter i länets samtliga kommuner. I strategin för närvårdssamverkan 2018–2020 tydliggörs att det ska finnas en samverkansstruktur och att bristande samarbete inte kan motiveras med bristande resurser. Regionen och Uppsala kommun valde inledningsvis att samarbeta kring individärenden där det varit särskilt svårt att hitta gemensamma lösningar. Arbetssättet, som löpande utvecklas, har fokus på behovet hos individen och på att prata i vi-form: vad regionen och kommunerna kan göra tillsammans för att möta behovet. Socialstyrelsen beskriver i sin fallstudie samarbetet som ett inspirerande exempel.',
			partners: MUNICIPALITIES,
			level: 'county',
			phase: 'running',
			goalAreas: ['ledning-styrning'],
			developmentAreas: ['bridging'],
			focusShifts: ['coordination'],
			lessons:
				'En framgångsfaktor som framhålls i intervjuer är att det nya förhållningssättet ska tillämpas på alla nivåer och i alla ärenden. En central del i att lyckas hitta gemensamma lösningar är att särskilja diskussioner om vad som är den bästa lösningen för individen från diskussioner om kostnader och hur dessa ska fördelas. "Det är ett förhållningssätt först och främst, men även ett arbetssätt med fokus på system och lösning."',
			goodExample: true
		}
	])
];
