import {
	antiSlipQualitativeGains,
	exerciseQualitativeGains,
	homeHazardQualitativeGains,
	type QualitativeGain
} from './qualitative.ts';
import { validateScenario, type FieldErrors, type ScenarioValidation } from './schema.ts';
import type { CostItem, CostShare, Organisation, Provenance, UncertainNumber } from './types.ts';

/**
 * Scenario templates from published evidence on fall prevention among older
 * people (the project's evidence file,  seed/evidence/fall-prevention.md, copied from the shared reference data).
 * Every figure a template fills in names its publication and the table of the
 * evidence file it is taken from; figures computed from published ones show
 * their arithmetic. What the evidence does not give (the population, reach,
 * ramp-up, the effort's own costs, horizon, discount rate, and for two of the
 * templates the baseline rate) is an explicit required input: the template
 * invents no numbers.
 */

const EVIDENCE = 'sammanställt i fall-prevention.md';
const COSTS_TABLE = `${EVIDENCE}, tabellen "Costs (Sweden)"`;
const EFFECTS_TABLE = `${EVIDENCE}, tabellen "Effects of interventions on the rate of falls"`;

export const publications = {
	socialstyrelsen2022:
		'Socialstyrelsen, "Fallprevention – en kostnadseffektiv åtgärd? Hälsoekonomiska beräkningar av fallpreventiva åtgärder för äldre" (2022)',
	sourceDocument001: 'Värmlands färdplan, källdokument 001_ae9703054a45fcdc.txt',
	kunskapsguiden: 'Kunskapsguiden, "Ekonomiskt perspektiv på fallpreventivt arbete"',
	socialstyrelsenPress: 'Socialstyrelsens pressmeddelande (2022) om rapporten ovan',
	treatedPersons: 'Socialstyrelsen; Folkhälsomyndigheten, "Fallolyckor bland äldre"',
	socialstyrelsenNewsCost: 'Socialstyrelsen, nyhet om fysisk träning',
	sherrington2019: 'Sherrington m.fl., Cochrane-översikt CD012424 (2019)',
	sherrington2020: 'Sherrington m.fl. 2020, uppdatering för WHO:s riktlinjer (PMC7689963)',
	clemson2023: 'Clemson m.fl., Cochrane-översikt (2023) (PMC9998238)',
	mckiernan2005: 'McKiernan 2005, randomiserad studie (n = 109)'
} as const;

const kr = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 5 });

/** The published figures the templates compute from, as the evidence file gives them. */
export const evidence = {
	/** total cost 2020 including informal care by relatives, kronor */
	totalCostInclRelatives2020: 11.6e9,
	shareMunicipalities: 0.56,
	shareRegions: 0.41,
	shareRelatives: 0.03,
	/** people 65+ treated in hospital or specialist outpatient care after a fall, 2020 */
	treatedPersons2020: 101_821,
	/** the same per 100 000 persons 65+ */
	treatedPer100000In2020: 4_903
} as const;

/**
 * Cost of one fall injury, per person treated: the national total cost (with
 * relatives' informal care) divided by the number of people treated in
 * specialist care after a fall, both 2020.
 */
export const costPerFallInjury: UncertainNumber = {
	likely: evidence.totalCostInclRelatives2020 / evidence.treatedPersons2020,
	source: `${publications.kunskapsguiden} (kostnaden) och ${publications.treatedPersons} (antalet personer); ${COSTS_TABLE}`,
	period: '2020, i 2020 års priser',
	derivation:
		`11,6 mdkr ÷ ${kr.format(evidence.treatedPersons2020)} personer = ` +
		`${kr.format(evidence.totalCostInclRelatives2020 / evidence.treatedPersons2020)} kr per person. ` +
		'Täljaren är den totala kostnaden för fallskador bland personer 65+ år 2020 inklusive anhörigas informella vård; ' +
		'nämnaren är antalet personer 65+ som behandlades i sjukhusvård eller specialiserad öppenvård efter ett fall samma år. ' +
		'Hela den nationella kostnaden läggs alltså på dem som fick specialiserad vård, och den räknas per person, inte per fall.'
};

/** Fall injuries treated in specialist care per person 65+ and year, nationally. */
export const nationalFallInjuryRate65: UncertainNumber = {
	likely: evidence.treatedPer100000In2020 / 100_000,
	source: `${publications.treatedPersons}; ${COSTS_TABLE}`,
	period: '2020, riket',
	derivation:
		`${kr.format(evidence.treatedPer100000In2020)} per 100 000 personer 65+ = ` +
		`${decimal.format(evidence.treatedPer100000In2020 / 100_000)} per person och år. ` +
		'Gäller alla personer 65+ i riket, även de som bor i särskilt boende.'
};

/** Who bears the cost of one fall injury. */
export const fallInjuryCostShares: CostShare[] = [
	{ organisationId: 'municipality', share: evidence.shareMunicipalities },
	{ organisationId: 'region', share: evidence.shareRegions },
	{ organisationId: 'relatives', share: evidence.shareRelatives }
];

export const fallInjuryCostSharesProvenance: Provenance = {
	source: `${publications.kunskapsguiden}; ${COSTS_TABLE}`,
	period: '2020',
	derivation:
		'Av den totala kostnaden 11,6 mdkr bar kommunerna 56 %, regionerna 41 % och anhöriga 3 %. ' +
		'Underlaget anger ingen andel för den enskilda (till exempel patientavgifter), så den enskilda bär ingen del här.'
};

export const templateOrganisations: Organisation[] = [
	{ id: 'municipality', kind: 'municipality', name: 'Kommunen' },
	{ id: 'region', kind: 'region', name: 'Regionen' },
	{ id: 'individual', kind: 'individual', name: 'Den enskilda' },
	{ id: 'relatives', kind: 'relatives', name: 'Anhöriga' }
];

/** An input the user must give before the template can be computed. */
export interface TemplateInputNeed {
	/** the field of the scenario, e.g. "outcomes.0.baselineRate" */
	path: string;
	/** the key in `TemplateUserInput` */
	key: keyof TemplateUserInput;
	/** what to enter and why the template cannot fill it, in Swedish */
	message: string;
}

/** A published finding to compare the scenario with; not a model input. */
export interface PublishedFinding {
	text: string;
	source: string;
}

/** Another published effect the user may choose instead of the template's. */
export interface EffectAlternative {
	label: string;
	rateRatio: UncertainNumber;
}

export interface ScenarioTemplate {
	id: string;
	name: string;
	intervention: string;
	targetGroup: string;
	description: string;
	organisations: Organisation[];
	outcome: {
		id: string;
		name: string;
		/** null when the evidence gives none for this target group: then it is a required input */
		baselineRate: UncertainNumber | null;
		rateRatio: UncertainNumber;
		costPerEvent: UncertainNumber;
		costShares: CostShare[];
		costSharesProvenance: Provenance;
	};
	rateRatioAlternatives: EffectAlternative[];
	required: TemplateInputNeed[];
	/** not required, but without them the uncertainty is understated */
	recommended: TemplateInputNeed[];
	/** assumptions the user should know before trusting the result */
	caveats: string[];
	publishedFindings: PublishedFinding[];
	qualitativeGains: QualitativeGain[];
}

const commonRequired: TemplateInputNeed[] = [
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

const baselineRequired = (group: string): TemplateInputNeed => ({
	path: 'outcomes.0.baselineRate',
	key: 'baselineRate',
	message: `Ange basnivån: hur många fallskador per person och år ${group} har utan insatsen. Underlaget anger den inte för den här målgruppen; den kan hämtas ur ett nyckeltal i Kolada (till exempel N20402 för 80+).`
});

const rateRatioInterval: TemplateInputNeed = {
	path: 'outcomes.0.rateRatio',
	key: 'rateRatio',
	message:
		'Ange riskkvotens 95-procentiga konfidensintervall (lägsta och högsta) ur publikationen. Underlaget återger bara punktskattningen, så utan intervallet räknas effekten som säker.'
};

const costPerEventRange: TemplateInputNeed = {
	path: 'outcomes.0.costPerEvent',
	key: 'costPerEvent',
	message:
		'Ange ett intervall för kostnaden per fallskada om ni har ett. Underlaget ger bara ett genomsnitt för riket.'
};

const commonCaveats = [
	'Riskkvoten gäller fall; modellen antar att fallskador som kräver specialiserad vård minskar lika mycket.',
	'Effekten räknas bara de år personen deltar; ingen kvarstående effekt året efter.',
	'Kostnaden per fallskada är ett genomsnitt för riket 2020 i 2020 års priser; den är inte uppräknad till dagens priser.',
	'De direkta kostnaderna 2020 (utan anhöriga) fördelade sig annorlunda: kommunerna 6,5 mdkr och regionerna 4,8 mdkr av 11,3 mdkr.'
];

const commonFindings: PublishedFinding[] = [
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

const fallInjuryOutcome = {
	costPerEvent: costPerFallInjury,
	costShares: fallInjuryCostShares,
	costSharesProvenance: fallInjuryCostSharesProvenance
};

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

export const templates: ScenarioTemplate[] = [
	exerciseTemplate,
	homeHazardTemplate,
	antiSlipTemplate
];

export function templateById(id: string): ScenarioTemplate | undefined {
	return templates.find((t) => t.id === id);
}

/** What the user gives to make a scenario of a template; `required` lists what must be there. */
export interface TemplateUserInput {
	name?: string;
	/** SCB codes of the chosen municipalities */
	municipalities?: string[];
	/** renames, e.g. { municipality: 'Karlstads kommun' } */
	organisationNames?: Record<string, string>;
	population?: UncertainNumber;
	reach?: UncertainNumber;
	rampUp?: number[];
	costs?: CostItem[];
	horizonYears?: number;
	discountRate?: number;
	/** required where the template has no baseline; replaces it otherwise */
	baselineRate?: UncertainNumber;
	/** merged into the template's effect: give low and high to add the confidence interval */
	rateRatio?: Partial<UncertainNumber>;
	/** merged into the template's cost per event: give low and high to add a range */
	costPerEvent?: Partial<UncertainNumber>;
}

const ENTERED = 'Angivet av användaren';

/** A user's number keeps its own source, or is credited to the user. */
function entered(value: UncertainNumber | undefined): UncertainNumber | undefined {
	if (value === undefined) return undefined;
	return value.source ? value : { ...value, source: ENTERED };
}

/** The template's figure with the user's changes; the source says what the user changed. */
function merged(
	base: UncertainNumber,
	change: Partial<UncertainNumber> | undefined
): UncertainNumber {
	if (!change) return base;
	const next = { ...base, ...change };
	if (change.source) return next;
	if (change.likely !== undefined && change.likely !== base.likely) {
		return { ...next, source: ENTERED, derivation: undefined };
	}
	if (change.low !== undefined || change.high !== undefined) {
		return { ...next, source: `${base.source}; intervallet ${ENTERED.toLowerCase()}` };
	}
	return next;
}

const isMissing = (value: unknown) =>
	value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/**
 * A scenario from a template and the user's inputs, validated. Every required
 * input that is missing gets the template's message at its field; other
 * errors come from the scenario schema.
 */
export function scenarioFromTemplate(
	template: ScenarioTemplate,
	user: TemplateUserInput
): ScenarioValidation {
	const baselineRate = entered(user.baselineRate) ?? template.outcome.baselineRate ?? undefined;
	const candidate = {
		name: user.name ?? template.name,
		intervention: template.intervention,
		targetGroup: template.targetGroup,
		municipalities: user.municipalities ?? [],
		organisations: template.organisations.map((o) => ({
			...o,
			name: user.organisationNames?.[o.id] ?? o.name
		})),
		population: entered(user.population),
		reach: entered(user.reach),
		rampUp: user.rampUp,
		costs: user.costs,
		outcomes: [
			{
				id: template.outcome.id,
				name: template.outcome.name,
				baselineRate,
				rateRatio: merged(template.outcome.rateRatio, user.rateRatio),
				costPerEvent: merged(template.outcome.costPerEvent, user.costPerEvent),
				costShares: template.outcome.costShares,
				costSharesProvenance: template.outcome.costSharesProvenance
			}
		],
		horizonYears: user.horizonYears,
		discountRate: user.discountRate,
		qualitativeGains: template.qualitativeGains,
		templateId: template.id
	};

	const missing: FieldErrors = {};
	for (const need of template.required) {
		const value = need.key === 'baselineRate' ? baselineRate : user[need.key];
		if (isMissing(value)) missing[need.path] = [need.message];
	}
	const result = validateScenario(candidate);
	if (result.ok && Object.keys(missing).length === 0) return result;
	const errors: FieldErrors = { ...missing };
	if (!result.ok) {
		for (const [path, list] of Object.entries(result.errors)) {
			const underMissing = Object.keys(missing).some((m) => path === m || path.startsWith(`${m}.`));
			if (!underMissing) errors[path] = list;
		}
	}
	return { ok: false, errors };
}

/** Field errors of a template's inputs; empty when the scenario can be computed. */
export function templateFieldErrors(
	template: ScenarioTemplate,
	user: TemplateUserInput
): FieldErrors {
	const result = scenarioFromTemplate(template, user);
	return result.ok ? {} : result.errors;
}
