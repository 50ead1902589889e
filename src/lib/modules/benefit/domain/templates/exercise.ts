import { exerciseQualitativeGains } from '../qualitative.ts';
import {
	COSTS_TABLE,
	EFFECTS_TABLE,
	publications,
	nationalFallInjuryRate65,
	templateOrganisations
} from './evidence.ts';
import {
	commonRequired,
	rateRatioInterval,
	costPerEventRange,
	commonCaveats,
	commonFindings,
	fallInjuryOutcome
} from './common.ts';
import type { ScenarioTemplate } from './types.ts';

export const exerciseTemplate: ScenarioTemplate = {
	id: 'fall-exercise',
	name: 'Fysisk träning för äldre som bor hemma',
	intervention: 'Fallförebyggande träning (styrka och balans) för äldre som bor hemma',
	targetGroup: 'Personer 65 år och äldre som bor hemma',
	description:
		'Träning som minskar antalet fall bland äldre som bor hemma. Kommunen driver oftast träningen; kostnaden för fallskadorna bärs av kommunen, regionen och anhöriga.',
	organisations: templateOrganisations,
	outcome: {
		id: 'fall-injury',
		name: 'Fallskada som behandlats i sjukhusvård eller specialiserad öppenvård',
		baselineRate: nationalFallInjuryRate65,
		rateRatio: {
			likely: 0.77,
			distribution: 'lognormal',
			source: `${publications.sherrington2019}: träning för personer 60+ som bor hemma, 59 studier, hög tillförlitlighet; ${EFFECTS_TABLE}`
		},
		...fallInjuryOutcome
	},
	rateRatioAlternatives: [
		{
			label: 'Balans- och funktionsträning',
			rateRatio: {
				likely: 0.76,
				distribution: 'lognormal',
				source: `${publications.sherrington2019}; ${EFFECTS_TABLE}`
			}
		},
		{
			label: 'Flera typer av träning',
			rateRatio: {
				likely: 0.66,
				distribution: 'lognormal',
				source: `${publications.sherrington2019}; ${EFFECTS_TABLE}`
			}
		},
		{
			label: 'Tai Chi',
			rateRatio: {
				likely: 0.81,
				distribution: 'lognormal',
				source: `${publications.sherrington2019}; ${EFFECTS_TABLE}`
			}
		},
		{
			label: 'Minst 3 timmar i veckan med balansträning',
			rateRatio: {
				likely: 0.58,
				distribution: 'lognormal',
				source: `${publications.sherrington2020}; ${EFFECTS_TABLE}`
			}
		}
	],
	required: commonRequired,
	recommended: [rateRatioInterval, costPerEventRange],
	caveats: [
		'Basnivån är rikets för alla personer 65+, även de som bor i särskilt boende; ersätt den gärna med ett nyckeltal för de valda kommunerna.',
		'Översikten gäller personer 60+; befolkningsdata finns för 65+.',
		...commonCaveats
	],
	publishedFindings: [
		{
			text: 'Sjukgymnastledd träning för personer 80+ gav kommunala besparingar efter ungefär fyra år.',
			source: `${publications.socialstyrelsenNewsCost}; ${COSTS_TABLE}`
		},
		...commonFindings
	],
	qualitativeGains: exerciseQualitativeGains
};
