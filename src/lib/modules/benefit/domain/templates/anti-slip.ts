import { antiSlipQualitativeGains } from '../qualitative.ts';
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

export const antiSlipTemplate: ScenarioTemplate = {
	id: 'fall-anti-slip',
	name: 'Halkskydd för skor vintertid',
	intervention: 'Halkskydd för skor till äldre som går ut vintertid',
	targetGroup: 'Äldre som bor hemma och går ut när det är snö och is',
	description:
		'Halkskydd som minskar fall utomhus på snö och is. Effekten kommer från en liten randomiserad studie, så osäkerheten är stor.',
	organisations: templateOrganisations,
	outcome: {
		id: 'outdoor-fall-injury',
		name: 'Fallskada vid fall utomhus på snö eller is',
		baselineRate: null,
		rateRatio: {
			likely: 0.42,
			distribution: 'lognormal',
			source: `${publications.mckiernan2005}: fall utomhus på snö eller is; ${EFFECTS_TABLE}`
		},
		...fallInjuryOutcome
	},
	rateRatioAlternatives: [
		{
			label: 'Fall med skada (samma studie)',
			rateRatio: {
				likely: 0.13,
				distribution: 'lognormal',
				source: `${publications.mckiernan2005}: fall med skada; ${EFFECTS_TABLE}`
			}
		}
	],
	required: [...commonRequired, baselineRequired('målgruppen (vid fall utomhus på snö eller is)')],
	recommended: [rateRatioInterval, costPerEventRange],
	caveats: [
		'Effekten bygger på en enda studie med 109 deltagare; ange konfidensintervallet, annars ser resultatet säkrare ut än det är.',
		'Kostnaden per fallskada är genomsnittet för alla fallskador, inte särskilt för fall utomhus.',
		...commonCaveats
	],
	publishedFindings: commonFindings,
	qualitativeGains: antiSlipQualitativeGains
};
