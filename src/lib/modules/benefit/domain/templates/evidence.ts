import type { CostShare, Organisation, Provenance, UncertainNumber } from '../types.ts';

/**
 * The published figures the templates compute from, each with its publication and the table of
 * the evidence file (seed/evidence/fall-prevention.md) it is taken from.
 */

const EVIDENCE = 'sammanställt i fall-prevention.md';
export const COSTS_TABLE = `${EVIDENCE}, tabellen "Costs (Sweden)"`;
export const EFFECTS_TABLE = `${EVIDENCE}, tabellen "Effects of interventions on the rate of falls"`;

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
