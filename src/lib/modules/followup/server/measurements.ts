import type { Gender } from '../domain/aggregate.ts';
import {
	POPULATION_KPI,
	populationGroupFromTitle,
	type PopulationGroup
} from '../domain/catalogue.ts';
import { countySeries, type CountyAggregateResult } from '../domain/county-aggregate.ts';

export type { CountyAggregateResult } from '../domain/county-aggregate.ts';
import type { Indicator } from '../domain/types.ts';
import type { z } from 'zod';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fieldErrors, invalid, notFound, ok, type Outcome } from '../../../core/outcome.ts';
import { noIndicator, readable, toIndicator } from './indicators.ts';
import * as q from './queries.ts';
import { CountyAggregateQuery, MeasurementQuery } from './schemas.ts';
import { SCB_SOURCE } from './sources.ts';

/** An indicator's values (measurements) and the county figure made from its municipalities'. */

/** The selection checked by its schema, and the indicator it is of if the actor may read it. */
async function selection<T>(
	db: Db,
	actor: Actor,
	ref: string | number,
	schema: z.ZodType<T>,
	raw: Record<string, unknown>
): Promise<Outcome<{ row: q.IndicatorRow; query: T }>> {
	const parsed = schema.safeParse(raw);
	if (!parsed.success) return invalid('Urvalet är ogiltigt.', fieldErrors(parsed.error.issues));
	const row = await readable(db, actor, ref);
	if (!row) return noIndicator(String(ref));
	return ok({ row, query: parsed.data });
}

export interface MeasurementsResult {
	indicator: Indicator;
	query: MeasurementQuery;
	rows: q.MeasurementRead[];
}

/** The values of an indicator for areas × years × genders, each with its source and import time. */
export async function getMeasurements(
	db: Db,
	actor: Actor,
	ref: string | number,
	raw: Record<string, unknown>
): Promise<Outcome<MeasurementsResult>> {
	const found = await selection(db, actor, ref, MeasurementQuery, raw);
	if (found.kind !== 'ok') return found;
	const { row, query } = found.value;
	const rows = await q.measurements(db, row.id, [...new Set(query.areas)], query.from, query.to, [
		...new Set(query.genders)
	]);
	return ok({ indicator: toIndicator(row), query, rows });
}

/**
 * The county's figure for each year made from its municipalities' values:
 * summed for counts, weighted by the population the rate is per for rates
 * (domain/followup/aggregate.ts). Municipalities without a value are left
 * out and the result says how much of the population it covers.
 */
export async function countyAggregate(
	db: Db,
	actor: Actor,
	ref: string | number,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<CountyAggregateResult>> {
	const found = await selection(db, actor, ref, CountyAggregateQuery, raw);
	if (found.kind !== 'ok') return found;
	const { row, query } = found.value;
	if (row.countyCode !== null && row.countyCode !== countyCode) return noIndicator(String(ref));
	const county = await q.countyAreas(db, countyCode);
	if (!county) return notFound(`Länet ${countyCode} finns inte.`);
	return countyAggregateOf(db, toIndicator(row), county, {
		from: query.from,
		to: query.to,
		genders: [...new Set(query.genders)] as Gender[]
	});
}

export const NOT_AGGREGATABLE =
	'Nyckeltalet kan inte räknas ihop till ett värde för länet (det är t.ex. ett index, ett medelvärde eller en kostnad per brukare).';

/**
 * The county aggregate of an indicator the caller may read, for a county
 * already looked up. `known` passes values the caller has read already (the
 * municipalities' and the region's, for these years and genders), so the
 * indicator dashboard does not read them twice.
 */
export async function countyAggregateOf(
	db: Db,
	indicator: Indicator,
	county: q.CountyAreas,
	select: { from: number; to: number; genders: Gender[] },
	known?: { values: q.MeasurementRead[] }
): Promise<Outcome<CountyAggregateResult>> {
	if (indicator.aggregation === 'none') return invalid(NOT_AGGREGATABLE, {});
	const { from, to, genders } = select;
	const areaIds = county.municipalities.map((m) => m.id);
	const group: PopulationGroup =
		indicator.aggregation === 'population_weighted'
			? populationGroupFromTitle(indicator.title)
			: 'total';
	const populationKpi = POPULATION_KPI[group];
	const inRange = (r: q.MeasurementRead) =>
		r.period >= from && r.period <= to && (genders as string[]).includes(r.gender);
	const municipal = new Set(areaIds);
	const [values, weights, regionRows] = await Promise.all([
		known
			? known.values.filter((r) => municipal.has(r.areaId) && inRange(r))
			: q.measurements(db, indicator.id, areaIds, from, to, genders),
		q.measurementsByKoladaId(db, populationKpi, areaIds, from, to, [
			...new Set<string>([...genders, 'T'])
		]),
		known
			? known.values.filter((r) => r.areaId === county.regionId && inRange(r))
			: q.measurements(db, indicator.id, [county.regionId], from, to, genders)
	]);
	const { series, change, weightsFromTotal } = countySeries({
		areaIds,
		genders,
		method: indicator.aggregation,
		direction: indicator.direction,
		values,
		weights
	});
	const sources = [...new Set(values.map((v) => v.source))];
	const how =
		indicator.aggregation === 'sum'
			? 'summa av kommunernas värden'
			: `kommunernas värden viktade med befolkningen (${group === 'total' ? 'alla åldrar' : group})`;
	return ok({
		indicator,
		county: { code: county.code, name: county.name, regionId: county.regionId },
		method: indicator.aggregation,
		population: { group, koladaId: populationKpi },
		weightsFromTotal,
		series,
		regionValues: regionRows.map((r) => ({
			period: r.period,
			gender: r.gender as Gender,
			value: r.value,
			source: r.source
		})),
		change,
		credit: `Bearbetning i Nära: ${how}. Källa: ${sources.join(', ') || indicator.source}; befolkning: ${SCB_SOURCE}.`
	});
}
