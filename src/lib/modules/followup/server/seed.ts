import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { kpiDirections } from '../../../../../seed/followup/directions.ts';
import {
	SKR_SET_KEY,
	SKR_SOURCE,
	skrIndicators,
	skrRelatedKpis
} from '../../../../../seed/followup/skr.ts';
import { aggregationFromTitle, POPULATION_KPI, unitFromTitle } from '../domain/catalogue.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { insertRows, type BulkValue } from '../../../platform/imports/bulk.ts';
import { projectRoot } from '../../../platform/paths.ts';
import { KOLADA_SOURCE, SCB_SOURCE } from './sources.ts';

/**
 * Seeding the follow-up (part of `nara seed`, inside its one transaction):
 * Kolada's KPI catalogue as indicators, SKR's national indicators as the
 * default follow-up set, and the real values and population from Kolada, so
 * every county starts with real history. Idempotent by natural keys: only
 * what is missing is added, nothing is changed. Bulk rows go in with unnest()
 * through a temporary table (imports/bulk.ts). Files: seed/reference/kolada/ and
 * seed/reference/population/ (seed/followup/PROVENANCE.md).
 */

export const FILES = {
	catalogue: 'kolada/kolada_kpi_catalogue_v3_2026-03.csv',
	values: 'kolada/kolada_values_nara_vard_1994-2022.csv',
	population: 'population/population_by_area_agegroup_kolada_1994-2022.csv',
	projection: 'population/population_projection_kolada_scb.csv'
} as const;

/** Population columns of the population file → the Kolada KPI holding that group (checked against the catalogue). */
export const POPULATION_COLUMNS: Record<string, string> = {
	total: POPULATION_KPI.total,
	age_0_19: POPULATION_KPI['0-19'],
	age_20_64: POPULATION_KPI['20-64'],
	age_65_79: POPULATION_KPI['65-79'],
	age_80_plus: POPULATION_KPI['80+'],
	age_65_plus: POPULATION_KPI['65+']
};

export function readReferenceCsv(file: string): Record<string, string>[] {
	const text = readFileSync(path.join(projectRoot(), 'seed', 'reference', file), 'utf8');
	return parse(text, { columns: true, skip_empty_lines: true, bom: true });
}

type Counts = Record<string, number>;

export interface FollowUpSeedStep {
	label: string;
	run(tx: Tx): Promise<Counts>;
}

async function count(tx: Tx, query: ReturnType<typeof sql>): Promise<number> {
	const [row] = await tx.execute<{ n: number }>(query);
	return row?.n ?? 0;
}

async function seedCatalogue(tx: Tx): Promise<Counts> {
	await tx.execute(
		sql.raw(`create temp table seed_indicators (
			kolada_id text, title text, description text, unit text, direction indicator_direction,
			has_gender_split boolean, aggregation indicator_aggregation, operating_area text,
			publication_period text
		) on commit drop`)
	);
	const rows = readReferenceCsv(FILES.catalogue);
	await insertRows(
		tx,
		'seed_indicators',
		[
			['kolada_id', 'text'],
			['title', 'text'],
			['description', 'text'],
			['unit', 'text'],
			['direction', 'indicator_direction'],
			['has_gender_split', 'boolean'],
			['aggregation', 'indicator_aggregation'],
			['operating_area', 'text'],
			['publication_period', 'text']
		],
		rows.map((r): BulkValue[] => [
			r.id!,
			r.title!,
			r.description ?? '',
			unitFromTitle(r.title!),
			kpiDirections[r.id!]?.direction ?? 'neither',
			r.is_divided_by_gender === 'True',
			aggregationFromTitle(r.title!),
			r.operating_area ?? '',
			r.publ_period ?? ''
		])
	);
	// Filling the search index row by row costs more than parsing the whole
	// catalogue: let the rows queue in the GIN index's pending list and merge
	// them in one go.
	await tx.execute(sql`set local gin_pending_list_limit = '64MB'`);
	const indicators = await count(
		tx,
		sql`with added as (
			insert into indicators (kolada_id, title, description, unit, direction, source,
				has_gender_split, aggregation, operating_area, publication_period)
			select kolada_id, title, description, unit, direction, 'kolada', has_gender_split,
				aggregation, operating_area, publication_period
			from seed_indicators
			on conflict (kolada_id) do nothing
			returning 1
		) select count(*)::int as n from added`
	);
	if (indicators > 0)
		await tx.execute(sql`select gin_clean_pending_list('indicators_search'::regclass)`);
	await tx.execute(sql`set local gin_pending_list_limit to default`);
	return { indicators };
}

async function seedSkr(tx: Tx): Promise<Counts> {
	const ids = new Map(
		(
			await tx.execute<{ id: number; kolada_id: string }>(
				sql`select id, kolada_id from indicators where kolada_id in ${[
					...new Set([
						...skrIndicators.flatMap((i) => (i.koladaId ? [i.koladaId] : [])),
						...skrRelatedKpis.map((k) => k.koladaId)
					])
				]}`
			)
		).map((r) => [r.kolada_id, r.id])
	);
	const idOf = (koladaId: string) => {
		const id = ids.get(koladaId);
		if (id === undefined)
			throw new Error(`Seed: Kolada-nyckeltalet ${koladaId} saknas i katalogen`);
		return id;
	};
	const positions = new Map<string, number>();
	const items = skrIndicators.map((i) => {
		const position = (positions.get(i.focusShiftKey) ?? 0) + 1;
		positions.set(i.focusShiftKey, position);
		return {
			focus_shift_key: i.focusShiftKey,
			position,
			title: i.title,
			indicator_id: i.koladaId ? idOf(i.koladaId) : null,
			note: i.note
		};
	});
	const links = [
		...skrIndicators.flatMap((i) =>
			i.koladaId ? [{ indicator_id: idOf(i.koladaId), key: i.focusShiftKey }] : []
		),
		...skrRelatedKpis.map((k) => ({ indicator_id: idOf(k.koladaId), key: k.focusShiftKey }))
	];
	// a handful of rows: passed as one JSON parameter. SKR's set is reference
	// content that no one edits in Nära, so a corrected mapping (KPI and note)
	// replaces the one an earlier seed wrote; an unchanged row is left alone.
	const followUpItems = await count(
		tx,
		sql`with added as (
			insert into follow_up_items as f (set_key, focus_shift_key, position, title, indicator_id, note, source)
			select ${SKR_SET_KEY}, x.focus_shift_key, x.position, x.title, x.indicator_id, x.note, ${SKR_SOURCE}
			from json_to_recordset(${JSON.stringify(items)}::json) as x(focus_shift_key focus_shift_key,
				position smallint, title text, indicator_id integer, note text)
			on conflict (set_key, title) do update
				set indicator_id = excluded.indicator_id, note = excluded.note
				where (f.indicator_id, f.note) is distinct from (excluded.indicator_id, excluded.note)
			returning 1
		) select count(*)::int as n from added`
	);
	const indicatorLinks = await count(
		tx,
		sql`with added as (
			insert into indicator_links (indicator_id, kind, key)
			select x.indicator_id, 'focus_shift', x.key
			from json_to_recordset(${JSON.stringify(links)}::json) as x(indicator_id integer, key text)
			on conflict (indicator_id, kind, key) do nothing
			returning 1
		) select count(*)::int as n from added`
	);
	return { follow_up_items: followUpItems, indicator_links: indicatorLinks };
}

/** Copies (kpi, area, period, value) rows to a temporary table and adds the missing ones as measurements (gender T). */
async function seedValues(
	tx: Tx,
	source: string,
	rows: Iterable<readonly BulkValue[]>
): Promise<number> {
	await tx.execute(
		sql.raw(`create temp table if not exists seed_measurements (
			kpi text not null, area_id varchar(4) not null, period smallint not null, value double precision
		) on commit drop`)
	);
	await tx.execute(sql`truncate seed_measurements`);
	await insertRows(
		tx,
		'seed_measurements',
		[
			['kpi', 'text'],
			['area_id', 'varchar(4)'],
			['period', 'smallint'],
			['value', 'double precision']
		],
		rows
	);
	const [unknown] = await tx.execute<{ kpis: string[] | null }>(
		sql`select array_agg(distinct s.kpi) as kpis from seed_measurements s
			where not exists (select 1 from indicators i where i.kolada_id = s.kpi)`
	);
	if (unknown?.kpis?.length) {
		throw new Error(`Seed: nyckeltalen ${unknown.kpis.join(', ')} saknas i Kolada-katalogen`);
	}
	// Only what is missing, in key order (an anti-join is much cheaper than ON
	// CONFLICT here; `nara seed` holds a lock, so no other seed adds the same rows).
	return count(
		tx,
		sql`with added as (
			insert into measurements (indicator_id, area_id, period, gender, value, source)
			select i.id, s.area_id, s.period, 'T', s.value, ${source}
			from seed_measurements s join indicators i on i.kolada_id = s.kpi
			where not exists (select 1 from measurements m where m.indicator_id = i.id
				and m.area_id = s.area_id and m.period = s.period and m.gender = 'T')
			order by i.id, s.area_id, s.period
			returning 1
		) select count(*)::int as n from added`
	);
}

const value = (v: string | undefined): number | null => {
	if (v === undefined || v.trim() === '') return null;
	const n = Number(v);
	if (!Number.isFinite(n)) throw new Error(`Seed: "${v}" är inget tal`);
	return n;
};

function* koladaValues(): Generator<BulkValue[]> {
	for (const r of readReferenceCsv(FILES.values))
		yield [r.kpi!, r.area_id!, Number(r.year), value(r.value_total)];
}

function* population(): Generator<BulkValue[]> {
	for (const r of readReferenceCsv(FILES.population))
		for (const [column, kpi] of Object.entries(POPULATION_COLUMNS))
			yield [kpi, r.area_id!, Number(r.year), value(r[column])];
	// Kolada's period of a projection is the year it was made; the value is for 5 or 10 years later
	for (const r of readReferenceCsv(FILES.projection))
		yield [r.kpi!, r.area_id!, Number(r.kolada_period), value(r.expected_population)];
}

/**
 * Kolada's projections (5 and 10 years ahead) as rows of population_projections:
 * the year a value is about is the KPI's period plus its horizon, as the KPI
 * defines it ("förväntat antal invånare … om 10 år").
 */
async function seedProjections(tx: Tx): Promise<Counts> {
	await tx.execute(
		sql.raw(`create temp table seed_projections (
			area_id varchar(4), base_year smallint, age_group text, year smallint,
			value double precision, origin text
		) on commit drop`)
	);
	await insertRows(
		tx,
		'seed_projections',
		[
			['area_id', 'varchar(4)'],
			['base_year', 'smallint'],
			['age_group', 'text'],
			['year', 'smallint'],
			['value', 'double precision'],
			['origin', 'text']
		],
		readReferenceCsv(FILES.projection).flatMap((r): BulkValue[][] => {
			const v = value(r.expected_population);
			if (v === null) return [];
			const base = Number(r.kolada_period);
			return [
				[r.area_id!, base, r.age_group!, base + Number(r.horizon_years), v, `Kolada ${r.kpi}`]
			];
		})
	);
	const projections = await count(
		tx,
		sql`with added as (
			insert into population_projections (area_id, source, base_year, age_group, year, value, origin)
			select area_id, ${SCB_SOURCE}, base_year, age_group, year, value, origin from seed_projections
			on conflict do nothing
			returning 1
		) select count(*)::int as n from added`
	);
	return { population_projections: projections };
}

export const followUpSeedSteps: FollowUpSeedStep[] = [
	{ label: 'Nyckeltal från Kolada', run: seedCatalogue },
	{ label: 'SKR:s indikatorer för nära vård', run: seedSkr },
	{
		label: 'Värden från Kolada',
		run: async (tx) => ({ measurements: await seedValues(tx, KOLADA_SOURCE, koladaValues()) })
	},
	{
		label: 'Befolkning från SCB via Kolada',
		run: async (tx) => ({ measurements: await seedValues(tx, SCB_SOURCE, population()) })
	},
	{ label: 'Befolkningsframskrivningar från SCB via Kolada', run: seedProjections }
];
