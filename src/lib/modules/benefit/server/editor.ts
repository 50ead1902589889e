import { error, fail } from '@sveltejs/kit';
import {
	templateById,
	validateScenario,
	type QualitativeGain,
	type ScenarioInput,
	type ScenarioTemplate
} from '../domain/index.ts';
import {
	costRowsToShow,
	errorsForForm,
	PER_100000,
	scenarioFromForm,
	valuesOfScenario,
	withUncertain,
	type FormValues,
	type ScenarioDraft
} from '../ui/form.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { Outcome } from '../../../core/outcome.ts';
import type { ResultsView, TemplateInfo } from '../ui/types.ts';
import { checkedFormData } from '../../../platform/forms.ts';
import { anonymous, type Actor } from '../../../core/actor.ts';
import { resultCharts } from './charts.ts';
import { boundsErrors } from './compute-bounds.ts';
import {
	computeValidated,
	DRAWS,
	fillFromData,
	type ComputedScenario,
	type ScenarioConflict
} from './service.ts';

/**
 * The scenario editor's form actions, shared by the page for a new scenario
 * and the page of a saved one: recompute, fill from Nära's data, save. Thin:
 * the form is read and written by ui/benefit/form.ts, the rules are the
 * service's and the model's.
 */

/** What every action of the editor returns, so the page reads one shape. */
export interface EditorState {
	values: FormValues;
	results: ResultsView | null;
	fields: Record<string, string[]>;
	/** what went wrong, above the error summary */
	message?: string;
	/** what went right, e.g. what was filled in from data */
	notice?: string;
	/** after a conflict: the scenario as it is saved now */
	current?: ScenarioConflict;
}

/** Fields of the save form that are not part of the scenario. */
const META = ['description', 'visibility', 'revision'] as const;

export function resultsView(computed: ComputedScenario): ResultsView {
	return { computed, charts: resultCharts(computed) };
}

export function templateInfo(template: ScenarioTemplate): TemplateInfo {
	const needs: Record<string, string> = {};
	for (const need of [...template.required, ...template.recommended]) {
		const field = /^(population|reach|outcomes\.\d+\.\w+)$/.test(need.path)
			? `${need.path}.likely`
			: need.path;
		needs[field] = need.message;
	}
	return {
		id: template.id,
		name: template.name,
		description: template.description,
		caveats: template.caveats,
		publishedFindings: template.publishedFindings,
		rateRatioAlternatives: template.rateRatioAlternatives,
		needs
	};
}

/** A new scenario from a template: its figures with their sources, the rest left to fill in. */
export function templateDraft(template: ScenarioTemplate): ScenarioDraft {
	return {
		name: template.name,
		intervention: template.intervention,
		targetGroup: template.targetGroup,
		municipalities: [],
		organisations: template.organisations,
		rampUp: [],
		costs: [],
		outcomes: [
			{
				id: template.outcome.id,
				name: template.outcome.name,
				baselineRate: template.outcome.baselineRate,
				rateRatio: template.outcome.rateRatio,
				costPerEvent: template.outcome.costPerEvent,
				costShares: template.outcome.costShares,
				costSharesProvenance: template.outcome.costSharesProvenance
			}
		],
		templateId: template.id
	};
}

/** The template of a `?mall=` parameter, or the 404 page. */
export function templateOr404(id: string | null): ScenarioTemplate {
	const template = id ? templateById(id) : undefined;
	if (!template) error(404, 'Mallen finns inte. Välj en mall under Nyttokalkyl.');
	return template;
}

/** The submitted form: every field as text, and the chosen municipalities as "1780,1715". */
export async function readEditorForm(request: Request): Promise<FormValues> {
	const data = await checkedFormData(request);
	const values: FormValues = {};
	for (const [key, value] of data) if (typeof value === 'string') values[key] = value;
	values.municipalities = data
		.getAll('municipalities')
		.filter((v): v is string => typeof v === 'string' && /^\d{4}$/.test(v))
		.join(',');
	return values;
}

const metaOf = (values: FormValues): FormValues =>
	Object.fromEntries(META.flatMap((k) => (values[k] === undefined ? [] : [[k, values[k]!]])));

const state = (values: FormValues, over: Partial<EditorState> = {}): EditorState => ({
	values,
	results: null,
	fields: {},
	...over
});

/** The qualitative gains that go with the form's scenario: its template's, else those saved with it. */
function gainsFor(values: FormValues, saved?: ScenarioInput): QualitativeGain[] | undefined {
	const template = values.templateId ? templateById(values.templateId) : undefined;
	return template?.qualitativeGains ?? saved?.qualitativeGains;
}

/**
 * What the form's template requires that the schema does not: the effort's
 * own costs (a calculation of an effort that costs nothing would only show
 * gains). Keyed by the first empty cost row.
 */
export function templateGaps(values: FormValues): Record<string, string[]> {
	const template = values.templateId ? templateById(values.templateId) : undefined;
	const need = template?.required.find((n) => n.key === 'costs');
	if (!need || scenarioFromForm(values).costRows.length > 0) return {};
	return { [`costs.${costRowsToShow(values)[0]}.name`]: [need.message] };
}

/** The form as a validated scenario, or the errors keyed by the form's fields. */
export function scenarioOfForm(
	values: FormValues,
	saved?: ScenarioInput
):
	| { ok: true; scenario: ScenarioInput }
	| { ok: false; candidate: Record<string, unknown>; fields: Record<string, string[]> } {
	const { candidate, costRows } = scenarioFromForm(values, {
		qualitativeGains: gainsFor(values, saved)
	});
	const validated = validateScenario(candidate);
	const gaps = templateGaps(values);
	if (validated.ok && Object.keys(gaps).length === 0)
		return { ok: true, scenario: validated.value };
	const fields = validated.ok ? {} : errorsForForm(validated.errors, costRows);
	return { ok: false, candidate, fields: { ...gaps, ...fields } };
}

/** The bounds of the API (compute-limits.ts) for the forms: anonymous callers get a shorter horizon. */
function overBounds(actor: Actor, scenario: ScenarioInput) {
	return boundsErrors(actor, DRAWS, scenario.horizonYears);
}

/** `?/compute`: the form recomputed on the server, or its errors at the fields. */
export function computeAction(values: FormValues, saved?: ScenarioInput, actor: Actor = anonymous) {
	const form = scenarioOfForm(values, saved);
	const over = form.ok ? overBounds(actor, form.scenario) : null;
	if (over) {
		return fail(
			400,
			state(values, { message: 'Kalkylen är större än Nära räknar åt dig.', fields: over })
		);
	}
	if (!form.ok) {
		return fail(
			400,
			state(values, {
				message: 'Kalkylen kunde inte räknas. Rätta uppgifterna nedan.',
				fields: form.fields
			})
		);
	}
	return state(
		{ ...metaOf(values), ...valuesOfScenario(form.scenario) },
		{ results: resultsView(computeValidated(form.scenario)) }
	);
}

/**
 * `?/fill`: the population 80+ and the fall-injury baseline of the chosen
 * municipalities from Nära's data, written into the form with their sources;
 * the scenario is computed as well when everything else is in place.
 */
export async function fillAction(
	db: Db,
	countyCode: string,
	values: FormValues,
	templateTargetGroup: string | undefined,
	saved?: ScenarioInput,
	actor: Actor = anonymous
) {
	const codes = (values.municipalities ?? '').split(',').filter(Boolean);
	const filled = await fillFromData(db, countyCode, codes);
	if (filled.kind !== 'ok') {
		const fields = filled.kind === 'invalid' ? filled.fields : {};
		return fail(400, state(values, { message: filled.message, fields }));
	}
	let next = { ...values };
	const { population, baselineRate, targetGroup, problems } = filled.value;
	if (population) next = withUncertain(next, 'population', population);
	if (baselineRate) {
		next = withUncertain(next, 'outcomes.0.baselineRate', baselineRate, PER_100000);
	}
	if (population && (!next.targetGroup?.trim() || next.targetGroup === templateTargetGroup)) {
		next.targetGroup = targetGroup;
	}
	const filledWhat = [
		population ? 'befolkningen 80 år och äldre' : '',
		baselineRate ? 'basnivån för fallskador' : ''
	].filter(Boolean);
	const notice = filledWhat.length
		? `Hämtat ur Näras data: ${filledWhat.join(' och ')}. Källan och uträkningen står vid fälten.`
		: undefined;
	if (Object.keys(problems).length) {
		return state(next, { message: 'Alla uppgifter kunde inte hämtas.', fields: problems, notice });
	}
	const form = scenarioOfForm(next, saved);
	const over = form.ok ? overBounds(actor, form.scenario) : null;
	if (over)
		return state(next, {
			message: 'Kalkylen är större än Nära räknar åt dig.',
			fields: over,
			notice
		});
	return state(form.ok ? { ...metaOf(next), ...valuesOfScenario(form.scenario) } : next, {
		notice,
		results: form.ok ? resultsView(computeValidated(form.scenario)) : null
	});
}

/** The service's field errors ("scenario.reach.likely") keyed by the form's fields. */
function saveErrors(
	fields: Record<string, string[]>,
	values: FormValues,
	saved?: ScenarioInput
): Record<string, string[]> {
	const scenarioErrors: Record<string, string[]> = {};
	const other: Record<string, string[]> = {};
	for (const [key, messages] of Object.entries(fields)) {
		if (key === 'scenario') other.kalkyl = messages;
		else if (key.startsWith('scenario.')) scenarioErrors[key.slice('scenario.'.length)] = messages;
		else other[key] = messages;
	}
	const { costRows } = scenarioFromForm(values, { qualitativeGains: gainsFor(values, saved) });
	return { ...errorsForForm(scenarioErrors, costRows), ...other };
}

/** What a save action sends to the service: the scenario as the API takes it, with the save's fields. */
export function saveInput(values: FormValues, saved?: ScenarioInput): Record<string, unknown> {
	const { candidate } = scenarioFromForm(values, { qualitativeGains: gainsFor(values, saved) });
	return {
		description: values.description ?? '',
		visibility: values.visibility,
		revision: values.revision,
		scenario: candidate
	};
}

/**
 * Before a save: the scenario's errors at the form's fields (with what the
 * template requires), or null when the service may have it.
 */
export function refusedBeforeSave(values: FormValues, saved?: ScenarioInput) {
	const form = scenarioOfForm(values, saved);
	if (form.ok) return null;
	return fail(
		400,
		state(values, {
			message: 'Kalkylen kunde inte sparas. Rätta uppgifterna nedan.',
			fields: form.fields
		})
	);
}

/** A refused save (or archiving) as the form shows it: errors at the fields, or the conflict. */
export function saveFailure(
	outcome: Exclude<Outcome<unknown>, { kind: 'ok' }>,
	values: FormValues,
	saved?: ScenarioInput
) {
	switch (outcome.kind) {
		case 'invalid':
			return fail(
				400,
				state(values, {
					message: 'Kalkylen kunde inte sparas. Rätta uppgifterna nedan.',
					fields: saveErrors(outcome.fields, values, saved)
				})
			);
		case 'conflict':
			return fail(
				409,
				state(values, {
					message: outcome.message,
					current: outcome.current as ScenarioConflict | undefined
				})
			);
		case 'too_many':
			return fail(429, state(values, { message: outcome.message }));
		case 'forbidden':
			error(403, outcome.message);
		// falls through: error() throws
		case 'not_found':
			error(404, outcome.message);
	}
}
