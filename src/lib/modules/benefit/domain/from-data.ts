import type { UncertainNumber } from './types.ts';

/**
 * Inputs of a scenario taken from Nära's data instead of typed in: the
 * population of the target group (SCB's population by age group, via Kolada)
 * and a baseline rate from an indicator's measurements (for falls, e.g.
 * Kolada N20402: fall injuries 80+, inpatient episodes per 100 000). Pure:
 * the caller reads the rows, these functions add them up and say how.
 */

const whole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6 });

export type FromData = { ok: true; value: UncertainNumber } | { ok: false; message: string };

export interface AreaValue {
	/** Kolada area id: a municipality's SCB code, e.g. "1780" */
	areaId: string;
	/** null when the source has no value */
	value: number | null;
}

export interface PopulationOptions {
	/** e.g. "65 år och äldre" */
	group: string;
	year: number;
	/** e.g. "SCB via Kolada (N01957)" */
	source: string;
	/** area names for the derivation, by area id */
	names?: Record<string, string>;
}

/** The population of a group in the chosen areas: the sum of their values, with the sum written out. */
export function populationFromData(
	rows: AreaValue[],
	areaIds: string[],
	options: PopulationOptions
): FromData {
	const byArea = new Map(rows.map((r) => [r.areaId, r.value]));
	const missing = areaIds.filter((id) => byArea.get(id) == null);
	if (missing.length > 0) {
		return {
			ok: false,
			message: `Befolkningsdata saknas för ${missing.map((id) => options.names?.[id] ?? id).join(', ')} år ${options.year}.`
		};
	}
	const values = areaIds.map((id) => byArea.get(id)!);
	const total = values.reduce((a, b) => a + b, 0);
	const terms = areaIds.map((id, i) => `${options.names?.[id] ?? id} ${whole.format(values[i]!)}`);
	return {
		ok: true,
		value: {
			likely: total,
			source: options.source,
			period: String(options.year),
			derivation: `Personer ${options.group} den 31 december ${options.year}: ${terms.join(' + ')} = ${whole.format(total)}.`
		}
	};
}

export interface RateOptions {
	/** e.g. "Kolada N20402" */
	source: string;
	/** e.g. "2022" */
	period: string;
	/** the indicator's unit: per how many inhabitants (100 000 for N20402) */
	per: number;
	names?: Record<string, string>;
}

/**
 * A baseline rate (events per person and year) from an indicator's values for
 * the chosen areas, weighted by each area's population in the target group
 * when there are several: Σ (value × population) ÷ Σ population ÷ per.
 */
export function baselineRateFromMeasurements(
	measurements: AreaValue[],
	populations: AreaValue[],
	areaIds: string[],
	options: RateOptions
): FromData {
	const name = (id: string) => options.names?.[id] ?? id;
	const value = new Map(measurements.map((m) => [m.areaId, m.value]));
	const population = new Map(populations.map((p) => [p.areaId, p.value]));
	const noValue = areaIds.filter((id) => value.get(id) == null);
	if (noValue.length > 0) {
		return {
			ok: false,
			message: `Mätvärde saknas för ${noValue.map(name).join(', ')} (${options.source}, ${options.period}).`
		};
	}
	const noPopulation = areaIds.filter((id) => population.get(id) == null);
	if (noPopulation.length > 0) {
		return {
			ok: false,
			message: `Befolkningsdata saknas för ${noPopulation.map(name).join(', ')}.`
		};
	}
	let weighted = 0;
	let people = 0;
	for (const id of areaIds) {
		weighted += value.get(id)! * population.get(id)!;
		people += population.get(id)!;
	}
	if (people <= 0)
		return { ok: false, message: 'Målgruppen har ingen befolkning i de valda kommunerna.' };
	const mean = weighted / people;
	const per = whole.format(options.per);
	const derivation =
		areaIds.length === 1
			? `${decimal.format(mean)} per ${per} ÷ ${per} = ${decimal.format(mean / options.per)} per person och år.`
			: `Befolkningsvägt medelvärde: (${areaIds
					.map((id) => `${decimal.format(value.get(id)!)} × ${whole.format(population.get(id)!)}`)
					.join(' + ')}) ÷ ${whole.format(people)} = ${decimal.format(mean)} per ${per}` +
				` (${areaIds.map(name).join(', ')}); ÷ ${per} = ${decimal.format(mean / options.per)} per person och år.`;
	return {
		ok: true,
		value: {
			likely: mean / options.per,
			source: options.source,
			period: options.period,
			derivation
		}
	};
}

/** A value of an area in a period, as measurements are read. */
export interface PeriodValue extends AreaValue {
	period: number;
}

/** The areas' values in one period. */
export const valuesIn = (rows: readonly PeriodValue[], period: number): AreaValue[] =>
	rows.filter((r) => r.period === period).map((r) => ({ areaId: r.areaId, value: r.value }));

/** The latest period in which every area has a value; else the latest period there is. */
export function latestCompletePeriod(
	rows: readonly PeriodValue[],
	areaIds: readonly string[]
): number | null {
	const periods = [...new Set(rows.map((r) => r.period))].sort((a, b) => b - a);
	const complete = periods.find((period) =>
		areaIds.every((id) =>
			rows.some((r) => r.period === period && r.areaId === id && r.value !== null)
		)
	);
	return complete ?? periods[0] ?? null;
}
