import { describe, expect, test } from 'vitest';
import { computeScenario } from '../domain/model.ts';
import { validateScenario } from '../domain/schema.ts';
import { exerciseTemplate } from '../domain/templates.ts';
import { goldenA } from '../domain/test-scenarios.ts';
import {
	computable,
	costRowsToShow,
	ENTERED,
	errorsForForm,
	formFieldOf,
	readNumber,
	scenarioFromForm,
	valuesOfScenario,
	type FormValues
} from './form.ts';

/** The form's values as a person sees them: no-break spaces and the minus sign as plain characters. */
const plain = (v: FormValues) =>
	Object.fromEntries(
		Object.entries(v).map(([k, s]) => [k, s.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-')])
	);

describe('reading numbers as a Swedish person types them', () => {
	test.each([
		['1 234,5', 1, 1234.5],
		['1\u00a0234', 1, 1234],
		['\u22123', 1, -3],
		['25', 100, 0.25],
		['25 %', 100, 0.25],
		['4 903', 100_000, 0.04903],
		['', 1, undefined],
		['  ', 1, undefined],
		['tjugo', 1, 'tjugo'],
		['Infinity', 1, 'Infinity']
	])('"%s" (÷ %d) → %s', (raw, scale, expected) => {
		expect(readNumber(raw, scale)).toBe(expected);
	});
});

describe('a scenario through the form and back', () => {
	test('golden scenario A survives the round trip, with percent shown as percent', () => {
		const input = goldenA();
		const values = plain(valuesOfScenario(input));
		expect(values).toMatchObject({
			'reach.likely': '50',
			rampUp: '50; 100',
			discountRate: '10',
			'outcomes.0.baselineRate.likely': '10 000',
			'outcomes.0.costShares.0.share': '40',
			'outcomes.0.costShares.1.share': '60',
			'costs.1.amount.likely': '100 000',
			'costs.1.fromYear': '1'
		});
		const back = validateScenario(scenarioFromForm(valuesOfScenario(input)).candidate);
		if (!back.ok) throw new Error(JSON.stringify(back.errors));
		expect(computeScenario(back.value)).toEqual(computeScenario(input));
		expect(back.value.population.source).toBe(ENTERED);
	});

	test("a template's figure keeps its source until the person changes it", () => {
		const draft = {
			...goldenA(),
			outcomes: [{ ...goldenA().outcomes[0]!, costPerEvent: exerciseTemplate.outcome.costPerEvent }]
		};
		const values = valuesOfScenario(draft);
		const kept = scenarioFromForm(values).candidate as {
			outcomes: { costPerEvent: { source: string; derivation?: string } }[];
		};
		expect(kept.outcomes[0]!.costPerEvent.source).toBe(
			exerciseTemplate.outcome.costPerEvent.source
		);
		expect(kept.outcomes[0]!.costPerEvent.derivation).toContain('11,6 mdkr');

		const withRange = scenarioFromForm({
			...values,
			'outcomes.0.costPerEvent.low': '90 000',
			'outcomes.0.costPerEvent.high': '130 000'
		}).candidate as typeof kept;
		expect(withRange.outcomes[0]!.costPerEvent.source).toBe(
			`${exerciseTemplate.outcome.costPerEvent.source}; intervallet angivet av användaren`
		);

		const changed = scenarioFromForm({
			...values,
			'outcomes.0.costPerEvent.likely': '100 000'
		}).candidate as typeof kept;
		expect(changed.outcomes[0]!.costPerEvent).toMatchObject({ source: ENTERED, likely: 100_000 });
		expect(changed.outcomes[0]!.costPerEvent.derivation).toBeUndefined();
	});

	test('changed cost shares are credited to the person', () => {
		const values = valuesOfScenario({
			...goldenA(),
			outcomes: [
				{
					...goldenA().outcomes[0]!,
					costSharesProvenance: { source: 'Kunskapsguiden', period: '2020' }
				}
			]
		});
		const same = scenarioFromForm(values).candidate as {
			outcomes: { costSharesProvenance: { source: string } }[];
		};
		expect(same.outcomes[0]!.costSharesProvenance.source).toBe('Kunskapsguiden');
		const changed = scenarioFromForm({
			...values,
			'outcomes.0.costShares.0.share': '50',
			'outcomes.0.costShares.1.share': '50'
		}).candidate as typeof same;
		expect(changed.outcomes[0]!.costSharesProvenance.source).toBe(ENTERED);
	});

	test('empty cost rows are left out, and errors land on the row the person typed in', () => {
		const values: FormValues = {
			...valuesOfScenario({ ...goldenA(), costs: [] }),
			'costs.0.name': '',
			'costs.0.amount.likely': '',
			'costs.1.name': '',
			'costs.1.amount.likely': '',
			'costs.2.name': 'Ledare',
			'costs.2.organisationId': 'municipality',
			'costs.2.basis': 'per_participant',
			'costs.2.amount.likely': '-5'
		};
		const { candidate, costRows } = scenarioFromForm(values);
		expect(costRows).toEqual([2]);
		expect((candidate.costs as unknown[]).length).toBe(1);
		const result = validateScenario(candidate);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(errorsForForm(result.errors, costRows)).toEqual({
			'costs.2.amount.likely': ['Kostnaden kan inte vara negativ.']
		});
		expect(costRowsToShow(values)).toEqual([2, 3, 4]);
	});
});

describe('where a schema error is shown in the form', () => {
	test.each([
		['population', 'population.likely'],
		['reach.high', 'reach.high'],
		['reach.source', 'reach.likely'],
		['costs.0.amount', 'costs.3.amount.likely'],
		['costs.0', 'costs.3.name'],
		['costs.0.toYear', 'costs.3.toYear'],
		['rampUp.1', 'rampUp'],
		['municipalities.0', 'municipalities'],
		['organisations.2.id', 'organisations.2.name'],
		['outcomes.0.costShares.1.organisationId', 'outcomes.0.costShares.1.share'],
		['outcomes.0.costShares', 'outcomes.0.costShares'],
		['outcomes.0.rateRatio.distribution', 'outcomes.0.rateRatio.distribution'],
		['outcomes', 'kalkyl'],
		['qualitativeGains.0.title', 'kalkyl'],
		['horizonYears', 'horizonYears']
	])('%s → #%s', (path, field) => {
		expect(formFieldOf(path, [3])).toBe(field);
	});
});

describe('recomputing in the browser', () => {
	test('a complete form can be computed; a missing or impossible likely value cannot', () => {
		const values = valuesOfScenario(goldenA());
		expect(computable(scenarioFromForm(values).candidate)).not.toBeNull();
		for (const [field, value] of [
			['horizonYears', '500'],
			['reach.likely', '120'],
			['population.likely', ''],
			['population.likely', '-1'],
			['rampUp', ''],
			['outcomes.0.costShares.0.share', '30'],
			['discountRate', 'tre']
		]) {
			expect(computable(scenarioFromForm({ ...values, [field!]: value! }).candidate), field).toBe(
				null
			);
		}
	});
});
