import { homeHazardQualitativeGains } from '../qualitative.ts';
import { EFFECTS_TABLE, publications, templateOrganisations } from './evidence.ts';
import {
	commonRequired,
	baselineRequired,
	rateRatioInterval,
	costPerEventRange,
	commonCaveats,
	commonFindings,
	fallInjuryOutcome
} from './common.ts';
import type { ScenarioTemplate } from './types.ts';

export const homeHazardTemplate: ScenarioTemplate = {
	id: 'fall-home-hazard',
	name: 'Minskade fallrisker i hemmet för äldre med förhöjd fallrisk',
	intervention: 'Genomgång av hemmet och åtgärder mot fallrisker, med hjälpmedel',
	targetGroup: 'Äldre som bor hemma och har förhöjd fallrisk',
	description:
		'Hembesök som minskar fallriskerna i hemmet. Effekten gäller personer som valts ut för förhöjd fallrisk; utan urval sågs ingen effekt.',
	organisations: templateOrganisations,
	outcome: {
		id: 'fall-injury',
		name: 'Fallskada som behandlats i sjukhusvård eller specialiserad öppenvård',
		baselineRate: null,
		rateRatio: {
			likely: 0.62,
			distribution: 'lognormal',
			source: `${publications.clemson2023}: personer med förhöjd fallrisk; ${EFFECTS_TABLE}`
		},
		...fallInjuryOutcome
	},
	rateRatioAlternatives: [
		{
			label: 'Alla, oavsett fallrisk',
			rateRatio: {
				likely: 0.74,
				distribution: 'lognormal',
				source: `${publications.clemson2023}; ${EFFECTS_TABLE}`
			}
		},
		{
			label: 'Inte urval efter fallrisk (ingen effekt)',
			rateRatio: {
				likely: 1.05,
				distribution: 'lognormal',
				source: `${publications.clemson2023}; ${EFFECTS_TABLE}`
			}
		}
	],
	required: [...commonRequired, baselineRequired('personer med förhöjd fallrisk')],
	recommended: [rateRatioInterval, costPerEventRange],
	caveats: [
		'Effekten förutsätter att deltagarna väljs ut för förhöjd fallrisk: utan urval var riskkvoten 1,05 (ingen effekt).',
		...commonCaveats
	],
	publishedFindings: commonFindings,
	qualitativeGains: homeHazardQualitativeGains
};
