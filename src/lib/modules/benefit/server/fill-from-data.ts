import {
	baselineRateFromMeasurements,
	latestCompletePeriod,
	populationFromData,
	valuesIn,
	type UncertainNumber
} from '../domain/index.ts';
import type { Db } from '../../../platform/db/client.ts';
import { invalid, ok, type Outcome } from '../../../core/outcome.ts';
import * as q from './queries.ts';

/** A scenario's population and baseline filled from Nära's own data (Kolada's measurements). */

/** SCB's population 80 years and older, through Kolada. */
export const POPULATION_80_KPI = 'N01957';
/** Fall injuries among people 80+, inpatient episodes per 100 000 inhabitants 80+ (three-year mean). */
export const FALL_INJURIES_80_KPI = 'N20402';

export interface FilledFromData {
	population?: UncertainNumber;
	baselineRate?: UncertainNumber;
	/** the target group the figures are for */
	targetGroup: string;
	/** what could not be filled, by the form field it belongs to */
	problems: Record<string, string[]>;
}

const creditOf = (rows: q.MeasurementValue[], kpi: string, fallback: string) =>
	`${rows[0]?.source ?? fallback} (${kpi}${rows[0] ? `: ${rows[0].title}` : ''})`;

/**
 * The population 80+ of the chosen municipalities and their fall-injury
 * baseline (Kolada N20402 per 100 000, as a rate per person and year,
 * weighted by the population 80+ of the same year), from the measurements in
 * Nära, each with its source, period and the arithmetic written out. The
 * latest period in which every chosen municipality has a value is used; what
 * is missing is named, never read as zero.
 */
export async function fillFromData(
	db: Db,
	countyCode: string,
	codes: string[]
): Promise<Outcome<FilledFromData>> {
	const own = await q.municipalities(db, countyCode);
	const names = Object.fromEntries(own.map((m) => [m.code, m.name]));
	if (!codes.length) {
		return invalid('Välj kommuner först.', {
			municipalities: ['Välj minst en kommun att hämta uppgifter för.']
		});
	}
	const foreign = codes.filter((c) => !names[c]);
	if (foreign.length) {
		return invalid('Uppgifterna kunde inte hämtas.', {
			municipalities: [`Kommunen ${foreign.join(', ')} hör inte till länet.`]
		});
	}
	const rows = await q.indicatorValues(db, [POPULATION_80_KPI, FALL_INJURIES_80_KPI], codes);
	const population = rows.filter((r) => r.koladaId === POPULATION_80_KPI);
	const falls = rows.filter((r) => r.koladaId === FALL_INJURIES_80_KPI);
	const filled: FilledFromData = { targetGroup: 'Personer 80 år och äldre', problems: {} };

	const popPeriod = latestCompletePeriod(population, codes);
	if (popPeriod === null) {
		filled.problems['population.likely'] = [
			`Nära har ingen befolkning 80+ (${POPULATION_80_KPI}) för de valda kommunerna.`
		];
	} else {
		const pop = populationFromData(valuesIn(population, popPeriod), codes, {
			group: '80 år och äldre',
			year: popPeriod,
			source: creditOf(population, POPULATION_80_KPI, 'SCB via Kolada'),
			names
		});
		if (pop.ok) filled.population = pop.value;
		else filled.problems['population.likely'] = [pop.message];
	}

	const fallsPeriod = latestCompletePeriod(falls, codes);
	if (fallsPeriod === null) {
		filled.problems['outcomes.0.baselineRate.likely'] = [
			`Nära har inga mätvärden för fallskador 80+ (${FALL_INJURIES_80_KPI}) för de valda kommunerna.`
		];
	} else {
		// weights: the population 80+ of the same year, or of the latest year there is
		const weightPeriod = population.some((r) => r.period === fallsPeriod) ? fallsPeriod : popPeriod;
		const baseline = baselineRateFromMeasurements(
			valuesIn(falls, fallsPeriod),
			weightPeriod === null ? [] : valuesIn(population, weightPeriod),
			codes,
			{
				source: creditOf(falls, FALL_INJURIES_80_KPI, 'Kolada'),
				period: String(fallsPeriod),
				per: 100_000,
				names
			}
		);
		if (baseline.ok) filled.baselineRate = baseline.value;
		else filled.problems['outcomes.0.baselineRate.likely'] = [baseline.message];
	}
	return ok(filled);
}

/** The county's municipalities (SCB code and name), for the scenario forms. */
export const municipalities = q.municipalities;
