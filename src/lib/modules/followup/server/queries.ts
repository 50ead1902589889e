import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client.ts';
import * as countiesTables from '../../counties/tables.ts';
import * as roadmapTables from '../../roadmap/tables.ts';
import * as followupTables from '../tables.ts';
import { toPrefixQuery } from '../../../platform/search.ts';

const t = { ...followupTables, ...countiesTables, ...roadmapTables };

/**
 * Reads of the follow-up: the indicator catalogue, follow-up sets,
 * measurements and targets. SQL for these lives here and nowhere else.
 */

export type Visible = ('public' | 'internal')[];
export type IndicatorRow = typeof t.indicators.$inferSelect;
export type TargetRow = typeof t.targets.$inferSelect;

/** The search index's expression (migration 0005), so the GIN index is used. */
const document = sql`to_tsvector('swedish', ${t.indicators.title} || ' ' || ${t.indicators.description})`;

export interface CatalogueFilter {
	q: string;
	source: '' | 'kolada' | 'own';
	/** the county whose own indicators are included (and what of them the reader sees) */
	countyCode: string | null;
	visible: Visible;
	limit: number;
	offset: number;
}

/**
 * Search: the Kolada id exactly (N20402) first, then Swedish full-text
 * matches on title and description by rank. Without a search text, the
 * catalogue in title order. Archived indicators are left out; a county's own
 * indicators only for that county.
 */
export async function searchIndicators(
	db: Db,
	f: CatalogueFilter
): Promise<{
	total: number;
	rows: (IndicatorRow & { exact: boolean; followUpTitle: string | null })[];
}> {
	const tsquery = toPrefixQuery(f.q);
	const id = f.q.trim().toUpperCase();
	const owner =
		f.countyCode === null
			? isNull(t.indicators.countyCode)
			: sql`(${t.indicators.countyCode} is null or (${t.indicators.countyCode} = ${f.countyCode} and ${inArray(t.indicators.visibility, f.visible)}))`;
	const source =
		f.source === 'kolada'
			? eq(t.indicators.source, 'kolada')
			: f.source === 'own'
				? sql`${t.indicators.countyCode} is not null`
				: undefined;
	const match =
		tsquery === null
			? f.q.trim() === ''
				? undefined
				: eq(t.indicators.koladaId, id)
			: sql`(${t.indicators.koladaId} = ${id} or ${document} @@ to_tsquery('swedish', ${tsquery}))`;
	const exact = sql<boolean>`coalesce(${t.indicators.koladaId} = ${id}, false)`;
	// without words to rank by, the order is the exact match, then the title
	// (a constant here would be read by PostgreSQL as a column position)
	const byRank =
		tsquery === null ? [] : [sql`ts_rank(${document}, to_tsquery('swedish', ${tsquery})) desc`];
	const rows = await db
		.select({
			row: t.indicators,
			exact,
			// the name SKR's follow-up gives it, where it is in a set: the name its page has too
			followUpTitle: sql<
				string | null
			>`(select fi.title from ${t.followUpItems} fi where fi.indicator_id = ${t.indicators.id} order by fi.set_key, fi.position limit 1)`,
			total: sql<number>`count(*) over ()`.mapWith(Number)
		})
		.from(t.indicators)
		.where(and(isNull(t.indicators.archivedAt), owner, source, match))
		.orderBy(sql`${exact} desc`, ...byRank, asc(t.indicators.title), asc(t.indicators.id))
		.limit(f.limit)
		.offset(f.offset);
	return {
		total: rows[0]?.total ?? 0,
		rows: rows.map((r) => ({ ...r.row, exact: r.exact, followUpTitle: r.followUpTitle }))
	};
}

/** An indicator by its id in Nära or its Kolada id. */
export async function findIndicator(
	db: Db | Tx,
	ref: { id?: number; koladaId?: string }
): Promise<IndicatorRow | undefined> {
	const where =
		ref.id !== undefined
			? eq(t.indicators.id, ref.id)
			: eq(t.indicators.koladaId, (ref.koladaId ?? '').toUpperCase());
	const [row] = await db.select().from(t.indicators).where(where);
	return row;
}

/** Indicators by their ids in Nära (those that exist, in no particular order). */
export async function findIndicators(db: Db | Tx, ids: number[]): Promise<IndicatorRow[]> {
	if (ids.length === 0) return [];
	return db.select().from(t.indicators).where(inArray(t.indicators.id, ids));
}

/** A county's own indicators (not archived, of the visibilities given), with the focus shifts they follow. */
export async function ownIndicatorsOf(
	db: Db,
	countyCode: string,
	visible: Visible
): Promise<{ row: IndicatorRow; shifts: string[] }[]> {
	const rows = await db
		.select({ row: t.indicators, shift: t.indicatorLinks.key })
		.from(t.indicators)
		.leftJoin(
			t.indicatorLinks,
			and(
				eq(t.indicatorLinks.indicatorId, t.indicators.id),
				eq(t.indicatorLinks.kind, 'focus_shift')
			)
		)
		.where(
			and(
				eq(t.indicators.countyCode, countyCode),
				isNull(t.indicators.archivedAt),
				inArray(t.indicators.visibility, visible)
			)
		)
		.orderBy(asc(t.indicators.title), asc(t.indicators.id));
	const out = new Map<number, { row: IndicatorRow; shifts: string[] }>();
	for (const r of rows) {
		const o = out.get(r.row.id) ?? { row: r.row, shifts: [] };
		if (r.shift) o.shifts.push(r.shift);
		out.set(r.row.id, o);
	}
	return [...out.values()];
}

export async function linksOf(
	db: Db | Tx,
	indicatorId: number
): Promise<{ kind: (typeof t.indicatorLinkKind.enumValues)[number]; key: string }[]> {
	return db
		.select({ kind: t.indicatorLinks.kind, key: t.indicatorLinks.key })
		.from(t.indicatorLinks)
		.where(eq(t.indicatorLinks.indicatorId, indicatorId))
		.orderBy(asc(t.indicatorLinks.kind), asc(t.indicatorLinks.key));
}

/** The follow-up set items that use an indicator. */
export async function followUpItemsOf(db: Db, indicatorId: number) {
	return db
		.select()
		.from(t.followUpItems)
		.where(eq(t.followUpItems.indicatorId, indicatorId))
		.orderBy(asc(t.followUpItems.setKey), asc(t.followUpItems.position));
}

/** A follow-up set with each item's indicator (if it has a data source). */
export async function followUpSet(db: Db, setKey: string) {
	return db
		.select({ item: t.followUpItems, indicator: t.indicators })
		.from(t.followUpItems)
		.leftJoin(t.indicators, eq(t.indicators.id, t.followUpItems.indicatorId))
		.where(eq(t.followUpItems.setKey, setKey))
		.orderBy(asc(t.followUpItems.focusShiftKey), asc(t.followUpItems.position));
}

/** Roadmap item keys of a kind in the county (for validating an indicator's links). */
export async function roadmapKeys(
	db: Db | Tx,
	countyCode: string,
	kind: 'development_area' | 'goal_area'
): Promise<Set<string>> {
	const rows = await db
		.select({ key: t.roadmapItems.key })
		.from(t.roadmapItems)
		.innerJoin(t.roadmaps, eq(t.roadmaps.id, t.roadmapItems.roadmapId))
		.where(
			and(
				eq(t.roadmaps.countyCode, countyCode),
				eq(t.roadmapItems.kind, kind),
				isNull(t.roadmapItems.archivedAt)
			)
		);
	return new Set(rows.map((r) => r.key));
}

export interface MeasurementRead {
	areaId: string;
	period: number;
	gender: string;
	value: number | null;
	count: number | null;
	status: string | null;
	basis: string | null;
	source: string;
	importedAt: Date;
}

const m = t.measurements;
const measurementColumns = {
	areaId: m.areaId,
	period: m.period,
	gender: m.gender,
	value: m.value,
	count: m.count,
	status: m.status,
	basis: m.basis,
	source: m.source,
	importedAt: m.importedAt
};
const measurementsWhere = (areas: string[], from: number, to: number, genders: string[]) =>
	and(
		inArray(m.areaId, areas),
		inArray(m.gender, genders),
		sql`${m.period} between ${from} and ${to}`
	);

export async function measurements(
	db: Db,
	indicatorId: number,
	areas: string[],
	from: number,
	to: number,
	genders: string[]
): Promise<MeasurementRead[]> {
	if (areas.length === 0 || genders.length === 0) return [];
	return db
		.select(measurementColumns)
		.from(m)
		.where(and(eq(m.indicatorId, indicatorId), measurementsWhere(areas, from, to, genders)))
		.orderBy(asc(m.areaId), asc(m.gender), asc(m.period));
}

/**
 * The values of several indicators in one read, by indicator id, each
 * indicator's rows in the order `measurements` gives them; an indicator
 * without values is not in the map.
 */
export async function measurementsOfMany(
	db: Db,
	indicatorIds: number[],
	areas: string[],
	from: number,
	to: number,
	genders: string[]
): Promise<Map<number, MeasurementRead[]>> {
	const byIndicator = new Map<number, MeasurementRead[]>();
	if (indicatorIds.length === 0 || areas.length === 0 || genders.length === 0) return byIndicator;
	const rows = await db
		.select({ indicatorId: m.indicatorId, ...measurementColumns })
		.from(m)
		.where(and(inArray(m.indicatorId, indicatorIds), measurementsWhere(areas, from, to, genders)))
		.orderBy(asc(m.indicatorId), asc(m.areaId), asc(m.gender), asc(m.period));
	for (const { indicatorId, ...row } of rows) {
		const list = byIndicator.get(indicatorId);
		if (list) list.push(row);
		else byIndicator.set(indicatorId, [row]);
	}
	return byIndicator;
}

/** Values of a Kolada KPI (e.g. a population KPI) by its Kolada id. */
export async function measurementsByKoladaId(
	db: Db,
	koladaId: string,
	areas: string[],
	from: number,
	to: number,
	genders: string[]
): Promise<MeasurementRead[]> {
	const indicator = await findIndicator(db, { koladaId });
	return indicator ? measurements(db, indicator.id, areas, from, to, genders) : [];
}

const swedish = new Intl.Collator('sv');

export interface CountyAreas {
	code: string;
	name: string;
	/** the region's Kolada id, e.g. 0017 */
	regionId: string;
	/** the municipalities' Kolada ids and names, by name (Swedish collation) */
	municipalities: { id: string; name: string }[];
}

export async function countyAreas(db: Db | Tx, countyCode: string): Promise<CountyAreas | null> {
	const [county] = await db.select().from(t.counties).where(eq(t.counties.code, countyCode));
	if (!county) return null;
	const rows = await db
		.select({ id: t.organisations.koladaId, name: t.organisations.shortName })
		.from(t.organisations)
		.where(
			and(eq(t.organisations.countyCode, countyCode), eq(t.organisations.kind, 'municipality'))
		)
		.orderBy(asc(t.organisations.koladaId));
	return {
		code: county.code,
		name: county.name,
		regionId: county.koladaId,
		// by name in Swedish order (Å, Ä, Ö last), as every list and table shows them
		municipalities: rows
			.flatMap((r) => (r.id ? [{ id: r.id, name: r.name }] : []))
			.sort((a, b) => swedish.compare(a.name, b.name))
	};
}

export async function targetsOf(
	db: Db,
	countyCode: string,
	visible: Visible,
	indicatorId?: number
): Promise<TargetRow[]> {
	return db
		.select()
		.from(t.targets)
		.where(
			and(
				eq(t.targets.countyCode, countyCode),
				isNull(t.targets.archivedAt),
				inArray(t.targets.visibility, visible),
				indicatorId === undefined ? undefined : eq(t.targets.indicatorId, indicatorId)
			)
		)
		.orderBy(asc(t.targets.indicatorId), asc(t.targets.areaId), asc(t.targets.period));
}

export async function findTargetByKey(
	db: Db | Tx,
	key: { indicatorId: number; areaId: string; period: number; gender: string }
): Promise<TargetRow | undefined> {
	const [row] = await db
		.select()
		.from(t.targets)
		.where(
			and(
				eq(t.targets.indicatorId, key.indicatorId),
				eq(t.targets.areaId, key.areaId),
				eq(t.targets.period, key.period),
				eq(t.targets.gender, key.gender)
			)
		);
	return row;
}

/** An area's projected working-age and 80+ population, every projection and source. */
export async function projectionsOf(db: Db, areaId: string) {
	const p = t.populationProjections;
	return db
		.select({
			source: p.source,
			baseYear: p.baseYear,
			ageGroup: p.ageGroup,
			year: p.year,
			value: p.value,
			origin: p.origin
		})
		.from(p)
		.where(and(eq(p.areaId, areaId), inArray(p.ageGroup, ['20-64', '20-66', '80+'])))
		.orderBy(asc(p.year));
}
