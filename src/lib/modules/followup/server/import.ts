import { isNotNull, sql } from 'drizzle-orm';
import path from 'node:path';
import { audit } from '../../../platform/audit.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { organisations } from '../../counties/tables.ts';
import { indicators } from '../tables.ts';
import { insertRows } from '../../../platform/imports/bulk.ts';
import {
	runImport,
	type ImportColumn,
	type ImportProgress,
	type ImportRun,
	type ImportSpec
} from '../../../platform/imports/core.ts';
import { forbidden, invalid, ok, type Outcome } from '../../../core/outcome.ts';
import { MEASUREMENT_LIMITS } from '../../../platform/imports/limits.ts';
import { canImportForArea, canImportMeasurements } from '../domain/permissions.ts';
import { MeasurementRow } from './schemas.ts';

/**
 * Importing measurements from a file (CSV or XLSX, long format like
 * Kolada's): one row per indicator × area × period × gender. Uses the import
 * core: every bad row is reported, and one bad row writes nothing. A value
 * already in Nära for the same key is replaced (the file is newer).
 */

export const MEASUREMENT_COLUMNS: readonly ImportColumn[] = [
	{
		key: 'kpi',
		name: 'kpi',
		aliases: ['nyckeltal', 'kpi_id', 'nyckeltal_id', 'indicator'],
		required: true
	},
	{
		key: 'area',
		name: 'area',
		aliases: [
			'område',
			'area_id',
			'kommun',
			'område_id',
			'omrade',
			'kommun_id',
			'kommunkod',
			// rKolada's export: municipality_id is the code, municipality the name (not read)
			'municipality_id'
		],
		required: true
	},
	{ key: 'period', name: 'period', aliases: ['år', 'year', 'ar'], required: true },
	{ key: 'gender', name: 'gender', aliases: ['kön', 'kon', 'sex'], required: false },
	{ key: 'value', name: 'value', aliases: ['värde', 'varde', 'value_total'], required: true },
	{ key: 'count', name: 'count', aliases: ['antal'], required: false },
	{ key: 'status', name: 'status', aliases: [], required: false }
];

const GENDERS = ['T', 'K', 'M'];

export interface KnownIndicator {
	id: number;
	koladaId: string | null;
	/** the county of an own indicator; null for Kolada's */
	countyCode: string | null;
	hasGenderSplit: boolean;
}

/** What the rows are checked against. */
export interface MeasurementImportContext {
	actor: Actor;
	/** by Kolada id (upper case), and own indicators by their id in Nära */
	indicators: ReadonlyMap<string, KnownIndicator>;
	/** Kolada area id → the county it belongs to (null for Riket) */
	areas: ReadonlyMap<string, string | null>;
	/** the name of the county for messages */
	countyNames?: ReadonlyMap<string, string>;
}

export interface MeasurementImportResult {
	rows: number;
	inserted: number;
	updated: number;
	source: string;
}

/** The measurement import, for the import core: columns, row schema, checks and writer. */
export function measurementImportSpec(
	ctx: MeasurementImportContext,
	file: { name: string; source: string }
): ImportSpec<MeasurementRow, MeasurementImportResult> {
	const countyName = (code: string) => ctx.countyNames?.get(code) ?? `län ${code}`;
	return {
		columns: MEASUREMENT_COLUMNS,
		limits: MEASUREMENT_LIMITS,
		schema: MeasurementRow,
		check(rows, fail) {
			const seen = new Map<number, number>();
			for (const r of rows) {
				const m = r.value;
				const indicator = ctx.indicators.get(m.kpi);
				if (!indicator) {
					fail(
						r,
						'kpi',
						`Nyckeltalet "${m.kpi}" finns inte i Nära. Ange ett Kolada-id ur katalogen, t.ex. N20402.`
					);
				} else if (m.gender !== 'T' && !indicator.hasGenderSplit) {
					fail(
						r,
						'gender',
						`Nyckeltalet ${m.kpi} delas inte upp på kön: bara T (totalt) går att läsa in.`
					);
				}
				if (!ctx.areas.has(m.area)) {
					fail(
						r,
						'area',
						`Området "${m.area}" är inte ett känt Kolada-id för en kommun, en region eller riket (0000).`
					);
				} else {
					const county = ctx.areas.get(m.area) ?? null;
					if (!canImportForArea(ctx.actor, county)) {
						fail(
							r,
							'area',
							county === null
								? 'Värden för riket (0000) läses in av systemet, inte av en användare.'
								: `Du får inte läsa in värden för ${countyName(county)}, bara för län där du är samordnare eller administratör.`
						);
					} else if (indicator?.countyCode && indicator.countyCode !== county) {
						fail(
							r,
							'area',
							`Nyckeltalet är ${countyName(indicator.countyCode)}s eget: värden kan bara läsas in för områden i det länet.`
						);
					}
				}
				// one number per key (area < 10 000, period 1990–2100 by the schema), so a
				// file of millions of rows stays small in memory
				if (!indicator) continue;
				const key =
					((indicator.id * 10_000 + Number(m.area)) * 111 + (m.period - 1990)) * 3 +
					GENDERS.indexOf(m.gender);
				const first = seen.get(key);
				if (first !== undefined) {
					fail(
						r,
						'kpi',
						`Raden har samma nyckeltal, område, period och kön som rad ${first}. Ta bort den ena.`
					);
				} else seen.set(key, r.row);
			}
		},
		async write(tx, rows, progress) {
			return writeMeasurements(tx, ctx, rows, file, progress);
		}
	};
}

async function writeMeasurements(
	tx: Tx,
	ctx: MeasurementImportContext,
	rows: readonly MeasurementRow[],
	file: { name: string; source: string },
	progress: (done: number) => void
): Promise<MeasurementImportResult> {
	await tx.execute(
		sql.raw(`create temp table measurement_import (
			indicator_id integer not null, area_id varchar(4) not null, period smallint not null,
			gender varchar(1) not null, value double precision, count integer, status text
		) on commit drop`)
	);
	await insertRows(
		tx,
		'measurement_import',
		[
			['indicator_id', 'integer'],
			['area_id', 'varchar(4)'],
			['period', 'smallint'],
			['gender', 'varchar(1)'],
			['value', 'double precision'],
			['count', 'integer'],
			['status', 'text']
		],
		(function* () {
			for (const r of rows)
				yield [
					ctx.indicators.get(r.kpi)!.id,
					r.area,
					r.period,
					r.gender,
					r.value,
					r.count,
					r.status
				];
		})(),
		{ progress }
	);
	const [counts] = await tx.execute<{ inserted: number; updated: number }>(sql`
		with written as (
			insert into measurements (indicator_id, area_id, period, gender, value, count, status, source, imported_at)
			select indicator_id, area_id, period, gender, value, count, status, ${file.source}, now()
			from measurement_import
			on conflict (indicator_id, area_id, period, gender) do update set
				value = excluded.value, count = excluded.count, status = excluded.status,
				source = excluded.source, imported_at = excluded.imported_at
			returning (xmax = 0) as inserted
		)
		select count(*) filter (where inserted)::int as inserted,
			count(*) filter (where not inserted)::int as updated
		from written`);
	const result = {
		rows: rows.length,
		inserted: counts!.inserted,
		updated: counts!.updated,
		source: file.source
	};
	const counties = new Set(rows.map((r) => ctx.areas.get(r.area) ?? null));
	let from = Infinity;
	let to = -Infinity;
	for (const r of rows) {
		if (r.period < from) from = r.period;
		if (r.period > to) to = r.period;
	}
	await audit(tx, ctx.actor, {
		action: 'import',
		entityType: 'measurements',
		entityId: file.name,
		countyCode: counties.size === 1 ? [...counties][0]! : null,
		before: null,
		after: {
			file: file.name,
			...result,
			indicators: [...new Set(rows.map((r) => r.kpi))].sort(),
			periods: { from, to }
		}
	});
	return result;
}

/** The indicators and areas a file is checked against, from the database. */
export async function loadImportContext(db: Db, actor: Actor): Promise<MeasurementImportContext> {
	const [indicatorRows, areaRows, countyRows] = await Promise.all([
		db
			.select({
				id: indicators.id,
				koladaId: indicators.koladaId,
				countyCode: indicators.countyCode,
				hasGenderSplit: indicators.hasGenderSplit
			})
			.from(indicators)
			.where(sql`${indicators.archivedAt} is null`),
		db
			.select({ koladaId: organisations.koladaId, countyCode: organisations.countyCode })
			.from(organisations)
			.where(isNotNull(organisations.koladaId)),
		db.execute<{ code: string; name: string }>(sql`select code, name from counties`)
	]);
	const known = new Map<string, KnownIndicator>();
	for (const i of indicatorRows) {
		if (i.koladaId) known.set(i.koladaId.toUpperCase(), i);
		else known.set(String(i.id), i);
	}
	const areas = new Map<string, string | null>([['0000', null]]);
	for (const a of areaRows) areas.set(a.koladaId!, a.countyCode);
	return {
		actor,
		indicators: known,
		areas,
		countyNames: new Map(countyRows.map((c) => [c.code, c.name]))
	};
}

export type MeasurementImportRun = ImportRun<MeasurementRow, MeasurementImportResult>;

/**
 * Imports a measurement file: preview only with `dryRun`, else all rows in
 * one transaction (audited), or nothing when any row is bad. `source` is
 * what the values are credited to (default: the file's name).
 */
export async function importMeasurements(
	db: Db,
	actor: Actor,
	file: { name: string; bytes: Uint8Array },
	opts: { dryRun?: boolean; source?: string; progress?: ImportProgress } = {}
): Promise<Outcome<MeasurementImportRun>> {
	if (!canImportMeasurements(actor)) return forbidden();
	const name = path.basename(file.name);
	const source = (opts.source ?? `Fil: ${name}`).trim();
	if (source.length === 0 || source.length > 200) {
		return invalid('Importen kunde inte starta.', {
			source: ['Ange källan för värdena med 1–200 tecken, t.ex. "Kolada" eller regionens namn.']
		});
	}
	const ctx = await loadImportContext(db, actor);
	const spec = measurementImportSpec(ctx, { name, source });
	return ok(await runImport(db, spec, { name, bytes: file.bytes }, opts));
}
