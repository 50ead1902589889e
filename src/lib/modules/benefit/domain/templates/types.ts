import type { QualitativeGain } from '../qualitative.ts';
import type { CostItem, CostShare, Organisation, Provenance, UncertainNumber } from '../types.ts';

/** The shape of a scenario template and of what the user gives to make a scenario of it. */

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
