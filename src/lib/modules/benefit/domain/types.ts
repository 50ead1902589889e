/**
 * The benefit model (nyttokalkyl): who pays and who gains, year by year, when
 * one organisation invests in a preventive effort and others reap the gains.
 * These are the input types of a scenario; schema.ts validates them (with
 * Swedish messages), model.ts computes the deterministic result, montecarlo.ts
 * and sensitivity.ts the uncertainty.
 *
 * Units, once and for all:
 * - Money is Swedish kronor. The model computes in floating point and never
 *   rounds; round only when presenting (summary.ts). The project's rule of
 *   whole kronor as integers is for money that is stored and booked; these are
 *   estimates, and rounding each year's figure would make totals disagree with
 *   their parts.
 * - Shares and rates are fractions: a reach of 0.25 is 25 %, a baseline rate of
 *   0.049 is 4 900 events per 100 000 persons and year.
 * - Years are counted from 1 (the first year of the effort) to the horizon.
 */

import type { QualitativeGain } from './qualitative.ts';

/**
 * How an uncertain number is drawn in the Monte Carlo when it has a range.
 *
 * - `pert` (the default for a range): a beta distribution on [low, high] with
 *   its mode at `likely` and mean (low + 4·likely + high) / 6. Meant for
 *   judgements ("somewhere between 10 and 30 %, most likely 20 %"): it keeps
 *   most of the weight near the likely value, unlike the triangular.
 * - `triangular`: on [low, high] with its mode at `likely`; mean
 *   (low + likely + high) / 3. Heavier towards the ends than PERT.
 * - `lognormal`: for ratios reported with a 95 % confidence interval (a rate
 *   ratio from a meta-analysis). `low` and `high` are read as the interval's
 *   bounds, and the distribution is fitted to them: μ = (ln low + ln high) / 2,
 *   σ = (ln high − ln low) / (2 · 1.96). It is not bounded by low and high
 *   (5 % of draws fall outside), needs low > 0, and its median is
 *   √(low · high), which for a published ratio is close to the point estimate.
 *
 * Without both `low` and `high` the number is certain: every draw is `likely`.
 */
export type Distribution = 'triangular' | 'pert' | 'lognormal';

/** Where a figure comes from. Every figure shown carries its source and period. */
export interface Provenance {
	/** the publication (and table/page), a dataset, or "Angivet av användaren" */
	source?: string;
	/** the year or period the figure describes, e.g. "2020" */
	period?: string;
	/** for a figure computed from published ones: the arithmetic, with the numbers */
	derivation?: string;
}

/** A number that may be uncertain: the likely value, optionally with a range. */
export interface UncertainNumber extends Provenance {
	likely: number;
	low?: number;
	high?: number;
	/** see `Distribution`; `pert` when a range is given and this is not */
	distribution?: Distribution;
}

/** The parties in a scenario. Their ids are free text; these kinds are the usual ones. */
export type OrganisationKind = 'region' | 'municipality' | 'individual' | 'relatives' | 'other';

export interface Organisation {
	/** e.g. 'region', 'municipality', 'individual', 'relatives', or 'kommun-1780' */
	id: string;
	kind: OrganisationKind;
	/** in the form that can start a sentence: "Regionen", "Kommunen", "Region Värmland" */
	name: string;
}

/**
 * A cost borne by one organisation: either per participant and year
 * (`per_participant`: amount × participants of the year) or a fixed amount per
 * year (`fixed`), in the years fromYear..toYear (inclusive; default the whole
 * horizon). A one-off start-up cost is a fixed cost with fromYear = toYear = 1.
 */
export interface CostItem {
	name: string;
	organisationId: string;
	basis: 'per_participant' | 'fixed';
	/** kronor per participant and year, or kronor per year */
	amount: UncertainNumber;
	fromYear?: number;
	toYear?: number;
}

/** Who bears which share of the cost of one event. */
export interface CostShare {
	organisationId: string;
	/** a fraction; the shares of an outcome sum to 1 */
	share: number;
}

/**
 * An outcome the effort prevents, e.g. a fall injury treated in hospital.
 * Avoided events of a year = participants × baselineRate × (1 − rateRatio).
 */
export interface Outcome {
	id: string;
	name: string;
	/** events per person and year in the target group without the effort */
	baselineRate: UncertainNumber;
	/** the effect: event rate with the effort ÷ rate without it; 1 is no effect, above 1 is harm */
	rateRatio: UncertainNumber;
	/** kronor per event, all organisations together */
	costPerEvent: UncertainNumber;
	/** how the cost of one event is split; an organisation not listed bears none of it */
	costShares: CostShare[];
	costSharesProvenance?: Provenance;
}

export interface ScenarioInput {
	name: string;
	/** what is done, e.g. "Fysisk träning i grupp" */
	intervention: string;
	/** who it is for, e.g. "Personer 65 år och äldre som bor hemma" */
	targetGroup: string;
	/** SCB codes (4 digits) of the municipalities where the effort is made */
	municipalities: string[];
	organisations: Organisation[];
	/** persons in the target group in the chosen municipalities (constant over the horizon) */
	population: UncertainNumber;
	/** the share of the target group taking part once fully rolled out */
	reach: UncertainNumber;
	/**
	 * the share of the full reach attained in year 1, 2, …; the last value
	 * holds for the remaining years. [0.5, 1] is half the reach in year 1, full
	 * reach from year 2.
	 */
	rampUp: number[];
	costs: CostItem[];
	outcomes: Outcome[];
	/** whole years, 1–50 */
	horizonYears: number;
	/** a fraction per year, e.g. 0.03; see model.ts for how years are discounted */
	discountRate: number;
	/** the gains money does not measure */
	qualitativeGains?: QualitativeGain[];
	/** the template the scenario was made from, if any */
	templateId?: string;
}
