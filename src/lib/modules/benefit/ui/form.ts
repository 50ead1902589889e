import type { CostItem, Organisation, Outcome, UncertainNumber } from '../domain/types.ts';
import type { QualitativeGain } from '../domain/qualitative.ts';

/**
 * The scenario editor's form, both ways: a scenario (or a template's draft of
 * one) as the form's field values, and the submitted values as the candidate
 * scenario that the benefit model's schema validates. Pure, and free of zod,
 * so the browser can use it to recompute while the person types.
 *
 * Field names are the scenario's dotted paths ("outcomes.0.rateRatio.low"),
 * which are also the keys of the schema's field errors. Units as a person
 * reads them: shares (reach, ramp-up, cost shares, the discount rate) in
 * percent, event rates per 100 000 persons and year, money in kronor. They are
 * converted to the model's fractions here and nowhere else.
 *
 * Every uncertain figure carries its provenance in hidden fields (source,
 * period, derivation) together with the value the provenance is for: when the
 * person changes the value, the figure is credited to them instead ("Angivet
 * av användaren"), as the templates do.
 */

export type FormValues = Record<string, string>;

export { computable, errorsForForm, FORM_ID, formFieldOf } from './form-check.ts';

export const ENTERED = 'Angivet av användaren';
export const RANGE_ENTERED = '; intervallet angivet av användaren';
export const PERCENT = 100;
export const PER_100000 = 100_000;
/** empty cost rows the form always offers, for costs to add */
export const BLANK_COST_ROWS = 2;

/** A scenario being made: what a template leaves to the person may still be missing. */
export interface ScenarioDraft {
	name: string;
	intervention: string;
	targetGroup: string;
	municipalities: string[];
	organisations: Organisation[];
	population?: UncertainNumber;
	reach?: UncertainNumber;
	rampUp: number[];
	costs: CostItem[];
	outcomes: (Omit<Outcome, 'baselineRate'> & { baselineRate?: UncertainNumber | null })[];
	horizonYears?: number;
	discountRate?: number;
	templateId?: string;
}

const shown = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });

/** A number as the form shows it, in the form's unit ("1 234,5"); empty when absent. */
export function showNumber(n: number | undefined | null, scale = 1): string {
	if (n === undefined || n === null || !Number.isFinite(n)) return '';
	return shown.format(n * scale);
}

/**
 * A form field as a number in the model's unit: "1 234,5", "25 %" and "−3"
 * are read; an empty field is absent; anything else is returned as it is, so
 * that the schema says "Ange ett tal." at the field.
 */
export function readNumber(raw: string | undefined, scale = 1): number | string | undefined {
	if (raw === undefined) return undefined;
	const s = raw
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/\u2212/g, '-')
		.replace(/%$/, '')
		.replace(',', '.');
	if (s === '') return undefined;
	const n = Number(s);
	if (!Number.isFinite(n)) return raw;
	return scale === 1 ? n : n / scale;
}

/** A field's text in its canonical form, to see whether the person changed it. */
function canonical(raw: string | undefined): string {
	const n = readNumber(raw);
	return typeof n === 'number' ? showNumber(n) : (raw ?? '').trim();
}

const rangeKey = (low: string, high: string) => `${canonical(low)}|${canonical(high)}`;

function uncertainValues(
	path: string,
	u: UncertainNumber | undefined | null,
	scale: number
): FormValues {
	const low = showNumber(u?.low, scale);
	const high = showNumber(u?.high, scale);
	const likely = showNumber(u?.likely, scale);
	return {
		[`${path}.likely`]: likely,
		[`${path}.low`]: low,
		[`${path}.high`]: high,
		[`${path}.distribution`]: u?.distribution ?? '',
		[`${path}.source`]: u?.source ?? '',
		[`${path}.period`]: u?.period ?? '',
		[`${path}.derivation`]: u?.derivation ?? '',
		[`${path}.for`]: likely,
		[`${path}.forRange`]: rangeKey(low, high)
	};
}

const sharesKey = (shares: { share: number }[]) =>
	shares.map((s) => showNumber(s.share, PERCENT)).join(';');

/** The form's field values for a scenario or a template's draft. */
export function valuesOfScenario(draft: ScenarioDraft): FormValues {
	const values: FormValues = {
		name: draft.name,
		intervention: draft.intervention,
		targetGroup: draft.targetGroup,
		municipalities: draft.municipalities.join(','),
		rampUp: draft.rampUp.map((r) => showNumber(r, PERCENT)).join('; '),
		horizonYears: showNumber(draft.horizonYears),
		discountRate: showNumber(draft.discountRate, PERCENT),
		templateId: draft.templateId ?? '',
		...uncertainValues('population', draft.population, 1),
		...uncertainValues('reach', draft.reach, PERCENT)
	};
	draft.organisations.forEach((o, i) => {
		values[`organisations.${i}.id`] = o.id;
		values[`organisations.${i}.kind`] = o.kind;
		values[`organisations.${i}.name`] = o.name;
	});
	draft.costs.forEach((c, i) => {
		Object.assign(values, {
			[`costs.${i}.name`]: c.name,
			[`costs.${i}.organisationId`]: c.organisationId,
			[`costs.${i}.basis`]: c.basis,
			[`costs.${i}.fromYear`]: showNumber(c.fromYear),
			[`costs.${i}.toYear`]: showNumber(c.toYear),
			...uncertainValues(`costs.${i}.amount`, c.amount, 1)
		});
	});
	draft.outcomes.forEach((o, k) => {
		const path = `outcomes.${k}`;
		Object.assign(values, {
			[`${path}.id`]: o.id,
			[`${path}.name`]: o.name,
			...uncertainValues(`${path}.baselineRate`, o.baselineRate, PER_100000),
			...uncertainValues(`${path}.rateRatio`, o.rateRatio, 1),
			...uncertainValues(`${path}.costPerEvent`, o.costPerEvent, 1)
		});
		// one share per organisation, in the organisations' order; none is 0 %
		const shares = draft.organisations.map((org) => ({
			organisationId: org.id,
			share: o.costShares.find((s) => s.organisationId === org.id)?.share ?? 0
		}));
		shares.forEach((s, j) => {
			values[`${path}.costShares.${j}.organisationId`] = s.organisationId;
			values[`${path}.costShares.${j}.share`] = showNumber(s.share, PERCENT);
		});
		const p = o.costSharesProvenance;
		values[`${path}.costSharesProvenance.source`] = p?.source ?? '';
		values[`${path}.costSharesProvenance.period`] = p?.period ?? '';
		values[`${path}.costSharesProvenance.derivation`] = p?.derivation ?? '';
		values[`${path}.costSharesProvenance.for`] = sharesKey(shares);
	});
	return values;
}

/** The row numbers of a repeated group in the form ("costs.3.name" → 3), in order. */
export function indicesOf(values: FormValues, group: string): number[] {
	const pattern = new RegExp(`^${group.replaceAll('.', '\\.')}\\.(\\d{1,3})\\.`);
	const found = new Set<number>();
	for (const key of Object.keys(values)) {
		const m = pattern.exec(key);
		if (m) found.add(Number(m[1]));
	}
	return [...found].sort((a, b) => a - b);
}

const COST_FIELDS = [
	'name',
	'amount.likely',
	'amount.low',
	'amount.high',
	'fromYear',
	'toYear'
] as const;

function isBlankCost(values: FormValues, i: number): boolean {
	return COST_FIELDS.every((f) => (values[`costs.${i}.${f}`] ?? '').trim() === '');
}

/** The cost rows to show: every row given, then empty ones to fill in. */
export function costRowsToShow(values: FormValues): number[] {
	const given = indicesOf(values, 'costs').filter((i) => !isBlankCost(values, i));
	const next = given.length ? given[given.length - 1]! + 1 : 0;
	return [...given, ...Array.from({ length: BLANK_COST_ROWS }, (_, i) => next + i)];
}

const text = (v: string | undefined) => v ?? '';
const optionalText = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

function readUncertain(values: FormValues, path: string, scale: number): unknown {
	const raw = (f: string) => values[`${path}.${f}`];
	const likely = readNumber(raw('likely'), scale);
	const low = readNumber(raw('low'), scale);
	const high = readNumber(raw('high'), scale);
	if (likely === undefined && low === undefined && high === undefined) return undefined;
	let source = optionalText(raw('source'));
	let period = optionalText(raw('period'));
	let derivation = optionalText(raw('derivation'));
	const forValue = raw('for');
	if (source && forValue !== undefined && canonical(forValue) !== canonical(raw('likely'))) {
		source = ENTERED;
		period = undefined;
		derivation = undefined;
	}
	if (!source) source = ENTERED;
	const hasRange = low !== undefined || high !== undefined;
	if (
		hasRange &&
		source !== ENTERED &&
		!source.endsWith(RANGE_ENTERED) &&
		raw('forRange') !== rangeKey(raw('low') ?? '', raw('high') ?? '')
	) {
		source += RANGE_ENTERED;
	}
	return {
		likely,
		low,
		high,
		distribution: optionalText(raw('distribution')),
		source,
		period,
		derivation
	};
}

export interface FormScenario {
	/** the scenario as the schema should see it (not yet validated) */
	candidate: Record<string, unknown>;
	/** the form row of each cost in `candidate.costs` (empty rows are left out) */
	costRows: number[];
}

/**
 * The submitted form as a candidate scenario for the schema. `qualitativeGains`
 * are not in the form: the server adds the template's (or the saved ones).
 */
export function scenarioFromForm(
	values: FormValues,
	extras: { qualitativeGains?: QualitativeGain[] } = {}
): FormScenario {
	const organisations = indicesOf(values, 'organisations').map((i) => ({
		id: text(values[`organisations.${i}.id`]),
		kind: text(values[`organisations.${i}.kind`]),
		name: text(values[`organisations.${i}.name`])
	}));
	const costRows = indicesOf(values, 'costs').filter((i) => !isBlankCost(values, i));
	const costs = costRows.map((i) => ({
		name: text(values[`costs.${i}.name`]),
		organisationId: text(values[`costs.${i}.organisationId`]),
		basis: text(values[`costs.${i}.basis`]),
		amount: readUncertain(values, `costs.${i}.amount`, 1),
		fromYear: readNumber(values[`costs.${i}.fromYear`]),
		toYear: readNumber(values[`costs.${i}.toYear`])
	}));
	const outcomes = indicesOf(values, 'outcomes').map((k) => {
		const path = `outcomes.${k}`;
		const shareRows = indicesOf(values, `${path}.costShares`);
		const costShares = shareRows.map((j) => ({
			organisationId: text(values[`${path}.costShares.${j}.organisationId`]),
			share: readNumber(values[`${path}.costShares.${j}.share`], PERCENT) ?? 0
		}));
		const given = shareRows
			.map((j) => canonical(values[`${path}.costShares.${j}.share`] || '0'))
			.join(';');
		const p = (f: string) => optionalText(values[`${path}.costSharesProvenance.${f}`]);
		const unchanged = p('source') && values[`${path}.costSharesProvenance.for`] === given;
		return {
			id: text(values[`${path}.id`]),
			name: text(values[`${path}.name`]),
			baselineRate: readUncertain(values, `${path}.baselineRate`, PER_100000),
			rateRatio: readUncertain(values, `${path}.rateRatio`, 1),
			costPerEvent: readUncertain(values, `${path}.costPerEvent`, 1),
			costShares,
			costSharesProvenance: unchanged
				? { source: p('source'), period: p('period'), derivation: p('derivation') }
				: { source: ENTERED }
		};
	});
	const rampUp = (values.rampUp ?? '')
		.split(';')
		.map((r) => readNumber(r, PERCENT))
		.filter((r) => r !== undefined);
	const candidate: Record<string, unknown> = {
		name: text(values.name),
		intervention: text(values.intervention),
		targetGroup: text(values.targetGroup),
		municipalities: (values.municipalities ?? '').split(',').filter((c) => c !== ''),
		organisations,
		population: readUncertain(values, 'population', 1),
		reach: readUncertain(values, 'reach', PERCENT),
		rampUp,
		costs,
		outcomes,
		horizonYears: readNumber(values.horizonYears),
		discountRate: readNumber(values.discountRate, PERCENT),
		templateId: optionalText(values.templateId)
	};
	if (extras.qualitativeGains) candidate.qualitativeGains = extras.qualitativeGains;
	return { candidate, costRows };
}

/** The values with one uncertain figure replaced (a figure filled in from data). */
export function withUncertain(
	values: FormValues,
	path: string,
	u: UncertainNumber,
	scale = 1
): FormValues {
	return { ...values, ...uncertainValues(path, u, scale) };
}
