import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import * as countiesTables from '../counties/tables.ts';
import * as initiativesTables from './tables.ts';

const t = { ...initiativesTables, ...countiesTables };

/**
 * Reads and writes of one initiative and its lists (partners,
 * municipalities, funding), and the open data's rows. SQL for initiatives
 * lives in the module's *queries.server.ts files and nowhere else: the
 * list's search in search-queries.server.ts, the import's in
 * import-queries.server.ts.
 */

export type Visible = ('public' | 'internal')[];
export type InitiativeRow = typeof t.initiatives.$inferSelect;

/** One initiative with its organisations, municipalities and funding. */
export async function initiativeDetail(db: Db | Tx, countyCode: string, id: number) {
	const [row] = await db
		.select()
		.from(t.initiatives)
		.where(and(eq(t.initiatives.id, id), eq(t.initiatives.countyCode, countyCode)));
	if (!row) return undefined;
	const [details] = await detailsOf(db, [row]);
	return details;
}

/** Several initiatives with their organisations, municipalities and funding, in the given order. */
export async function detailsOf(db: Db | Tx, rows: InitiativeRow[]) {
	const ids = rows.map((r) => r.id);
	if (!ids.length) return [];
	const orgIds = new Set<number>();
	const [partners, municipalities, funding] = await Promise.all([
		db.select().from(t.initiativePartners).where(inArray(t.initiativePartners.initiativeId, ids)),
		db
			.select()
			.from(t.initiativeMunicipalities)
			.where(inArray(t.initiativeMunicipalities.initiativeId, ids)),
		db
			.select()
			.from(t.initiativeFunding)
			.where(inArray(t.initiativeFunding.initiativeId, ids))
			.orderBy(asc(t.initiativeFunding.year), asc(t.initiativeFunding.id))
	]);
	for (const r of rows) if (r.leadOrganisationId) orgIds.add(r.leadOrganisationId);
	for (const p of partners) orgIds.add(p.organisationId);
	for (const m of municipalities) orgIds.add(m.organisationId);
	const orgs = orgIds.size
		? await db
				.select({
					id: t.organisations.id,
					name: t.organisations.name,
					kind: t.organisations.kind,
					code: t.organisations.scbCode
				})
				.from(t.organisations)
				.where(inArray(t.organisations.id, [...orgIds]))
		: [];
	const org = new Map(orgs.map((o) => [o.id, o]));
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');
	return rows.map((row) => ({
		row,
		lead: row.leadOrganisationId ? (org.get(row.leadOrganisationId) ?? null) : null,
		partners: partners
			.filter((p) => p.initiativeId === row.id)
			.map((p) => org.get(p.organisationId)!)
			.sort(byName),
		municipalities: municipalities
			.filter((m) => m.initiativeId === row.id)
			.map((m) => org.get(m.organisationId)!)
			.sort(byName),
		funding: funding.filter((f) => f.initiativeId === row.id)
	}));
}

export type InitiativeDetail = NonNullable<Awaited<ReturnType<typeof initiativeDetail>>>;

/** The county's initiatives by id, not archived, visible to the reader, in the given order. */
export async function initiativesByIds(
	db: Db | Tx,
	countyCode: string,
	visible: Visible,
	ids: number[]
): Promise<InitiativeRow[]> {
	if (!ids.length) return [];
	const rows = await db
		.select()
		.from(t.initiatives)
		.where(
			and(
				eq(t.initiatives.countyCode, countyCode),
				inArray(t.initiatives.id, ids),
				inArray(t.initiatives.visibility, visible),
				isNull(t.initiatives.archivedAt)
			)
		);
	const position = new Map(ids.map((id, i) => [id, i]));
	return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/**
 * Initiatives of the county whose titles are close to `title` (trigram
 * similarity ≥ 0.5, the pg_trgm index), most similar first; archived ones
 * too, since a new entry may be a forgotten old one.
 */
export async function similarTitles(
	db: Db | Tx,
	countyCode: string,
	title: string,
	except?: number
): Promise<{ id: number; title: string; similarity: number }[]> {
	const rows = await db.execute<{ id: number; title: string; similarity: number }>(sql`
		select id, title, similarity(title, ${title})::float8 as similarity
		from initiatives
		where county_code = ${countyCode} and title % ${title}
			${except === undefined ? sql`` : sql`and id <> ${except}`}
			and similarity(title, ${title}) >= 0.5
		order by similarity desc, id
		limit 5`);
	return [...rows];
}

/** The organisations of a county, for choices and for resolving names in imports. */
export async function countyOrganisations(db: Db | Tx, countyCode: string) {
	return db
		.select({
			id: t.organisations.id,
			name: t.organisations.name,
			shortName: t.organisations.shortName,
			kind: t.organisations.kind,
			code: t.organisations.scbCode
		})
		.from(t.organisations)
		.where(eq(t.organisations.countyCode, countyCode))
		.orderBy(asc(t.organisations.kind), sql`${t.organisations.name} collate "sv-x-icu"`);
}

/** The columns of an initiative as written, and its lists. */
export interface InitiativeWrite {
	columns: Omit<
		typeof t.initiatives.$inferInsert,
		'id' | 'countyCode' | 'search' | 'revision' | 'createdAt' | 'updatedAt' | 'archivedAt'
	>;
	partnerIds: number[];
	municipalityIds: number[];
	funding: { year: number; fundingSource: string; amountSek: number | null; note: string }[];
}

/** Replaces the partners, municipalities and funding of an initiative. */
export async function writeLists(tx: Tx, id: number, w: InitiativeWrite): Promise<void> {
	await tx.delete(t.initiativePartners).where(eq(t.initiativePartners.initiativeId, id));
	await tx
		.delete(t.initiativeMunicipalities)
		.where(eq(t.initiativeMunicipalities.initiativeId, id));
	await tx.delete(t.initiativeFunding).where(eq(t.initiativeFunding.initiativeId, id));
	if (w.partnerIds.length)
		await tx
			.insert(t.initiativePartners)
			.values(w.partnerIds.map((organisationId) => ({ initiativeId: id, organisationId })));
	if (w.municipalityIds.length)
		await tx
			.insert(t.initiativeMunicipalities)
			.values(w.municipalityIds.map((organisationId) => ({ initiativeId: id, organisationId })));
	if (w.funding.length)
		await tx.insert(t.initiativeFunding).values(w.funding.map((f) => ({ ...f, initiativeId: id })));
}

export async function insertInitiative(
	tx: Tx,
	countyCode: string,
	w: InitiativeWrite
): Promise<InitiativeRow> {
	const [row] = await tx
		.insert(t.initiatives)
		.values({ ...w.columns, countyCode })
		.returning();
	await writeLists(tx, row!.id, w);
	return row!;
}

/** One write of initiatives at a time per county, so the similar-title check holds. */
export const lockCountyInitiatives = (tx: Tx, countyCode: string) =>
	tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`initiatives:${countyCode}`}))`);

// ——— Open data

/** Public, not archived initiatives of every county (or one), for the open data. */
export async function publicInitiatives(db: Db | Tx, countyCode: string | null) {
	const rows = await db
		.select()
		.from(t.initiatives)
		.where(
			and(
				eq(t.initiatives.visibility, 'public'),
				isNull(t.initiatives.archivedAt),
				countyCode === null ? undefined : eq(t.initiatives.countyCode, countyCode)
			)
		)
		.orderBy(asc(t.initiatives.countyCode), asc(t.initiatives.id));
	return rows;
}

/** When public initiatives were first and last written, per county (for the data catalogue). */
export async function publicInitiativeDates(db: Db | Tx) {
	const rows = await db.execute<{
		county_code: string;
		n: number;
		issued: Date;
		modified: Date;
	}>(sql`
		select county_code, count(*)::int as n, min(created_at) as issued, max(updated_at) as modified
		from initiatives where visibility = 'public' and archived_at is null
		group by county_code order by county_code`);
	return rows.map((r) => ({
		countyCode: r.county_code,
		count: r.n,
		issued: new Date(r.issued),
		modified: new Date(r.modified)
	}));
}

/**
 * Public, not archived initiatives seeded from one source document, with
 * where in it (the knowledge bank links a region's account in the national
 * overview to the initiatives taken from it).
 */
export async function overviewInitiatives(db: Db | Tx, source: string) {
	return db
		.select({
			id: t.initiatives.id,
			countyCode: t.initiatives.countyCode,
			title: t.initiatives.title,
			sourceLocator: t.initiatives.sourceLocator,
			developmentAreas: t.initiatives.developmentAreas,
			goalAreas: t.initiatives.goalAreas,
			focusShifts: t.initiatives.focusShifts
		})
		.from(t.initiatives)
		.where(
			and(
				eq(t.initiatives.source, source),
				eq(t.initiatives.visibility, 'public'),
				isNull(t.initiatives.archivedAt)
			)
		)
		.orderBy(asc(t.initiatives.countyCode), asc(t.initiatives.title));
}

/**
 * The county's live initiatives the reader may see, with what a year's
 * account of them needs: when they run, their phase and what they work on
 * (the yearly follow-up of the roadmap groups them by year).
 */
export async function initiativeTimes(db: Db | Tx, countyCode: string, visible: Visible) {
	return db
		.select({
			id: t.initiatives.id,
			title: t.initiatives.title,
			startsOn: t.initiatives.startsOn,
			endsOn: t.initiatives.endsOn,
			phase: t.initiatives.phase,
			developmentAreas: t.initiatives.developmentAreas,
			focusShifts: t.initiatives.focusShifts,
			updatedAt: t.initiatives.updatedAt
		})
		.from(t.initiatives)
		.where(
			and(
				eq(t.initiatives.countyCode, countyCode),
				inArray(t.initiatives.visibility, visible),
				isNull(t.initiatives.archivedAt)
			)
		)
		.orderBy(asc(t.initiatives.title), asc(t.initiatives.id));
}
