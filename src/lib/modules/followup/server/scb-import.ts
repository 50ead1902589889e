import { sql } from 'drizzle-orm';
import type { Actor } from '../../../core/actor.ts';
import { canEditCountyContent } from '../../../core/permissions.ts';
import { forbidden, invalid, notFound, ok, type Outcome } from '../../../core/outcome.ts';
import { audit } from '../../../platform/audit.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { insertRows, type BulkValue } from '../../../platform/imports/bulk.ts';
import { POPULATION_KPI, type PopulationGroup } from '../domain/catalogue.ts';
import { ScbError, type ScbClient } from '../scb/client.ts';
import {
	POPULATION_TABLE,
	PROJECTION_TABLE,
	groupRows,
	regionCodeOf,
	selectionsFor,
	type GroupRow,
	type ScbTableSpec
} from '../scb/population.ts';
import { countyAreas } from './kolada-import.ts';
import { SCB_DIRECT_SOURCE } from './sources.ts';

/**
 * Refreshing a county's population and its projection from SCB (`nara
 * import scb`): the population by age group for Riket, the region and its
 * municipalities (as the Kolada population KPIs, source "SCB"), and SCB's
 * regional projection up to a year. Both tables are fetched first; only when
 * both came is anything written, in one transaction, in bulk (unnest): the
 * population upserted, the projection replacing SCB's earlier one for those
 * areas. Audited once.
 */

export interface ScbRefreshRequest {
	/** two digits, e.g. 17 */
	countyCode: string;
	/** the first year of population to fetch */
	fromYear: number;
	/** the last projected year to fetch */
	untilYear: number;
}

export interface ScbRefreshResult {
	areas: number;
	population: { rows: number; years: { from: number; to: number } };
	projection: { rows: number; baseYear: number; years: { from: number; to: number } };
}

export type ScbProgress = (step: string, done: number, total: number) => void;

const GROUP_KPI: Record<string, PopulationGroup> = {
	total: 'total',
	'0-19': '0-19',
	'20-64': '20-64',
	'65-79': '65-79',
	'80+': '80+'
};

async function fetchTable(
	client: ScbClient,
	spec: ScbTableSpec,
	regions: string[],
	year: (y: number) => boolean,
	signal?: AbortSignal
): Promise<{ rows: GroupRow[]; years: number[] }> {
	const meta = await client.metadata(spec.table, { signal });
	const { selections, years, problems } = selectionsFor(meta, spec, { regions, year });
	if (problems.length)
		throw new ScbError(
			`SCB:s tabell ${spec.table} (${spec.title}) ser inte ut som Nära väntar sig: ${problems.join('; ')}.`,
			'malformed'
		);
	const table = await client.query(spec.table, selections, { signal });
	return { rows: groupRows(table), years };
}

/** Population rows as measurements of the Kolada population KPIs; 65+ is 65–79 plus 80+. */
function populationMeasurements(rows: GroupRow[], ids: Map<string, number>): BulkValue[][] {
	const out: BulkValue[][] = [];
	const key = (r: GroupRow) => `${r.areaId}|${r.year}`;
	const older = new Map<string, { n: number; sum: number; areaId: string; year: number }>();
	for (const r of rows) {
		out.push([ids.get(POPULATION_KPI[GROUP_KPI[r.ageGroup]!])!, r.areaId, r.year, r.value]);
		if (r.ageGroup === '65-79' || r.ageGroup === '80+') {
			const o = older.get(key(r)) ?? { n: 0, sum: 0, areaId: r.areaId, year: r.year };
			older.set(key(r), { ...o, n: o.n + 1, sum: o.sum + r.value });
		}
	}
	for (const o of older.values())
		if (o.n === 2) out.push([ids.get(POPULATION_KPI['65+'])!, o.areaId, o.year, o.sum]);
	return out;
}

async function write(
	tx: Tx,
	population: BulkValue[][],
	projection: BulkValue[][],
	areas: string[]
): Promise<void> {
	await tx.execute(
		sql.raw(`create temp table scb_population (indicator_id integer, area_id varchar(4),
			period smallint, value double precision) on commit drop`)
	);
	await insertRows(
		tx,
		'scb_population',
		[
			['indicator_id', 'integer'],
			['area_id', 'varchar(4)'],
			['period', 'smallint'],
			['value', 'double precision']
		],
		population
	);
	await tx.execute(sql`
		insert into measurements (indicator_id, area_id, period, gender, value, source, imported_at)
		select indicator_id, area_id, period, 'T', value, ${SCB_DIRECT_SOURCE}, now() from scb_population
		on conflict (indicator_id, area_id, period, gender) do update set
			value = excluded.value, count = null, status = null, basis = null,
			source = excluded.source, imported_at = excluded.imported_at`);
	await tx.execute(
		sql`delete from population_projections where source = ${SCB_DIRECT_SOURCE} and area_id in ${areas}`
	);
	await tx.execute(
		sql.raw(`create temp table scb_projection (area_id varchar(4), base_year smallint,
			age_group text, year smallint, value double precision, origin text) on commit drop`)
	);
	await insertRows(
		tx,
		'scb_projection',
		[
			['area_id', 'varchar(4)'],
			['base_year', 'smallint'],
			['age_group', 'text'],
			['year', 'smallint'],
			['value', 'double precision'],
			['origin', 'text']
		],
		projection
	);
	await tx.execute(sql`
		insert into population_projections (area_id, source, base_year, age_group, year, value, origin)
		select area_id, ${SCB_DIRECT_SOURCE}, base_year, age_group, year, value, origin from scb_projection`);
}

/** Fetches both tables (an ScbError and nothing written when either fails) and writes them together. */
export async function refreshFromScb(
	db: Db,
	actor: Actor,
	request: ScbRefreshRequest,
	options: { client: ScbClient; onProgress?: ScbProgress; signal?: AbortSignal }
): Promise<Outcome<ScbRefreshResult>> {
	if (actor.kind !== 'system' && !canEditCountyContent(actor, request.countyCode))
		return forbidden('Bara länets samordnare och administratörer kan hämta befolkning från SCB.');
	const fields: Record<string, string[]> = {};
	if (!/^\d{2}$/.test(request.countyCode))
		fields.county = ['Ange länet med två siffror, t.ex. 17.'];
	if (!(
		request.fromYear >= 1968 &&
		request.fromYear <= request.untilYear &&
		request.untilYear <= 2100
	))
		fields.years = [
			'Ange ett första år för befolkningen (från 1968) och ett sista år för framskrivningen.'
		];
	if (Object.keys(fields).length) return invalid('Hämtningen från SCB kunde inte starta.', fields);
	const areas = await countyAreas(db, request.countyCode);
	if (!areas) return notFound(`Länet ${request.countyCode} finns inte.`);

	const regions = areas.map(regionCodeOf);
	const step = options.onProgress ?? (() => undefined);
	step('Hämtar befolkningen från SCB', 0, 2);
	const pop = await fetchTable(
		options.client,
		POPULATION_TABLE,
		regions,
		(y) => y >= request.fromYear,
		options.signal
	);
	step('Hämtar framskrivningen från SCB', 1, 2);
	const proj = await fetchTable(
		options.client,
		PROJECTION_TABLE,
		regions,
		(y) => y <= request.untilYear,
		options.signal
	);
	step('Skriver', 2, 2);

	const ids = new Map(
		(
			await db.execute<{ id: number; kolada_id: string }>(
				sql`select id, kolada_id from indicators where kolada_id in ${Object.values(POPULATION_KPI)}`
			)
		).map((r) => [r.kolada_id, r.id])
	);
	if (ids.size !== Object.values(POPULATION_KPI).length)
		return notFound('Befolkningens nyckeltal (N01951 m.fl.) saknas i Nära: kör nara seed först.');
	const baseYear = Math.min(...proj.years) - 1;
	const population = populationMeasurements(pop.rows, ids);
	const projection = proj.rows.map((r): BulkValue[] => [
		r.areaId,
		baseYear,
		r.ageGroup,
		r.year,
		r.value,
		`SCB ${PROJECTION_TABLE.table}`
	]);
	const result: ScbRefreshResult = {
		areas: areas.length,
		population: { rows: population.length, years: span(pop.years) },
		projection: { rows: projection.length, baseYear, years: span(proj.years) }
	};
	await db.transaction(async (tx) => {
		await write(tx, population, projection, areas);
		await audit(tx, actor, {
			action: 'import',
			entityType: 'measurements',
			entityId: `scb:${request.countyCode}`,
			countyCode: request.countyCode,
			before: null,
			after: { source: SCB_DIRECT_SOURCE, ...result }
		});
	});
	return ok(result);
}

const span = (years: number[]) => ({ from: Math.min(...years), to: Math.max(...years) });
