import { z } from 'zod';
import { FOCUS_SHIFT_KEYS } from './qualitative.ts';
import type { ScenarioInput } from './types.ts';

/**
 * The one schema for a benefit-model scenario: the API validates with it and
 * the forms show its messages, which are in Swedish and name what is wrong.
 * Errors are keyed by the field's dotted path ("outcomes.0.rateRatio.low"),
 * which is also the name of the form field (see form-data.ts).
 *
 * Shares, reach, ramp-up and the discount rate are fractions (0.25 = 25 %);
 * a form that asks for percent divides by 100 before validating. Numbers may
 * come as strings from a form: "1 234,5" (spaces, decimal comma, the minus
 * sign U+2212) is read as 1234.5, and an empty optional field as absent.
 */

export const MAX_HORIZON_YEARS = 50;
export const MAX_DISCOUNT_RATE = 0.2;
/**
 * How many of each a scenario may hold: more than any real calculation needs,
 * few enough that anyone's request to compute one (10 000 draws) stays fast.
 */
export const MAX_ITEMS = {
	municipalities: 400,
	organisations: 20,
	costs: 50,
	outcomes: 10,
	qualitativeGains: 30
} as const;
/** how far the cost shares of an outcome may miss 100 % (rounding in entered percentages) */
export const SHARE_SUM_TOLERANCE = 1e-6;

export const messages = {
	notAScenario: 'Scenariot saknas eller har fel form.',
	notAnObject: 'Uppgiften saknas eller har fel form.',
	notAList: 'Ange en lista.',
	notAText: 'Ange en text.',
	number: 'Ange ett tal.',
	populationNegative: 'Befolkningen kan inte vara negativ.',
	reachNegative: 'Räckvidden kan inte vara negativ.',
	reachOver100: 'Räckvidden kan inte vara över 100 %.',
	rampUp: 'Upptrappningen ska vara 0–100 % för varje år.',
	rampUpEmpty: 'Ange upptrappningen för minst det första året.',
	rampUpTooLong: 'Upptrappningen har fler år än tidshorisonten.',
	lowAboveHigh: 'Lägsta värdet kan inte vara högre än det högsta.',
	likelyOutside: 'Det troligaste värdet ska ligga mellan det lägsta och det högsta.',
	bothOrNeither: 'Ange både lägsta och högsta värde, eller inget av dem.',
	lognormalLow: 'En lognormalfördelning kräver att det lägsta värdet är större än noll.',
	distribution: 'Välj en fördelning: triangulär, PERT eller lognormal.',
	horizon: `Tidshorisonten ska vara 1–${MAX_HORIZON_YEARS} år.`,
	discountRate: `Diskonteringsräntan ska vara 0–${MAX_DISCOUNT_RATE * 100} %.`,
	scenarioName: 'Ange ett namn för scenariot.',
	intervention: 'Beskriv insatsen.',
	targetGroup: 'Beskriv målgruppen.',
	municipalityCode: 'Kommunkoden ska vara fyra siffror (SCB:s kod).',
	municipalitiesEmpty: 'Välj minst en kommun.',
	municipalityTwice: 'Kommunen är redan vald.',
	organisationsEmpty: 'Ange minst en organisation.',
	organisationId: 'Id:t får bara innehålla små bokstäver a–z, siffror, - och _.',
	organisationIdReserved: 'Id:t "system" är reserverat för systemet som helhet.',
	organisationTwice: 'Det finns redan en organisation med det id:t.',
	organisationName: 'Ange organisationens namn.',
	organisationKind: 'Välj vilken sorts organisation det är.',
	unknownOrganisation: 'Organisationen finns inte i scenariot.',
	costName: 'Ange vad kostnaden avser.',
	costBasis: 'Välj om kostnaden är per deltagare eller fast per år.',
	costNegative: 'Kostnaden kan inte vara negativ.',
	year: 'Året ska vara ett heltal från 1.',
	yearAfterHorizon: 'Året ligger efter tidshorisonten.',
	fromAfterTo: 'Första året kan inte vara efter det sista.',
	outcomesEmpty: 'Ange minst ett utfall som insatsen förebygger.',
	outcomeId: 'Id:t får bara innehålla små bokstäver a–z, siffror, - och _.',
	outcomeTwice: 'Det finns redan ett utfall med det id:t.',
	outcomeName: 'Ange vilket utfall det gäller.',
	baselineNegative: 'Basnivån kan inte vara negativ.',
	rateRatioNegative: 'Riskkvoten kan inte vara negativ.',
	costPerEventNegative: 'Kostnaden per händelse kan inte vara negativ.',
	share: 'Andelen ska vara 0–100 %.',
	sharesEmpty: 'Ange vem som bär kostnaden för en händelse.',
	shareTwice: 'Organisationen finns redan med i fördelningen.',
	gainTitle: 'Ange en rubrik för vinsten.',
	gainSource: 'Ange källan.',
	focusShift: 'Välj en av fokusförflyttningarna.',
	textTooLong: 'Texten är för lång.',
	tooManyMunicipalities: `Välj högst ${MAX_ITEMS.municipalities} kommuner.`,
	tooManyOrganisations: `Ange högst ${MAX_ITEMS.organisations} organisationer.`,
	tooManyCosts: `Ange högst ${MAX_ITEMS.costs} kostnader.`,
	tooManyOutcomes: `Ange högst ${MAX_ITEMS.outcomes} utfall.`,
	tooManyGains: `Ange högst ${MAX_ITEMS.qualitativeGains} vinster som inte mäts i kronor.`
} as const;

/** Sums of shares shown in a message, e.g. "95 %" (with a plain space, as in the other messages). */
const percentNumber = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A number from the API, or a string from a form ("1 234,5"). Empty strings are absent. */
function toNumber(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const s = value
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/\u2212/g, '-')
		.replace(',', '.');
	if (s === '') return undefined;
	const n = Number(s);
	return Number.isNaN(n) ? value : n;
}

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

interface Bounds {
	min?: number;
	minMessage?: string;
	max?: number;
	maxMessage?: string;
	integer?: string;
}

function boundedNumber(b: Bounds) {
	let n = z.number({ error: messages.number });
	if (b.integer) n = n.int({ error: b.integer });
	if (b.min !== undefined) n = n.min(b.min, { error: b.minMessage });
	if (b.max !== undefined) n = n.max(b.max, { error: b.maxMessage });
	return n;
}

const number = (b: Bounds = {}) => z.preprocess(toNumber, boundedNumber(b));
const optionalNumber = (b: Bounds = {}) => z.preprocess(toNumber, boundedNumber(b).optional());

const text = (max: number) =>
	z.string({ error: messages.notAText }).trim().max(max, { error: messages.textTooLong });
const requiredText = (max: number, message: string) =>
	z
		.string({ error: message })
		.trim()
		.min(1, { error: message })
		.max(max, { error: messages.textTooLong });
const optionalText = (max: number) => z.preprocess(emptyToUndefined, text(max).optional());

/** An uncertain number whose likely value and range obey the same bounds. */
function uncertain(b: Bounds) {
	// a plain number (or a number from a single form field) is a certain value
	const asObject = (value: unknown) =>
		typeof value === 'number' || typeof value === 'string' ? { likely: value } : value;
	return z.preprocess(asObject, uncertainObject(b));
}

function uncertainObject(b: Bounds) {
	return z
		.object(
			{
				likely: number(b),
				low: optionalNumber(b),
				high: optionalNumber(b),
				distribution: z.preprocess(
					emptyToUndefined,
					z.enum(['triangular', 'pert', 'lognormal'], { error: messages.distribution }).optional()
				),
				source: optionalText(2000),
				period: optionalText(100),
				derivation: optionalText(4000)
			},
			{ error: messages.number }
		)
		.superRefine((v, ctx) => {
			const { likely, low, high } = v;
			if ((low === undefined) !== (high === undefined)) {
				ctx.addIssue({
					code: 'custom',
					message: messages.bothOrNeither,
					path: [low === undefined ? 'low' : 'high']
				});
				return;
			}
			if (low === undefined || high === undefined) return;
			if (low > high) {
				ctx.addIssue({ code: 'custom', message: messages.lowAboveHigh, path: ['low'] });
				return;
			}
			if (likely < low || likely > high) {
				ctx.addIssue({ code: 'custom', message: messages.likelyOutside, path: ['likely'] });
			}
			if (v.distribution === 'lognormal' && low <= 0) {
				ctx.addIssue({ code: 'custom', message: messages.lognormalLow, path: ['low'] });
			}
		});
}

const provenanceSchema = z.object(
	{
		source: optionalText(2000),
		period: optionalText(100),
		derivation: optionalText(4000)
	},
	{ error: messages.notAnObject }
);

const idPattern = /^[a-z0-9][a-z0-9_-]{0,63}$/;

const organisationSchema = z.object(
	{
		id: z
			.string({ error: messages.organisationId })
			.regex(idPattern, { error: messages.organisationId })
			.refine((id) => id !== 'system', { error: messages.organisationIdReserved }),
		kind: z.enum(['region', 'municipality', 'individual', 'relatives', 'other'], {
			error: messages.organisationKind
		}),
		name: requiredText(200, messages.organisationName)
	},
	{ error: messages.notAnObject }
);

const yearNumber = optionalNumber({ integer: messages.year, min: 1, minMessage: messages.year });

const costItemSchema = z.object(
	{
		name: requiredText(200, messages.costName),
		organisationId: z.string({ error: messages.unknownOrganisation }),
		basis: z.enum(['per_participant', 'fixed'], { error: messages.costBasis }),
		amount: uncertain({ min: 0, minMessage: messages.costNegative }),
		fromYear: yearNumber,
		toYear: yearNumber
	},
	{ error: messages.notAnObject }
);

const costShareSchema = z.object(
	{
		organisationId: z.string({ error: messages.unknownOrganisation }),
		share: number({ min: 0, minMessage: messages.share, max: 1, maxMessage: messages.share })
	},
	{ error: messages.notAnObject }
);

const outcomeSchema = z.object(
	{
		id: z.string({ error: messages.outcomeId }).regex(idPattern, { error: messages.outcomeId }),
		name: requiredText(200, messages.outcomeName),
		baselineRate: uncertain({ min: 0, minMessage: messages.baselineNegative }),
		rateRatio: uncertain({ min: 0, minMessage: messages.rateRatioNegative }),
		costPerEvent: uncertain({ min: 0, minMessage: messages.costPerEventNegative }),
		costShares: z
			.array(costShareSchema, { error: messages.sharesEmpty })
			.min(1, { error: messages.sharesEmpty }),
		costSharesProvenance: provenanceSchema.optional()
	},
	{ error: messages.notAnObject }
);

const qualitativeGainSchema = z.object(
	{
		title: requiredText(200, messages.gainTitle),
		description: text(4000),
		forOrganisations: z
			.array(z.string({ error: messages.notAText }), { error: messages.notAList })
			.optional(),
		citizenStatements: z.array(text(400), { error: messages.notAList }),
		focusShifts: z.array(z.enum(FOCUS_SHIFT_KEYS, { error: messages.focusShift }), {
			error: messages.notAList
		}),
		source: requiredText(4000, messages.gainSource)
	},
	{ error: messages.notAnObject }
);

export const scenarioSchema = z
	.object(
		{
			name: requiredText(200, messages.scenarioName),
			intervention: requiredText(500, messages.intervention),
			targetGroup: requiredText(500, messages.targetGroup),
			municipalities: z
				.array(
					z
						.string({ error: messages.municipalityCode })
						.regex(/^\d{4}$/, { error: messages.municipalityCode }),
					{
						error: messages.municipalitiesEmpty
					}
				)
				.min(1, { error: messages.municipalitiesEmpty })
				.max(MAX_ITEMS.municipalities, { error: messages.tooManyMunicipalities }),
			organisations: z
				.array(organisationSchema, { error: messages.organisationsEmpty })
				.min(1, { error: messages.organisationsEmpty })
				.max(MAX_ITEMS.organisations, { error: messages.tooManyOrganisations }),
			population: uncertain({ min: 0, minMessage: messages.populationNegative }),
			reach: uncertain({
				min: 0,
				minMessage: messages.reachNegative,
				max: 1,
				maxMessage: messages.reachOver100
			}),
			rampUp: z
				.array(
					number({ min: 0, minMessage: messages.rampUp, max: 1, maxMessage: messages.rampUp }),
					{
						error: messages.rampUpEmpty
					}
				)
				.min(1, { error: messages.rampUpEmpty }),
			costs: z
				.array(costItemSchema, { error: messages.notAList })
				.max(MAX_ITEMS.costs, { error: messages.tooManyCosts }),
			outcomes: z
				.array(outcomeSchema, { error: messages.outcomesEmpty })
				.min(1, { error: messages.outcomesEmpty })
				.max(MAX_ITEMS.outcomes, { error: messages.tooManyOutcomes }),
			horizonYears: number({
				integer: messages.horizon,
				min: 1,
				minMessage: messages.horizon,
				max: MAX_HORIZON_YEARS,
				maxMessage: messages.horizon
			}),
			discountRate: number({
				min: 0,
				minMessage: messages.discountRate,
				max: MAX_DISCOUNT_RATE,
				maxMessage: messages.discountRate
			}),
			qualitativeGains: z
				.array(qualitativeGainSchema, { error: messages.notAList })
				.max(MAX_ITEMS.qualitativeGains, { error: messages.tooManyGains })
				.optional(),
			templateId: optionalText(100)
		},
		{ error: messages.notAScenario }
	)
	.superRefine((s, ctx) => {
		const ids = new Set<string>();
		s.organisations.forEach((o, i) => {
			if (ids.has(o.id)) {
				ctx.addIssue({
					code: 'custom',
					message: messages.organisationTwice,
					path: ['organisations', i, 'id']
				});
			}
			ids.add(o.id);
		});
		const codes = new Set<string>();
		s.municipalities.forEach((code, i) => {
			if (codes.has(code)) {
				ctx.addIssue({
					code: 'custom',
					message: messages.municipalityTwice,
					path: ['municipalities', i]
				});
			}
			codes.add(code);
		});
		const horizon = Number.isInteger(s.horizonYears) ? s.horizonYears : MAX_HORIZON_YEARS;
		if (s.rampUp.length > horizon) {
			ctx.addIssue({ code: 'custom', message: messages.rampUpTooLong, path: ['rampUp'] });
		}
		s.costs.forEach((c, i) => {
			if (!ids.has(c.organisationId)) {
				ctx.addIssue({
					code: 'custom',
					message: messages.unknownOrganisation,
					path: ['costs', i, 'organisationId']
				});
			}
			for (const key of ['fromYear', 'toYear'] as const) {
				const year = c[key];
				if (year !== undefined && year > horizon) {
					ctx.addIssue({
						code: 'custom',
						message: messages.yearAfterHorizon,
						path: ['costs', i, key]
					});
				}
			}
			if (c.fromYear !== undefined && c.toYear !== undefined && c.fromYear > c.toYear) {
				ctx.addIssue({
					code: 'custom',
					message: messages.fromAfterTo,
					path: ['costs', i, 'fromYear']
				});
			}
		});
		const outcomeIds = new Set<string>();
		s.outcomes.forEach((o, i) => {
			if (outcomeIds.has(o.id)) {
				ctx.addIssue({
					code: 'custom',
					message: messages.outcomeTwice,
					path: ['outcomes', i, 'id']
				});
			}
			outcomeIds.add(o.id);
			const sharedBy = new Set<string>();
			let sum = 0;
			o.costShares.forEach((share, j) => {
				const path = ['outcomes', i, 'costShares', j, 'organisationId'];
				if (!ids.has(share.organisationId)) {
					ctx.addIssue({ code: 'custom', message: messages.unknownOrganisation, path });
				} else if (sharedBy.has(share.organisationId)) {
					ctx.addIssue({ code: 'custom', message: messages.shareTwice, path });
				}
				sharedBy.add(share.organisationId);
				sum += share.share;
			});
			if (o.costShares.length > 0 && Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
				ctx.addIssue({
					code: 'custom',
					message: `Andelarna ska tillsammans vara 100 % (nu ${percentNumber.format(sum * 100)} %).`,
					path: ['outcomes', i, 'costShares']
				});
			}
		});
		s.qualitativeGains?.forEach((g, i) => {
			g.forOrganisations?.forEach((id, j) => {
				if (!ids.has(id)) {
					ctx.addIssue({
						code: 'custom',
						message: messages.unknownOrganisation,
						path: ['qualitativeGains', i, 'forOrganisations', j]
					});
				}
			});
		});
	});

/** Field errors keyed by dotted path; an error about the whole input is under "form". */
export type FieldErrors = Record<string, string[]>;

export type ScenarioValidation =
	{ ok: true; value: ScenarioInput } | { ok: false; errors: FieldErrors };

export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
	const fields: FieldErrors = {};
	for (const issue of issues) {
		const name = issue.path.map(String).join('.') || 'form';
		const list = (fields[name] ??= []);
		if (!list.includes(issue.message)) list.push(issue.message);
	}
	return fields;
}

/** Validates a scenario from the API or a form: the cleaned scenario, or the field errors. */
export function validateScenario(input: unknown): ScenarioValidation {
	const parsed = scenarioSchema.safeParse(input);
	if (parsed.success) return { ok: true, value: parsed.data };
	return { ok: false, errors: fieldErrorsOf(parsed.error.issues) };
}

/** The field errors of a scenario, keyed by dotted path; empty when it is valid. */
export function scenarioFieldErrors(input: unknown): FieldErrors {
	const result = validateScenario(input);
	return result.ok ? {} : result.errors;
}
