import { describe, expect, test } from 'vitest';
import { exerciseTemplate } from '../domain/templates.ts';
import { valuesOfScenario, type FormValues } from '../ui/form.ts';
import type { Actor } from '../../../core/actor.ts';
import { computeAction, templateDraft, templateGaps } from './editor.ts';

/** The exercise template filled in as a person would, with made-up figures for the effort. */
function filledIn(over: FormValues = {}): FormValues {
	return {
		...valuesOfScenario(templateDraft(exerciseTemplate)),
		municipalities: '1780,1715',
		'population.likely': '6 430',
		'reach.likely': '20',
		'reach.low': '10',
		'reach.high': '30',
		rampUp: '50; 100',
		'costs.0.name': 'Träningsledare',
		'costs.0.organisationId': 'municipality',
		'costs.0.basis': 'per_participant',
		'costs.0.amount.likely': '1 500',
		horizonYears: '10',
		discountRate: '3',
		description: 'Behålls',
		...over
	};
}

describe('the editor form', () => {
	test('a template with everything filled in computes, with its charts and the form as computed', () => {
		const state = computeAction(filledIn());
		if ('status' in state) throw new Error(JSON.stringify(state.data));
		expect(state.results?.computed.summary[0]).toMatch(/^Kommunen betalar i genomsnitt/);
		for (const chart of Object.values(state.results!.charts)) {
			expect(chart.heading).not.toBe('');
			expect(chart.svg).toMatch(/^<svg[^>]* role="img" aria-label="[^"]+"/);
		}
		// the save's own fields are kept; the figures are credited
		expect(state.values.description).toBe('Behålls');
		expect(state.values['population.source']).toBe('Angivet av användaren');
		expect(state.values['outcomes.0.rateRatio.source']).toBe(
			exerciseTemplate.outcome.rateRatio.source
		);
	});

	test('the bad inputs of the issue come back at their fields, with what was typed', () => {
		const state = computeAction(
			filledIn({
				'population.likely': '-5',
				'reach.likely': '120',
				'reach.low': '',
				'reach.high': '',
				'outcomes.0.rateRatio.low': '0,9',
				'outcomes.0.rateRatio.high': '0,6',
				horizonYears: '500'
			})
		);
		if (!('status' in state)) throw new Error('computed bad input');
		expect(state.status).toBe(400);
		expect(state.data.fields).toEqual({
			'population.likely': ['Befolkningen kan inte vara negativ.'],
			'reach.likely': ['Räckvidden kan inte vara över 100 %.'],
			'outcomes.0.rateRatio.low': ['Lägsta värdet kan inte vara högre än det högsta.'],
			horizonYears: ['Tidshorisonten ska vara 1–50 år.']
		});
		expect(state.data.values['reach.likely']).toBe('120');
		expect(state.data.results).toBeNull();
	});

	test('the bounds of the API hold for the form too: anonymous at most 20 years, a person with a role 50', () => {
		const long = filledIn({ horizonYears: '30' });
		const refused = computeAction(long);
		if (!('status' in refused)) throw new Error('computed beyond the bounds');
		expect(refused.status).toBe(400);
		expect(refused.data.message).toBe('Kalkylen är större än Nära räknar åt dig.');
		expect(refused.data.fields).toEqual({
			horizonYears: [
				'Utan inloggning får tidshorisonten vara högst 20 år. Med en roll i ett län (inloggad eller med API-nyckel) går det upp till 50 år.'
			]
		});
		const reader: Actor = {
			kind: 'user',
			userId: 1,
			email: 'läsare@test.nara.invalid',
			name: 'Läsare',
			via: 'session',
			roles: [{ countyCode: '17', role: 'reader', organisationId: null }]
		};
		const computed = computeAction(long, undefined, reader);
		if ('status' in computed) throw new Error(JSON.stringify(computed.data));
		expect(computed.results?.computed.simulation.horizonYears).toBe(30);
	});

	test("the template's required costs: an effort without costs is not computed", () => {
		const values = filledIn({ 'costs.0.name': '', 'costs.0.amount.likely': '' });
		const need = exerciseTemplate.required.find((n) => n.key === 'costs')!.message;
		expect(templateGaps(values)).toEqual({ 'costs.0.name': [need] });
		const state = computeAction(values);
		expect('status' in state && state.data.fields).toEqual({ 'costs.0.name': [need] });
		expect(templateGaps(filledIn())).toEqual({});
	});
});
