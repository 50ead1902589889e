import { homeHazardQualitativeGains } from '../qualitative.ts';
import { publications, templateOrganisations } from './evidence.ts';
import * as common from './common.ts';
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
		rateRatio: common.publishedEffect(
			0.62,
			`${publications.clemson2023}: personer med förhöjd fallrisk`
		),
		...common.fallInjuryOutcome
	},
	rateRatioAlternatives: [
		{
			label: 'Alla, oavsett fallrisk',
			rateRatio: common.publishedEffect(0.74, publications.clemson2023)
		},
		{
			label: 'Inte urval efter fallrisk (ingen effekt)',
			rateRatio: common.publishedEffect(1.05, publications.clemson2023)
		}
	],
	required: [...common.required, common.baselineRequired('personer med förhöjd fallrisk')],
	recommended: common.recommended,
	caveats: [
		'Effekten förutsätter att deltagarna väljs ut för förhöjd fallrisk: utan urval var riskkvoten 1,05 (ingen effekt).',
		...common.caveats
	],
	publishedFindings: common.findings,
	qualitativeGains: homeHazardQualitativeGains
};
