import type { Actor } from '../../../core/actor.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { credit, readable, readableByIds } from './indicators.ts';
import * as q from './queries.ts';

/** An indicator's latest figures for a county's areas, as another module keeps them. */
export interface IndicatorFigures {
	indicator: { id: number; koladaId: string | null; title: string; unit: string; credit: string };
	/** the years shown, oldest first (at most `years`) */
	periods: number[];
	/** the region, then its municipalities; null where there is no value */
	areas: { areaId: string; name: string; values: (number | null)[] }[];
}

const areasOf = (county: q.CountyAreas) => [
	{ id: county.regionId, name: county.name },
	...county.municipalities
];

/** The figures of an indicator from its rows (totals) for the county's areas. */
function figuresOf(
	row: q.IndicatorRow,
	areas: { id: string; name: string }[],
	rows: q.MeasurementRead[],
	years: number
): IndicatorFigures {
	const periods = [...new Set(rows.map((r) => r.period))].sort((a, b) => a - b).slice(-years);
	const valueOf = (areaId: string, period: number) =>
		rows.find((r) => r.areaId === areaId && r.period === period)?.value ?? null;
	return {
		indicator: {
			id: row.id,
			koladaId: row.koladaId,
			title: row.title,
			unit: row.unit,
			credit: credit(row)
		},
		periods,
		areas: areas.map((a) => ({
			areaId: a.id,
			name: a.name,
			values: periods.map((p) => valueOf(a.id, p))
		}))
	};
}

/**
 * The figures of an indicator the actor may see (by its id in Nära or its
 * Kolada id) for the county's region and municipalities, totals for all
 * genders, in the latest `years` years that have a value. Undefined when
 * the indicator does not exist or the actor may not see it.
 */
export async function indicatorFigures(
	db: Db | Tx,
	actor: Actor,
	countyCode: string,
	ref: string | number,
	years = 5
): Promise<IndicatorFigures | undefined> {
	const row = await readable(db as Db, actor, ref);
	const county = row && (await q.countyAreas(db, countyCode));
	if (!row || !county) return undefined;
	const areas = areasOf(county);
	const rows = await q.measurements(
		db as Db,
		row.id,
		areas.map((a) => a.id),
		1900,
		2100,
		['T']
	);
	return figuresOf(row, areas, rows, years);
}

/**
 * `indicatorFigures` for several indicators by their ids in Nära, read
 * together (four statements however many): a map from id to figures, without
 * the ids that do not exist or the actor may not see.
 */
export async function indicatorsFigures(
	db: Db,
	actor: Actor,
	countyCode: string,
	ids: number[],
	years = 5
): Promise<Map<number, IndicatorFigures>> {
	const figures = new Map<number, IndicatorFigures>();
	const unique = [...new Set(ids)].filter(
		(id) => Number.isInteger(id) && id > 0 && id <= 2147483647
	);
	if (unique.length === 0) return figures;
	const [rows, county] = await Promise.all([
		readableByIds(db, actor, unique),
		q.countyAreas(db, countyCode)
	]);
	if (!county || rows.length === 0) return figures;
	const areas = areasOf(county);
	const values = await q.measurementsOfMany(
		db,
		rows.map((r) => r.id),
		areas.map((a) => a.id),
		1900,
		2100,
		['T']
	);
	for (const row of rows)
		figures.set(row.id, figuresOf(row, areas, values.get(row.id) ?? [], years));
	return figures;
}
