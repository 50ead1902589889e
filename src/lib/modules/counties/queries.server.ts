import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../platform/db/client.ts';
import * as visionTables from '../vision/tables.ts';
import * as countiesTables from './tables.ts';
import type { County, Organisation } from './schema.ts';

const t = { ...countiesTables, ...visionTables };

/**
 * Reads of the county content. SQL for these lives here and nowhere else.
 * `visible` is what the reader may see (public only, or public and internal);
 * archived items are never listed.
 */
export type Visible = ('public' | 'internal')[];

/** A table of county content that is edited and archived (platform/db/columns.ts `editable`). */
interface CountyContent {
	countyCode: AnyPgColumn;
	visibility: AnyPgColumn;
	archivedAt: AnyPgColumn;
}

/** The rows of the county that are not archived. */
export const liveInCounty = (table: Omit<CountyContent, 'visibility'>, countyCode: string) =>
	and(eq(table.countyCode, countyCode), isNull(table.archivedAt));

/** The rows of the county that are not archived and that the reader may see. */
export const shownInCounty = (table: CountyContent, countyCode: string, visible: Visible) =>
	and(
		eq(table.countyCode, countyCode),
		inArray(table.visibility, visible),
		isNull(table.archivedAt)
	);
const countyColumns = {
	code: t.counties.code,
	name: t.counties.name,
	shortName: t.counties.shortName,
	slug: t.counties.slug,
	regionName: t.counties.regionName,
	koladaId: t.counties.koladaId,
	hasVision: sql<boolean>`exists (select 1 from ${t.visions} where ${t.visions.countyCode} = ${t.counties.code})`
};
export async function listCounties(db: Db): Promise<County[]> {
	return db.select(countyColumns).from(t.counties).orderBy(asc(t.counties.code));
}
export async function findCounty(
	db: Db,
	by: { code?: string; slug?: string }
): Promise<County | undefined> {
	const where = by.code ? eq(t.counties.code, by.code) : eq(t.counties.slug, by.slug ?? '');
	const [row] = await db.select(countyColumns).from(t.counties).where(where);
	return row;
}
export const swedishOrder = sql`${t.organisations.name} collate "sv-x-icu"`;
/** The county's municipalities, id and name, in name order (for a form's list). */
export function countyMunicipalities(
	db: Db | Tx,
	countyCode: string
): Promise<{ id: number; name: string }[]> {
	return db
		.select({ id: t.organisations.id, name: t.organisations.name })
		.from(t.organisations)
		.where(
			and(eq(t.organisations.countyCode, countyCode), eq(t.organisations.kind, 'municipality'))
		)
		.orderBy(asc(t.organisations.name));
}

export async function organisations(db: Db, countyCode: string): Promise<Organisation[]> {
	return db
		.select({
			id: t.organisations.id,
			kind: t.organisations.kind,
			name: t.organisations.name,
			shortName: t.organisations.shortName,
			scbCode: t.organisations.scbCode,
			koladaId: t.organisations.koladaId
		})
		.from(t.organisations)
		.where(eq(t.organisations.countyCode, countyCode))
		.orderBy(asc(t.organisations.kind), swedishOrder);
}
export interface BoundaryFeature {
	areaCode: string;
	name: string;
	geometry: unknown;
}
export async function municipalityBoundaries(
	db: Db,
	countyCode: string
): Promise<BoundaryFeature[]> {
	return db
		.select({
			areaCode: t.boundaries.areaCode,
			name: t.boundaries.name,
			geometry: t.boundaries.geometry
		})
		.from(t.boundaries)
		.where(and(eq(t.boundaries.countyCode, countyCode), eq(t.boundaries.kind, 'municipality')))
		.orderBy(asc(t.boundaries.areaCode));
}
export async function sourceDocuments(db: Db) {
	return db.select().from(t.sourceDocuments).orderBy(asc(t.sourceDocuments.fileName));
}
export async function ping(db: Db): Promise<void> {
	await db.execute(sql`select 1`);
}
