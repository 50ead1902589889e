import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { computeScenario } from './model.ts';
import { FOCUS_SHIFT_KEYS, VARMLAND_CITIZEN_STATEMENTS } from './qualitative.ts';
import {
	antiSlipTemplate,
	costPerFallInjury,
	exerciseTemplate,
	homeHazardTemplate,
	nationalFallInjuryRate65,
	scenarioFromTemplate,
	templateById,
	templates,
	type ScenarioTemplate,
	type TemplateUserInput
} from './templates.ts';
import type { UncertainNumber } from './types.ts';

/** The project's evidence file (shared reference data, next to the project). */
const evidenceFile = readFileSync(
	new URL('../../../../../seed/evidence/fall-prevention.md', import.meta.url),
	'utf8'
);
const evidenceRow = (label: string) => {
	const row = evidenceFile.split('\n').find((line) => line.startsWith(`| ${label} |`));
	if (!row) throw new Error(`no row "${label}" in fall-prevention.md`);
	return row;
};

/** The "published by" column of a row; "same review" means the row above's. */
const publisherOf = (label: string): string => {
	const rows = evidenceFile.split('\n').filter((line) => line.startsWith('| '));
	let i = rows.findIndex((line) => line.startsWith(`| ${label} |`));
	while (i > 0 && rows[i]!.split('|')[3]!.trim() === 'same review') i--;
	return rows[i]!.split('|')[3]!.trim();
};

/** Intl's spaces (U+00A0) and minus (U+2212) as plain characters, for readable expectations. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-');

describe('every figure a template fills in is in the evidence file, in the row it cites', () => {
	test.each([
		[
			'exercise, community-dwelling people 60+',
			exerciseTemplate.outcome.rateRatio,
			'0.77 (59 studies, high certainty)',
			'Sherrington'
		],
		[
			'balance and functional exercise',
			exerciseTemplate.rateRatioAlternatives[0]!.rateRatio,
			'0.76',
			'Sherrington'
		],
		[
			'multiple types of exercise',
			exerciseTemplate.rateRatioAlternatives[1]!.rateRatio,
			'0.66',
			'Sherrington'
		],
		['Tai Chi', exerciseTemplate.rateRatioAlternatives[2]!.rateRatio, '0.81', 'Sherrington'],
		[
			'3 h/week or more including balance work',
			exerciseTemplate.rateRatioAlternatives[3]!.rateRatio,
			'0.58',
			'Sherrington'
		],
		[
			'home fall-hazard reduction, people at higher risk',
			homeHazardTemplate.outcome.rateRatio,
			'0.62',
			'Clemson'
		],
		[
			'home fall-hazard reduction, all',
			homeHazardTemplate.rateRatioAlternatives[0]!.rateRatio,
			'0.74',
			'Clemson'
		],
		[
			'home fall-hazard reduction, not selected for risk',
			homeHazardTemplate.rateRatioAlternatives[1]!.rateRatio,
			'1.05 (no effect)',
			'Clemson'
		],
		[
			'anti-slip shoe device, outdoor falls on snow or ice',
			antiSlipTemplate.outcome.rateRatio,
			'0.42',
			'McKiernan'
		],
		[
			'anti-slip shoe device, outdoor falls on snow or ice',
			antiSlipTemplate.rateRatioAlternatives[0]!.rateRatio,
			'(injurious falls 0.13)',
			'McKiernan'
		]
	])('rate ratio of "%s"', (label, value: UncertainNumber, figure, publisher) => {
		const row = evidenceRow(label);
		expect(row).toContain(figure);
		expect(figure).toContain(String(value.likely));
		expect(publisherOf(label)).toContain(publisher);
		expect(value.source).toContain(publisher);
		expect(value.source).toContain('"Effects of interventions on the rate of falls"');
	});

	test('the cost per fall injury is derived from the national figures, and shows how', () => {
		expect(evidenceRow('total cost 2020 including informal care by relatives')).toContain(
			'11.6 bn SEK: municipalities 56 %, regions 41 %, relatives 3 %'
		);
		expect(
			evidenceRow('people 65+ treated in hospital or specialist outpatient care after a fall')
		).toContain('101,821 in 2020 (4,903 per 100,000)');
		// 11 600 000 000 / 101 821 = 113 925.418…
		expect(costPerFallInjury.likely).toBeCloseTo(113_925.418, 3);
		expect(plain(costPerFallInjury.derivation!)).toContain(
			'11,6 mdkr ÷ 101 821 personer = 113 925 kr per person.'
		);
		expect(costPerFallInjury.source).toContain('Kunskapsguiden');
		expect(costPerFallInjury.source).toContain('Fallolyckor bland äldre');
		expect(costPerFallInjury.period).toContain('2020');
	});

	test('the national baseline rate is 4 903 per 100 000, shown as a rate per person', () => {
		expect(nationalFallInjuryRate65.likely).toBe(0.04903);
		expect(plain(nationalFallInjuryRate65.derivation!)).toContain(
			'4 903 per 100 000 personer 65+ = 0,04903 per person och år.'
		);
	});

	test('the cost split is the one published, and adds up to 100 %', () => {
		for (const t of templates) {
			expect(t.outcome.costShares).toEqual([
				{ organisationId: 'municipality', share: 0.56 },
				{ organisationId: 'region', share: 0.41 },
				{ organisationId: 'relatives', share: 0.03 }
			]);
			expect(t.outcome.costSharesProvenance.source).toContain('Kunskapsguiden');
		}
	});

	test('no template holds a number that is not from the evidence or derived from it', () => {
		const allowed = new Set([
			0.77,
			0.76,
			0.66,
			0.81,
			0.58,
			0.62,
			0.74,
			1.05,
			0.42,
			0.13,
			0.56,
			0.41,
			0.03,
			costPerFallInjury.likely,
			nationalFallInjuryRate65.likely
		]);
		const numbers: number[] = [];
		const walk = (node: unknown) => {
			if (typeof node === 'number') numbers.push(node);
			else if (node && typeof node === 'object') Object.values(node).forEach(walk);
		};
		templates.forEach(walk);
		expect(numbers.filter((n) => !allowed.has(n))).toEqual([]);
	});
});

describe('sources', () => {
	test.each(templates.map((t) => [t.id, t] as const))(
		'%s: every input and finding has a source',
		(_, t) => {
			const sourced: UncertainNumber[] = [
				t.outcome.rateRatio,
				t.outcome.costPerEvent,
				...(t.outcome.baselineRate ? [t.outcome.baselineRate] : []),
				...t.rateRatioAlternatives.map((a) => a.rateRatio)
			];
			for (const value of sourced) expect(value.source?.length).toBeGreaterThan(20);
			expect(t.outcome.costPerEvent.derivation).toMatch(/÷/);
			if (t.outcome.baselineRate) expect(t.outcome.baselineRate.derivation).toMatch(/per 100 000/);
			for (const f of t.publishedFindings)
				expect(f.source).toMatch(/fall-prevention\.md, tabellen "Costs \(Sweden\)"/);
			expect(t.qualitativeGains.length).toBeGreaterThan(0);
			for (const g of t.qualitativeGains) {
				expect(g.source).toContain('001_ae9703054a45fcdc.txt');
				expect(g.citizenStatements.length).toBeGreaterThan(0);
				for (const s of g.citizenStatements) expect(VARMLAND_CITIZEN_STATEMENTS).toContain(s);
				for (const f of g.focusShifts) expect(FOCUS_SHIFT_KEYS).toContain(f);
			}
		}
	);

	test('the templates without a published baseline require it', () => {
		expect(exerciseTemplate.required.map((r) => r.key)).not.toContain('baselineRate');
		for (const t of [homeHazardTemplate, antiSlipTemplate]) {
			expect(t.outcome.baselineRate).toBeNull();
			expect(t.required.map((r) => r.path)).toContain('outcomes.0.baselineRate');
		}
	});

	test('templates are found by id', () => {
		expect(templateById('fall-exercise')).toBe(exerciseTemplate);
		expect(templateById('okänd')).toBeUndefined();
	});
});

/** Illustrative inputs a user could enter; made up for the test. */
const userInput = (): TemplateUserInput => ({
	municipalities: ['1780'],
	population: { likely: 10_000 },
	reach: { likely: 0.1 },
	rampUp: [1],
	costs: [
		{
			name: 'Träningsledare',
			organisationId: 'municipality',
			basis: 'per_participant',
			amount: { likely: 2_000 }
		}
	],
	horizonYears: 5,
	discountRate: 0.03
});

describe('a scenario from a template', () => {
	test('with nothing entered, every required input is asked for at its field', () => {
		const result = scenarioFromTemplate(homeHazardTemplate, {});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual([
			'costs',
			'discountRate',
			'horizonYears',
			'municipalities',
			'outcomes.0.baselineRate',
			'population',
			'rampUp',
			'reach'
		]);
		expect(result.errors.reach).toEqual([
			'Ange räckvidden: hur stor andel av målgruppen som deltar. Underlaget anger den inte.'
		]);
		expect(result.errors.municipalities).toEqual(['Välj minst en kommun.']);
		expect(result.errors['outcomes.0.baselineRate']![0]).toMatch(/^Ange basnivån: /);
	});

	test('bad user input gets the schema message at the field', () => {
		const result = scenarioFromTemplate(exerciseTemplate, {
			...userInput(),
			reach: { likely: 1.5 }
		});
		expect(result).toEqual({
			ok: false,
			errors: { 'reach.likely': ['Räckvidden kan inte vara över 100 %.'] }
		});
	});

	test('the exercise template computes with the user inputs and credits them to the user', () => {
		/*
		 * participants = 10 000 × 0.1 = 1 000 a year; costs 1 000 × 2 000 = 2 000 000 kr a year
		 * avoided fall injuries = 1 000 × 0.04903 × (1 − 0.77) = 11.2769 a year
		 * avoided costs = 11.2769 × 113 925.418… = 1 284 725.3… kr a year, of which the
		 * municipality bears 56 % (719 446.2), the region 41 % (526 737.4), relatives 3 % (38 541.8)
		 */
		const result = scenarioFromTemplate(exerciseTemplate, userInput());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.population.source).toBe('Angivet av användaren');
		expect(result.value.outcomes[0]!.baselineRate).toEqual(nationalFallInjuryRate65);
		expect(result.value.qualitativeGains).toEqual(exerciseTemplate.qualitativeGains);
		const r = computeScenario(result.value);
		expect(r.outcomes[0]!.avoidedEvents[0]).toBeCloseTo(11.2769, 9);
		const year1 = (id: string) => r.organisations.find((o) => o.id === id)!.years[0]!;
		expect(year1('municipality').costs).toBe(2_000_000);
		expect(year1('municipality').avoidedCosts).toBeCloseTo(
			11.2769 * costPerFallInjury.likely * 0.56,
			6
		);
		expect(year1('region').avoidedCosts).toBeCloseTo(526_737.4, 0);
		expect(year1('relatives').avoidedCosts).toBeCloseTo(38_541.8, 0);
		expect(year1('individual').avoidedCosts).toBe(0);
	});

	test('adding the confidence interval keeps the published estimate and says who added the interval', () => {
		const result = scenarioFromTemplate(exerciseTemplate, {
			...userInput(),
			rateRatio: { low: 0.7, high: 0.85 }
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const rr = result.value.outcomes[0]!.rateRatio;
		expect(rr).toMatchObject({ likely: 0.77, low: 0.7, high: 0.85, distribution: 'lognormal' });
		expect(rr.source).toMatch(/^Sherrington m\.fl\., Cochrane-översikt CD012424 \(2019\)/);
		expect(rr.source).toMatch(/intervallet angivet av användaren$/);
	});

	test('another published effect can be chosen, with its own source', () => {
		const tai = exerciseTemplate.rateRatioAlternatives.find((a) => a.label === 'Tai Chi')!;
		const result = scenarioFromTemplate(exerciseTemplate, {
			...userInput(),
			rateRatio: tai.rateRatio
		});
		expect(result.ok && result.value.outcomes[0]!.rateRatio).toEqual(tai.rateRatio);
	});

	test('a likely value of the user’s own replaces the source', () => {
		const result = scenarioFromTemplate(exerciseTemplate, {
			...userInput(),
			costPerEvent: { likely: 90_000 }
		});
		const cost = result.ok ? result.value.outcomes[0]!.costPerEvent : undefined;
		expect(cost).toEqual({
			likely: 90_000,
			source: 'Angivet av användaren',
			derivation: undefined,
			period: '2020, i 2020 års priser'
		});
	});
});

test.each(templates.map((t): [string, ScenarioTemplate] => [t.id, t]))(
	'%s: every required input is named with a Swedish message',
	(_, t) => {
		for (const need of t.required) expect(need.message).toMatch(/^Ange /);
	}
);
