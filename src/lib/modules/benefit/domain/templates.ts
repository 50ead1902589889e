import { validateScenario, type FieldErrors, type ScenarioValidation } from './schema.ts';
import { antiSlipTemplate } from './templates/anti-slip.ts';
import { exerciseTemplate } from './templates/exercise.ts';
import { homeHazardTemplate } from './templates/home-hazard.ts';
import type { ScenarioTemplate, TemplateUserInput } from './templates/types.ts';
import type { UncertainNumber } from './types.ts';

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

export { costPerFallInjury, nationalFallInjuryRate65 } from './templates/evidence.ts';
export { antiSlipTemplate, exerciseTemplate, homeHazardTemplate };
export type {
	EffectAlternative,
	PublishedFinding,
	ScenarioTemplate,
	TemplateUserInput
} from './templates/types.ts';

export const templates: ScenarioTemplate[] = [
	exerciseTemplate,
	homeHazardTemplate,
	antiSlipTemplate
];

export function templateById(id: string): ScenarioTemplate | undefined {
	return templates.find((t) => t.id === id);
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
