import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nestFormValues } from '../../../core/form-data.ts';
import { computeScenario } from './model.ts';
import { scenarioFieldErrors, validateScenario } from './schema.ts';
import { goldenA } from './test-scenarios.ts';

/** goldenA with one change, as an API caller would send it */
function withChange(change: (s: Record<string, unknown>) => void): unknown {
	const s = structuredClone(goldenA()) as unknown as Record<string, unknown>;
	change(s);
	return s;
}

describe('the bad inputs of the issue get a Swedish message at the field', () => {
	test.each([
		[
			'a negative population',
			(s: Record<string, unknown>) => (s.population = { likely: -5 }),
			{ 'population.likely': ['Befolkningen kan inte vara negativ.'] }
		],
		[
			'a reach over 100 %',
			(s: Record<string, unknown>) => (s.reach = { likely: 1.2 }),
			{ 'reach.likely': ['Räckvidden kan inte vara över 100 %.'] }
		],
		[
			'a range with low above high',
			(s: Record<string, unknown>) => (s.reach = { likely: 0.3, low: 0.5, high: 0.2 }),
			{ 'reach.low': ['Lägsta värdet kan inte vara högre än det högsta.'] }
		],
		[
			'a horizon of 500 years',
			(s: Record<string, unknown>) => (s.horizonYears = 500),
			{ horizonYears: ['Tidshorisonten ska vara 1–50 år.'] }
		]
	])('%s', (_, change, expected) => {
		expect(scenarioFieldErrors(withChange(change))).toEqual(expected);
	});
});

describe('other bad inputs', () => {
	test.each([
		[
			'a negative population at the top of its range',
			(s: Record<string, unknown>) => (s.population = { likely: 10, low: 5, high: -1 }),
			{
				'population.high': ['Befolkningen kan inte vara negativ.'],
				'population.low': ['Lägsta värdet kan inte vara högre än det högsta.']
			}
		],
		[
			'only one end of a range',
			(s: Record<string, unknown>) => (s.reach = { likely: 0.5, low: 0.4 }),
			{ 'reach.high': ['Ange både lägsta och högsta värde, eller inget av dem.'] }
		],
		[
			'a likely value outside its range',
			(s: Record<string, unknown>) => (s.reach = { likely: 0.9, low: 0.4, high: 0.6 }),
			{ 'reach.likely': ['Det troligaste värdet ska ligga mellan det lägsta och det högsta.'] }
		],
		[
			'more costs than any calculation needs (the API is open to all)',
			(s: Record<string, unknown>) =>
				(s.costs = Array.from({ length: 51 }, () => (s.costs as unknown[])[0])),
			{ costs: ['Ange högst 50 kostnader.'] }
		],
		[
			'a lognormal interval starting at zero',
			(s: Record<string, unknown>) =>
				((s.outcomes as Record<string, unknown>[])[0]!.rateRatio = {
					likely: 0.5,
					low: 0,
					high: 0.9,
					distribution: 'lognormal'
				}),
			{
				'outcomes.0.rateRatio.low': [
					'En lognormalfördelning kräver att det lägsta värdet är större än noll.'
				]
			}
		],
		[
			'a horizon that is not a whole number',
			(s: Record<string, unknown>) => (s.horizonYears = 2.5),
			{ horizonYears: ['Tidshorisonten ska vara 1–50 år.'] }
		],
		[
			'a discount rate of 25 %',
			(s: Record<string, unknown>) => (s.discountRate = 0.25),
			{ discountRate: ['Diskonteringsräntan ska vara 0–20 %.'] }
		],
		[
			'a ramp-up over 100 % and longer than the horizon',
			(s: Record<string, unknown>) => (s.rampUp = [0.5, 1.5, 1, 1]),
			{
				'rampUp.1': ['Upptrappningen ska vara 0–100 % för varje år.'],
				rampUp: ['Upptrappningen har fler år än tidshorisonten.']
			}
		],
		[
			'a cost borne by an organisation not in the scenario, after the horizon',
			(s: Record<string, unknown>) =>
				((s.costs as Record<string, unknown>[])[1] = {
					name: 'Uppstart',
					organisationId: 'staten',
					basis: 'fixed',
					amount: { likely: -1 },
					fromYear: 4,
					toYear: 2
				}),
			{
				'costs.1.organisationId': ['Organisationen finns inte i scenariot.'],
				'costs.1.amount.likely': ['Kostnaden kan inte vara negativ.'],
				'costs.1.fromYear': [
					'Året ligger efter tidshorisonten.',
					'Första året kan inte vara efter det sista.'
				]
			}
		],
		[
			'cost shares that do not add up to 100 %',
			(s: Record<string, unknown>) =>
				((s.outcomes as Record<string, unknown>[])[0]!.costShares = [
					{ organisationId: 'municipality', share: 0.4 },
					{ organisationId: 'region', share: 0.55 }
				]),
			{ 'outcomes.0.costShares': ['Andelarna ska tillsammans vara 100 % (nu 95 %).'] }
		],
		[
			'a negative rate ratio and baseline',
			(s: Record<string, unknown>) => {
				const o = (s.outcomes as Record<string, unknown>[])[0]!;
				o.rateRatio = { likely: -0.1 };
				o.baselineRate = { likely: -1 };
			},
			{
				'outcomes.0.rateRatio.likely': ['Riskkvoten kan inte vara negativ.'],
				'outcomes.0.baselineRate.likely': ['Basnivån kan inte vara negativ.']
			}
		],
		[
			'two organisations with the same id and a reserved id',
			(s: Record<string, unknown>) =>
				(s.organisations = [
					{ id: 'region', kind: 'region', name: 'Regionen' },
					{ id: 'region', kind: 'municipality', name: 'Kommunen' },
					{ id: 'system', kind: 'other', name: 'Systemet' }
				]),
			{
				'organisations.1.id': ['Det finns redan en organisation med det id:t.'],
				'organisations.2.id': ['Id:t "system" är reserverat för systemet som helhet.'],
				'costs.0.organisationId': ['Organisationen finns inte i scenariot.'],
				'costs.1.organisationId': ['Organisationen finns inte i scenariot.'],
				'outcomes.0.costShares.0.organisationId': ['Organisationen finns inte i scenariot.']
			}
		],
		[
			'no municipality and no outcome',
			(s: Record<string, unknown>) => {
				s.municipalities = [];
				s.outcomes = [];
			},
			{
				municipalities: ['Välj minst en kommun.'],
				outcomes: ['Ange minst ett utfall som insatsen förebygger.']
			}
		],
		[
			'text where a number belongs',
			(s: Record<string, unknown>) => (s.population = { likely: 'många' }),
			{ 'population.likely': ['Ange ett tal.'] }
		]
	])('%s', (_, change, expected) => {
		expect(scenarioFieldErrors(withChange(change))).toEqual(expected);
	});

	test('every bad field is reported at once, not only the first', () => {
		const errors = scenarioFieldErrors(
			withChange((s) => {
				s.population = { likely: -5 };
				s.reach = { likely: 1.2 };
				s.horizonYears = 500;
				s.name = ' ';
			})
		);
		expect(Object.keys(errors).sort()).toEqual([
			'horizonYears',
			'name',
			'population.likely',
			'reach.likely'
		]);
		expect(errors.name).toEqual(['Ange ett namn för scenariot.']);
	});

	test('something that is not a scenario at all', () => {
		expect(scenarioFieldErrors(null)).toEqual({ form: ['Scenariot saknas eller har fel form.'] });
		expect(scenarioFieldErrors('[]')).toEqual({ form: ['Scenariot saknas eller har fel form.'] });
	});
});

describe('valid input', () => {
	test('a valid scenario comes back unchanged and can be computed', () => {
		const result = validateScenario(goldenA());
		expect(result).toEqual({ ok: true, value: goldenA() });
		if (result.ok) expect(computeScenario(result.value).system.totals.costs).toBe(1_350_000);
	});

	test('numbers from a form: spaces, decimal comma, the minus sign, empty optional fields', () => {
		const form = nestFormValues({
			name: 'Från formuläret',
			intervention: 'Testinsats',
			targetGroup: 'Testgrupp',
			'municipalities.0': '1780',
			'organisations.0.id': 'municipality',
			'organisations.0.kind': 'municipality',
			'organisations.0.name': 'Kommunen',
			'population.likely': '1 234,5',
			'population.low': '',
			'population.high': '',
			'population.distribution': '',
			'reach.likely': '0,25',
			'rampUp.0': '1',
			'outcomes.0.id': 'fall',
			'outcomes.0.name': 'Fallskada',
			'outcomes.0.baselineRate.likely': '0,049',
			'outcomes.0.rateRatio.likely': '0,77',
			'outcomes.0.rateRatio.low': '0,7',
			'outcomes.0.rateRatio.high': '0,85',
			'outcomes.0.rateRatio.distribution': 'lognormal',
			'outcomes.0.costPerEvent.likely': '113\u00a0925',
			'outcomes.0.costShares.0.organisationId': 'municipality',
			'outcomes.0.costShares.0.share': '1',
			horizonYears: '10',
			discountRate: '0,03'
		});
		// a form without cost rows still sends the list, empty
		const result = validateScenario({ ...form, costs: [] });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.population).toEqual({ likely: 1234.5 });
		expect(result.value.reach.likely).toBe(0.25);
		expect(result.value.outcomes[0]!.rateRatio).toEqual({
			likely: 0.77,
			low: 0.7,
			high: 0.85,
			distribution: 'lognormal'
		});
		expect(result.value.outcomes[0]!.costPerEvent.likely).toBe(113_925);
		expect(result.value.horizonYears).toBe(10);
		expect(result.value.discountRate).toBe(0.03);
		expect(scenarioFieldErrors({ ...form, costs: [], discountRate: '\u22120,01' })).toEqual({
			discountRate: ['Diskonteringsräntan ska vara 0–20 %.']
		});
	});
});

describe('whatever arrives, the messages are Swedish', () => {
	const english = /invalid|expected|received|required|too (small|big)/i;

	test('for any value at all', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				for (const list of Object.values(scenarioFieldErrors(value))) {
					for (const message of list) expect(message).not.toMatch(english);
				}
			})
		);
	});

	test('for a scenario with one field replaced by anything', () => {
		const paths = [
			['name'],
			['municipalities'],
			['organisations'],
			['organisations', 0],
			['organisations', 0, 'kind'],
			['population'],
			['population', 'distribution'],
			['reach', 'low'],
			['rampUp'],
			['costs'],
			['costs', 0],
			['costs', 0, 'basis'],
			['costs', 0, 'fromYear'],
			['outcomes', 0],
			['outcomes', 0, 'costShares'],
			['outcomes', 0, 'costShares', 0],
			['outcomes', 0, 'costShares', 0, 'share'],
			['outcomes', 0, 'costSharesProvenance'],
			['horizonYears'],
			['qualitativeGains'],
			['templateId']
		];
		fc.assert(
			fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
				const s = structuredClone(goldenA()) as unknown as Record<PropertyKey, unknown>;
				let node = s;
				for (const key of path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
				node[path.at(-1)!] = value;
				for (const list of Object.values(scenarioFieldErrors(s))) {
					for (const message of list) expect(message).not.toMatch(english);
				}
			})
		);
	});

	test('a plain number stands for a certain value', () => {
		const result = validateScenario({ ...goldenA(), population: 1000, reach: '0,5' });
		expect(result.ok && result.value.population).toEqual({ likely: 1000 });
		expect(result.ok && result.value.reach).toEqual({ likely: 0.5 });
	});
});
