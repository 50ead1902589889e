import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit.ts';
import type { Actor } from '../../../core/actor.ts';
import { canEditCountyContent } from '../../../core/permissions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { counties, organisations } from '../../counties/tables.ts';
import { indicators } from '../tables.ts';
import { insertRows } from '../../../platform/imports/bulk.ts';
import {
	createKoladaClient,
	type FetchOptions,
	type KoladaClient,
	type KoladaClientOptions,
	type KoladaRow
} from '../kolada/client.ts';
import { forbidden, invalid, notFound, ok, type Outcome } from '../../../core/outcome.ts';
import { KOLADA_SOURCE } from './sources.ts';

/**
 * Importing values straight from Kolada (`nara import kolada` and the
 * coordinators' background job): the given KPIs for a county's
 * municipalities, its region and Riket (0000), for a range of years.
 * Everything is fetched first; only when all of it came are the rows
 * written, in one transaction (upsert, source "Kolada", audited once). A
 * failed fetch (KoladaError) writes nothing.
 */

export interface KoladaImportRequest {
	/** Kolada KPI ids, e.g. N20402; each must be in Nära's catalogue */
	kpis: string[];
	/** two digits, e.g. 17 */
	countyCode: string;
	years: number[];
}

/** A step, how far it has come and how far it goes (as the CLI's progress bar takes it). */
export type KoladaImportProgress = (step: string, done: number, total: number) => void;

export interface KoladaImportOptions {
	client: KoladaClient;
	onProgress?: KoladaImportProgress;
	signal?: AbortSignal;
}

export interface KoladaImportResult {
	/** rows written (each indicator × area × period × gender once) */
	rows: number;
	inserted: number;
	updated: number;
	/** rows whose value Kolada left empty (kept as null) */
	missing: number;
	kpis: string[];
	areas: number;
	years: { from: number; to: number };
}

export const FETCH_STEP = 'Hämtar från Kolada';
export const WRITE_STEP = 'Skriver värden';

/**
 * A Kolada client whose progress (requests done of all it needs) goes to
 * `onProgress` under FETCH_STEP.
 */
export function koladaImportClient(
	options: Omit<KoladaClientOptions, 'onProgress'>,
	onProgress?: KoladaImportProgress
): KoladaClient {
	return createKoladaClient({
		...options,
		onProgress: onProgress ? (p) => onProgress(FETCH_STEP, p.request, p.requests) : undefined
	});
}

/** "2010-2024" or "2022" → the years; null when it cannot be read. */
export function parseYears(text: string): number[] | null {
	const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?$/.exec(text);
	if (!m) return null;
	const from = Number(m[1]);
	const to = Number(m[2] ?? m[1]);
	if (from > to || from < 1900 || to > 2100) return null;
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** "N20402, u01402" → ["N20402", "U01402"] (deduplicated, upper case). */
export function parseKpis(text: string): string[] {
	return [
		...new Set(
			text
				.split(/[\s,;]+/)
				.map((k) => k.trim().toUpperCase())
				.filter(Boolean)
		)
	];
}

function checkRequest(request: KoladaImportRequest): Record<string, string[]> {
	const fields: Record<string, string[]> = {};
	if (request.kpis.length === 0) fields.kpis = ['Ange minst ett nyckeltal, t.ex. N20402.'];
	else {
		const bad = request.kpis.filter((k) => !/^[A-Za-z0-9]{1,20}$/.test(k));
		if (bad.length) fields.kpis = [`Ogiltigt nyckeltal: ${bad.join(', ')}.`];
	}
	if (!/^\d{2}$/.test(request.countyCode))
		fields.county = ['Ange länet med två siffror, t.ex. 17.'];
	const years = request.years;
	if (years.length === 0 || years.some((y) => !Number.isInteger(y) || y < 1990 || y > 2100))
		fields.years = ['Ange åren som ett intervall mellan 1990 och 2100, t.ex. 2010-2024.'];
	return fields;
}

/** The areas of a county as Kolada names them: Riket, the region and the municipalities. */
export async function countyAreas(db: Db, countyCode: string): Promise<string[] | null> {
	const [county] = await db
		.select({ koladaId: counties.koladaId })
		.from(counties)
		.where(eq(counties.code, countyCode));
	if (!county) return null;
	const rows = await db
		.select({ koladaId: organisations.koladaId })
		.from(organisations)
		.where(
			and(
				eq(organisations.countyCode, countyCode),
				isNotNull(organisations.koladaId),
				eq(organisations.kind, 'municipality')
			)
		);
	const areas = new Set(['0000', county.koladaId, ...rows.map((r) => r.koladaId!)]);
	return [...areas].sort();
}

/** What an import was checked into: the KPIs with their ids in Nära, the areas and years. */
export interface PreparedKoladaImport {
	countyCode: string;
	kpis: string[];
	years: number[];
	areas: string[];
	byKpi: ReadonlyMap<string, number>;
}

/**
 * The checks before anything is fetched: the request is well formed, the
 * actor may import for the county (the system, or its coordinators and
 * administrators), and every KPI is in Nära's catalogue.
 */
export async function prepareKoladaImport(
	db: Db,
	actor: Actor,
	request: KoladaImportRequest
): Promise<Outcome<PreparedKoladaImport>> {
	const kpis = [...new Set(request.kpis.map((k) => k.trim().toUpperCase()))];
	const years = [...new Set(request.years)].sort((a, b) => a - b);
	if (actor.kind !== 'system' && !canEditCountyContent(actor, request.countyCode))
		return forbidden('Bara länets samordnare och administratörer kan läsa in värden från Kolada.');
	const fields = checkRequest({ ...request, kpis, years });
	if (Object.keys(fields).length) return invalid('Importen kunde inte starta.', fields);

	const areas = await countyAreas(db, request.countyCode);
	if (!areas) return notFound(`Länet ${request.countyCode} finns inte.`);

	const known = await db
		.select({ id: indicators.id, koladaId: indicators.koladaId })
		.from(indicators)
		.where(
			and(
				isNull(indicators.archivedAt),
				sql`upper(${indicators.koladaId}) in (${sql.join(
					kpis.map((k) => sql`${k}`),
					sql`, `
				)})`
			)
		);
	const byKpi = new Map(known.map((i) => [i.koladaId!.toUpperCase(), i.id]));
	const unknown = kpis.filter((k) => !byKpi.has(k));
	if (unknown.length)
		return invalid('Importen kunde inte starta.', {
			kpis: [
				`${unknown.length === 1 ? 'Nyckeltalet' : 'Nyckeltalen'} ${unknown.join(', ')} finns inte i Nära. Ange Kolada-id ur katalogen, t.ex. N20402.`
			]
		});
	return ok({ countyCode: request.countyCode, kpis, years, areas, byKpi });
}

/**
 * Fetches the values (all of them, or a KoladaError and nothing written)
 * and writes them in one transaction. Refusals come back as outcomes.
 */
export async function importFromKolada(
	db: Db,
	actor: Actor,
	request: KoladaImportRequest,
	options: KoladaImportOptions
): Promise<Outcome<KoladaImportResult>> {
	const prepared = await prepareKoladaImport(db, actor, request);
	if (prepared.kind !== 'ok') return prepared;
	return ok(await runKoladaImport(db, actor, prepared.value, options));
}

/** The fetch and the write of a prepared import (throws KoladaError when the fetch fails). */
export async function runKoladaImport(
	db: Db,
	actor: Actor,
	prepared: PreparedKoladaImport,
	options: KoladaImportOptions
): Promise<KoladaImportResult> {
	const { kpis, years, areas, byKpi } = prepared;
	const fetchOptions: FetchOptions = { signal: options.signal };
	const fetched = await options.client.fetchAllValues({ kpis, areas, years }, fetchOptions);

	// one row per key (Kolada should not repeat one; if it does, the last counts)
	const wanted = new Set(areas);
	const rows = new Map<string, KoladaRow & { indicatorId: number }>();
	for (const r of fetched) {
		const indicatorId = byKpi.get(r.kpi.toUpperCase());
		if (indicatorId === undefined || !wanted.has(r.areaId)) continue;
		rows.set(`${indicatorId}|${r.areaId}|${r.period}|${r.gender}`, { ...r, indicatorId });
	}
	const all = [...rows.values()];
	const total = all.length;
	options.onProgress?.(WRITE_STEP, 0, total);

	const result = await db.transaction(async (tx) => {
		await tx.execute(
			sql.raw(`create temp table kolada_import (
				indicator_id integer not null, area_id varchar(4) not null, period smallint not null,
				gender varchar(1) not null, value double precision, count integer, status text
			) on commit drop`)
		);
		await insertRows(
			tx,
			'kolada_import',
			[
				['indicator_id', 'integer'],
				['area_id', 'varchar(4)'],
				['period', 'smallint'],
				['gender', 'varchar(1)'],
				['value', 'double precision'],
				['count', 'integer'],
				['status', 'text']
			],
			all.map((r) => [r.indicatorId, r.areaId, r.period, r.gender, r.value, r.count, r.status]),
			{ progress: (done) => options.onProgress?.(WRITE_STEP, done, total) }
		);
		const [counts] = await tx.execute<{ inserted: number; updated: number }>(sql`
			with written as (
				insert into measurements (indicator_id, area_id, period, gender, value, count, status, source, imported_at)
				select indicator_id, area_id, period, gender, value, count, status, ${KOLADA_SOURCE}, now()
				from kolada_import
				on conflict (indicator_id, area_id, period, gender) do update set
					value = excluded.value, count = excluded.count, status = excluded.status,
					source = excluded.source, imported_at = excluded.imported_at
				returning (xmax = 0) as inserted
			)
			select count(*) filter (where inserted)::int as inserted,
				count(*) filter (where not inserted)::int as updated
			from written`);
		const value: KoladaImportResult = {
			rows: total,
			inserted: counts!.inserted,
			updated: counts!.updated,
			missing: all.filter((r) => r.value === null).length,
			kpis,
			areas: areas.length,
			years: { from: years[0]!, to: years[years.length - 1]! }
		};
		await audit(tx, actor, {
			action: 'import',
			entityType: 'measurements',
			entityId: `kolada:${prepared.countyCode}`,
			countyCode: prepared.countyCode,
			before: null,
			after: { source: KOLADA_SOURCE, ...value }
		});
		return value;
	});
	options.onProgress?.(WRITE_STEP, total, total);
	return result;
}
