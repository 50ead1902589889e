import { exerciseQualitativeGains } from '../qualitative.ts';
import {
	COSTS_TABLE,
	publications,
	nationalFallInjuryRate65,
	templateOrganisations
} from './evidence.ts';
import * as common from './common.ts';
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
		rateRatio: common.publishedEffect(
			0.77,
			`${publications.sherrington2019}: träning för personer 60+ som bor hemma, 59 studier, hög tillförlitlighet`
		),
		...common.fallInjuryOutcome
	},
	rateRatioAlternatives: [
		{
			label: 'Balans- och funktionsträning',
			rateRatio: common.publishedEffect(0.76, publications.sherrington2019)
		},
		{
			label: 'Flera typer av träning',
			rateRatio: common.publishedEffect(0.66, publications.sherrington2019)
		},
		{
			label: 'Tai Chi',
			rateRatio: common.publishedEffect(0.81, publications.sherrington2019)
		},
		{
			label: 'Minst 3 timmar i veckan med balansträning',
			rateRatio: common.publishedEffect(0.58, publications.sherrington2020)
		}
	],
	required: common.required,
	recommended: common.recommended,
	caveats: [
		'Basnivån är rikets för alla personer 65+, även de som bor i särskilt boende; ersätt den gärna med ett nyckeltal för de valda kommunerna.',
		'Översikten gäller personer 60+; befolkningsdata finns för 65+.',
		...common.caveats
	],
	publishedFindings: [
		{
			text: 'Sjukgymnastledd träning för personer 80+ gav kommunala besparingar efter ungefär fyra år.',
			source: `${publications.socialstyrelsenNewsCost}; ${COSTS_TABLE}`
		},
		...common.findings
	],
	qualitativeGains: exerciseQualitativeGains
};
