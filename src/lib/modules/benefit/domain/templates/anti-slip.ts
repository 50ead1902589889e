import { antiSlipQualitativeGains } from '../qualitative.ts';
import { publications, templateOrganisations } from './evidence.ts';
import * as common from './common.ts';
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
		rateRatio: common.publishedEffect(
			0.42,
			`${publications.mckiernan2005}: fall utomhus på snö eller is`
		),
		...common.fallInjuryOutcome
	},
	rateRatioAlternatives: [
		{
			label: 'Fall med skada (samma studie)',
			rateRatio: common.publishedEffect(0.13, `${publications.mckiernan2005}: fall med skada`)
		}
	],
	required: [
		...common.required,
		common.baselineRequired('målgruppen (vid fall utomhus på snö eller is)')
	],
	recommended: common.recommended,
	caveats: [
		'Effekten bygger på en enda studie med 109 deltagare; ange konfidensintervallet, annars ser resultatet säkrare ut än det är.',
		'Kostnaden per fallskada är genomsnittet för alla fallskador, inte särskilt för fall utomhus.',
		...common.caveats
	],
	publishedFindings: common.findings,
	qualitativeGains: antiSlipQualitativeGains
};
