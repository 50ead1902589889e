import {
	COSTS_TABLE,
	EFFECTS_TABLE,
	costPerFallInjury,
	fallInjuryCostShares,
	fallInjuryCostSharesProvenance,
	publications
} from './evidence.ts';
import type { UncertainNumber } from '../types.ts';
import type { PublishedFinding, TemplateInputNeed } from './types.ts';

/**
 * What the fall-prevention templates share (they import it as `common`): the
 * inputs they need, their caveats and findings, the outcome's cost.
 */

export const required: TemplateInputNeed[] = [
	{
		path: 'population',
		key: 'population',
		message:
			'Ange hur många personer som finns i målgruppen i de valda kommunerna, till exempel ur Näras befolkningsdata.'
	},
	{
		path: 'reach',
		key: 'reach',
		message: 'Ange räckvidden: hur stor andel av målgruppen som deltar. Underlaget anger den inte.'
	},
	{
		path: 'rampUp',
		key: 'rampUp',
		message: 'Ange upptrappningen år för år. Underlaget anger den inte.'
	},
	{
		path: 'costs',
		key: 'costs',
		message:
			'Ange insatsens kostnader och vem som bär dem (per deltagare och fasta). Underlaget anger inga kostnader för själva insatsen.'
	},
	{
		path: 'horizonYears',
		key: 'horizonYears',
		message: 'Ange tidshorisonten i år (1–50).'
	},
	{
		path: 'discountRate',
		key: 'discountRate',
		message: 'Ange diskonteringsräntan. Underlaget anger ingen.'
	}
];

export const baselineRequired = (group: string): TemplateInputNeed => ({
	path: 'outcomes.0.baselineRate',
	key: 'baselineRate',
	message: `Ange basnivån: hur många fallskador per person och år ${group} har utan insatsen. Underlaget anger den inte för den här målgruppen; den kan hämtas ur ett nyckeltal i Kolada (till exempel N20402 för 80+).`
});

export const rateRatioInterval: TemplateInputNeed = {
	path: 'outcomes.0.rateRatio',
	key: 'rateRatio',
	message:
		'Ange riskkvotens 95-procentiga konfidensintervall (lägsta och högsta) ur publikationen. Underlaget återger bara punktskattningen, så utan intervallet räknas effekten som säker.'
};

export const costPerEventRange: TemplateInputNeed = {
	path: 'outcomes.0.costPerEvent',
	key: 'costPerEvent',
	message:
		'Ange ett intervall för kostnaden per fallskada om ni har ett. Underlaget ger bara ett genomsnitt för riket.'
};

/** Not required, but without them the uncertainty is understated. */
export const recommended = [rateRatioInterval, costPerEventRange];

export const caveats = [
	'Riskkvoten gäller fall; modellen antar att fallskador som kräver specialiserad vård minskar lika mycket.',
	'Effekten räknas bara de år personen deltar; ingen kvarstående effekt året efter.',
	'Kostnaden per fallskada är ett genomsnitt för riket 2020 i 2020 års priser; den är inte uppräknad till dagens priser.',
	'De direkta kostnaderna 2020 (utan anhöriga) fördelade sig annorlunda: kommunerna 6,5 mdkr och regionerna 4,8 mdkr av 11,3 mdkr.'
];

export const findings: PublishedFinding[] = [
	{
		text: 'Fallolyckor bland personer 65+ kostade regioner och kommuner 11,3 mdkr i direkta kostnader 2020: kommunerna 6,5 mdkr och regionerna 4,8 mdkr.',
		source: `${publications.socialstyrelsen2022}, citerad i ${publications.sourceDocument001}; ${COSTS_TABLE}`
	},
	{
		text: 'Med indirekta kostnader var den totala kostnaden 16,8 mdkr 2020.',
		source: `${publications.socialstyrelsenPress}; ${COSTS_TABLE}`
	},
	{
		text: 'Kostnaden faller mest på den kommunala äldreomsorgen; i regionerna är slutenvården den största posten.',
		source: `${publications.socialstyrelsenNewsCost}; ${COSTS_TABLE}`
	},
	{
		text: 'Region Värmlands kostnad för fallskador ökade med 36 mnkr från 2020 till 2021.',
		source: `${publications.sourceDocument001}; ${COSTS_TABLE}`
	},
	{
		text: 'Fallskador per 1 000 invånare 80+ som lett till slutenvård varierar mellan Värmlands kommuner från 47 till 82.',
		source: `${publications.sourceDocument001}; ${COSTS_TABLE}`
	},
	{
		text: 'Fysisk träning, bostadsanpassning med hjälpmedel och halkskydd vintertid har visat sig kostnadsbesparande för både regioner och kommuner (äldre som bor hemma).',
		source: `${publications.socialstyrelsen2022}; ${COSTS_TABLE}`
	}
];

export const fallInjuryOutcome = {
	costPerEvent: costPerFallInjury,
	costShares: fallInjuryCostShares,
	costSharesProvenance: fallInjuryCostSharesProvenance
};

/** An effect (a rate ratio) as its publication gives it, without an interval; drawn lognormally. */
export const publishedEffect = (likely: number, source: string): UncertainNumber => ({
	likely,
	distribution: 'lognormal',
	source: `${source}; ${EFFECTS_TABLE}`
});
