import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import * as countiesTables from '../counties/tables.ts';
import * as initiativesTables from './tables.ts';
import { arrayLiteral, insertRows } from '../../platform/imports/bulk.ts';
import { MATCH_END, MATCH_START, searchWords, toPrefixQuery } from '../../platform/search.ts';

const t = { ...initiativesTables, ...countiesTables };

/**
 * Reads and writes of the inventory of initiatives. SQL for initiatives
 * lives here and nowhere else.
 */

export type Visible = ('public' | 'internal')[];
export type InitiativeRow = typeof t.initiatives.$inferSelect;

/** The filters of a search, already resolved to what the database holds. */
export interface SearchFilter {
	countyCode: string;
	visible: Visible;
	q: string;
	organisationIds: number[];
	/** SCB codes of municipalities */
	municipalityCodes: string[];
	goalAreas: string[];
	developmentAreas: string[];
	focusShifts: string[];
	phases: string[];
	levels: string[];
	goodExample: boolean;
	/** match any of the words instead of all of them */
	anyWord?: boolean;
}

export type FacetName =
	| 'organisation'
	| 'municipality'
	| 'goalArea'
	| 'developmentArea'
	| 'focusShift'
	| 'phase'
	| 'level'
	| 'goodExample';

export interface SearchHit {
	id: number;
	title: string;
	/** ts_headline output with MATCH_START/MATCH_END around matches; null without a search */
	titleMarked: string | null;
	snippetMarked: string | null;
	description: string;
	leadId: number | null;
	leadName: string | null;
	leadKind: string | null;
	municipalities: { id: number; name: string; code: string | null }[];
	level: InitiativeRow['level'];
	phase: InitiativeRow['phase'];
	goalAreas: string[];
	developmentAreas: InitiativeRow['developmentAreas'];
	focusShifts: InitiativeRow['focusShifts'];
	goodExample: boolean;
	visibility: InitiativeRow['visibility'];
	source: string | null;
	updatedAt: Date;
}

export interface SearchResult {
	total: number;
	hits: SearchHit[];
	/** counts per facet value, each counted with every other facet's filter applied */
	facets: Record<FacetName, Map<string, number>>;
	/** false when no initiative had every word, and these are those with any of them */
	matchedAllWords: boolean;
}

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

const textArray = (values: string[]) => sql`${`{${values.map(quoteArrayItem).join(',')}}`}::text[]`;

/**
 * Whether an initiative (alias `i`) has one of the chosen organisations (as
 * lead or partner) and runs in one of the chosen municipalities, as columns
 * of `base`, so each is tested once per row however many facets are counted.
 * Each is one lookup of the link table for the whole statement (a hashed
 * subplan), not a lookup per row: a correlated EXISTS here made the planner
 * cost the statement high enough to JIT-compile it (seconds), and joining
 * organisations per row scans that small table whole on every lookup.
 */
function linkMatches(f: SearchFilter): SQL {
	const orgIds = sql`${`{${f.organisationIds.join(',')}}`}::int[]`;
	const columns = [
		f.organisationIds.length
			? sql`(i.lead_organisation_id = any(${orgIds}) or i.id in (select cp.initiative_id
				from initiative_partners cp where cp.organisation_id = any(${orgIds}))) as in_organisation`
			: null,
		f.municipalityCodes.length
			? sql`i.id in (select cm.initiative_id from initiative_municipalities cm
				where cm.organisation_id = any(array(select co.id from organisations co
					where co.scb_code::text = any(${textArray(f.municipalityCodes)})))) as in_municipality`
			: null
	].filter((c): c is SQL => c !== null);
	return columns.length ? sql`, ${sql.join(columns, sql`, `)}` : sql``;
}

/**
 * Each facet's condition on the `base` rows. A facet with no selected value
 * has no condition. Within a facet the values are alternatives.
 */
function conditions(f: SearchFilter): Record<FacetName, SQL | null> {
	return {
		organisation: f.organisationIds.length ? sql`b.in_organisation` : null,
		municipality: f.municipalityCodes.length ? sql`b.in_municipality` : null,
		goalArea: f.goalAreas.length ? sql`b.goal_areas && ${textArray(f.goalAreas)}` : null,
		developmentArea: f.developmentAreas.length
			? sql`b.development_areas && ${textArray(f.developmentAreas)}`
			: null,
		focusShift: f.focusShifts.length ? sql`b.focus_shifts && ${textArray(f.focusShifts)}` : null,
		phase: f.phases.length ? sql`b.phase = any(${textArray(f.phases)})` : null,
		level: f.levels.length ? sql`b.level = any(${textArray(f.levels)})` : null,
		goodExample: f.goodExample ? sql`b.good_example` : null
	};
}

/** An element of a PostgreSQL array literal, quoted so that no value can break out of it. */
function quoteArrayItem(value: string): string {
	return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function where(parts: (SQL | null)[]): SQL {
	const present = parts.filter((p): p is SQL => p !== null);
	return present.length ? sql`where ${sql.join(present, sql` and `)}` : sql``;
}

/**
 * The values each facet counts, one row per (initiative, value), from the
 * `base` rows that pass `others` (every other facet's condition).
 */
const FACET_VALUES: Record<FacetName, (others: (SQL | null)[]) => SQL> = {
	organisation: (others) =>
		sql`select b.lead_organisation_id::text as v from base b ${where([...others, sql`b.lead_organisation_id is not null`])}
			union all
			select p.organisation_id::text from base b join initiative_partners p on p.initiative_id = b.id ${where(others)}`,
	municipality: (others) =>
		sql`select o.scb_code::text as v from base b
			join initiative_municipalities m on m.initiative_id = b.id
			join organisations o on o.id = m.organisation_id ${where(others)}`,
	goalArea: (others) => sql`select unnest(b.goal_areas) as v from base b ${where(others)}`,
	developmentArea: (others) =>
		sql`select unnest(b.development_areas) as v from base b ${where(others)}`,
	focusShift: (others) => sql`select unnest(b.focus_shifts) as v from base b ${where(others)}`,
	phase: (others) => sql`select b.phase as v from base b ${where(others)}`,
	level: (others) => sql`select b.level as v from base b ${where(others)}`,
	goodExample: (others) =>
		sql`select case when b.good_example then 'true' else 'false' end as v from base b ${where(others)}`
};

/**
 * Swedish full-text search over title (weight A), description (B) and
 * results and lessons (C), ranked by ts_rank_cd, with the facets counted the
 * way people expect of a shop: choosing a phase does not hide the other
 * phases' counts. Archived initiatives are never found. One round trip for
 * the counts and the page's ids (the matching rows are found once), one for
 * the page's rows with highlighted matches.
 */
export async function searchInitiatives(
	db: Db | Tx,
	f: SearchFilter,
	page: { limit: number; offset: number }
): Promise<SearchResult> {
	const prefix = toPrefixQuery(f.q, f.anyWord ? 'any' : 'all');
	const query = prefix === null ? null : sql`to_tsquery('swedish', ${prefix})`;
	const base = sql`
		with base as materialized (
			select i.id, i.title,
				${query === null ? sql`0::real` : sql`ts_rank_cd(i.search, ${query})`} as rank,
				i.phase::text as phase, i.level::text as level, i.good_example,
				i.goal_areas, i.development_areas::text[] as development_areas,
				i.focus_shifts::text[] as focus_shifts, i.lead_organisation_id, i.updated_at
				${linkMatches(f)}
			from initiatives i
			where i.county_code = ${f.countyCode}
				and i.archived_at is null
				and i.visibility = any(${`{${f.visible.join(',')}}`}::visibility[])
				${query === null ? sql`` : sql`and i.search @@ ${query}`}
		)`;
	const cond = conditions(f);
	const all = Object.values(cond);
	const facetNames = Object.keys(FACET_VALUES) as FacetName[];
	const countSelects = facetNames.map(
		(name) =>
			sql`select ${name}::text as facet, v as value, count(*)::int as n from (${FACET_VALUES[name](
				facetNames.filter((other) => other !== name).map((other) => cond[other])
			)}) x group by v`
	);
	const order =
		query === null
			? sql`b.updated_at desc, b.id desc`
			: sql`b.rank desc, b.title collate "sv-x-icu", b.id`;
	const counted = await db.execute<{
		facet: FacetName | 'total' | 'page';
		value: string | null;
		n: number;
	}>(
		sql`${base}
		select 'total' as facet, null as value, count(*)::int as n from base b ${where(all)}
		union all ${sql.join(countSelects, sql` union all `)}
		union all select 'page', b.id::text, (row_number() over (order by ${order}))::int
			from (select b.id, b.rank, b.title, b.updated_at from base b ${where(all)}
				order by ${order} limit ${page.limit} offset ${page.offset}) b`
	);

	const facets = Object.fromEntries(
		facetNames.map((n) => [n, new Map<string, number>()])
	) as Record<FacetName, Map<string, number>>;
	let total = 0;
	const pageIds: { id: number; position: number }[] = [];
	for (const row of counted) {
		if (row.facet === 'total') total = row.n;
		else if (row.facet === 'page') pageIds.push({ id: Number(row.value), position: row.n });
		else if (row.value !== null) facets[row.facet].set(row.value, row.n);
	}
	// no initiative has every word: those with any of them, said so (a compound like
	// "närsjukvårdsteam" holds "team" where a prefix cannot find it)
	if (total === 0 && !f.anyWord && searchWords(f.q).length > 1)
		return {
			...(await searchInitiatives(db, { ...f, anyWord: true }, page)),
			matchedAllWords: false
		};
	const matchedAllWords = !f.anyWord;
	if (total === 0 || page.offset >= total || pageIds.length === 0)
		return { total, hits: [], facets, matchedAllWords };
	const ids = pageIds.sort((a, b) => a.position - b.position).map((p) => p.id);

	const rows = await db.execute<{
		id: number;
		title: string;
		title_marked: string | null;
		snippet_marked: string | null;
		description: string;
		lead_id: number | null;
		lead_name: string | null;
		lead_kind: string | null;
		municipalities: { id: number; name: string; code: string | null }[];
		level: InitiativeRow['level'];
		phase: InitiativeRow['phase'];
		goal_areas: string[];
		development_areas: InitiativeRow['developmentAreas'];
		focus_shifts: InitiativeRow['focusShifts'];
		good_example: boolean;
		visibility: InitiativeRow['visibility'];
		source: string | null;
		updated_at: Date;
	}>(sql`
		select i.id, i.title,
			${query === null ? sql`null` : sql`ts_headline('swedish', i.title, ${query}, ${TITLE_HEADLINE_OPTIONS})`} as title_marked,
			${query === null ? sql`null` : sql`ts_headline('swedish', i.description, ${query}, ${HEADLINE_OPTIONS})`} as snippet_marked,
			left(i.description, 400) as description,
			lead.id as lead_id, lead.name as lead_name, lead.kind::text as lead_kind,
			coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name, 'code', o.scb_code) order by o.name collate "sv-x-icu")
				from initiative_municipalities m join organisations o on o.id = m.organisation_id
				where m.initiative_id = i.id), '[]') as municipalities,
			i.level, i.phase, i.goal_areas, i.development_areas, i.focus_shifts, i.good_example,
			i.visibility, i.source, i.updated_at
		from unnest(${`{${ids.join(',')}}`}::int[]) with ordinality as page(id, position)
		join initiatives i on i.id = page.id
		left join organisations lead on lead.id = i.lead_organisation_id
		order by page.position`);

	return {
		total,
		facets,
		matchedAllWords,
		hits: rows.map((r) => ({
			id: r.id,
			title: r.title,
			titleMarked: r.title_marked,
			snippetMarked: r.snippet_marked,
			description: r.description,
			leadId: r.lead_id,
			leadName: r.lead_name,
			leadKind: r.lead_kind,
			municipalities: r.municipalities,
			level: r.level,
			phase: r.phase,
			goalAreas: r.goal_areas,
			developmentAreas: parseEnumArray(r.development_areas),
			focusShifts: parseEnumArray(r.focus_shifts),
			goodExample: r.good_example,
			visibility: r.visibility,
			source: r.source,
			updatedAt: new Date(r.updated_at)
		}))
	};
}

/** Arrays of enums come back from raw SQL as their text form ("{a,b}"). */
function parseEnumArray<T extends string>(value: T[] | string): T[] {
	if (Array.isArray(value)) return value;
	const inner = value.replace(/^\{|\}$/g, '');
	return inner ? (inner.split(',') as T[]) : [];
}

/** Ids of all initiatives matching the filters, in list order (for exports). */
export async function matchingIds(db: Db | Tx, f: SearchFilter, max: number): Promise<number[]> {
	const result = await searchInitiatives(db, f, { limit: max, offset: 0 });
	return result.hits.map((h) => h.id);
}

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

// ——— Imports and exports

/** A title of a file row and an initiative of the county that has the same or a close title. */
export interface TitleMatch {
	/** the position of the title in the list asked about (0-based) */
	index: number;
	id: number;
	title: string;
	similarity: number;
	/** the same title, but for case and spaces at the ends */
	exact: boolean;
	archived: boolean;
}

/**
 * For each title, the county's initiatives with the same title or a close one
 * (trigram similarity ≥ 0.5, the pg_trgm index), at most three per title,
 * most similar first; archived ones too. One query for a whole file.
 */
export async function titleMatches(
	db: Db | Tx,
	countyCode: string,
	titles: string[]
): Promise<TitleMatch[]> {
	if (!titles.length) return [];
	// % then finds only the close titles through the index, instead of every title sharing a word
	return db.transaction(async (tx) => {
		await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.5', true)`);
		const rows = await tx.execute<{
			index: number;
			id: number;
			title: string;
			similarity: number;
			exact: boolean;
			archived: boolean;
		}>(sql`
		select t.n::int - 1 as index, i.id, i.title, i.similarity, i.exact, i.archived
		from unnest(${arrayLiteral(titles)}::text[]) with ordinality as t(title, n)
		cross join lateral (
			select x.id, x.title, similarity(x.title, t.title)::float8 as similarity,
				lower(btrim(x.title)) = lower(btrim(t.title)) as exact,
				x.archived_at is not null as archived
			from initiatives x
			where x.county_code = ${countyCode}
				-- pg_trgm ignores case, so the same title always passes % too
				and x.title % t.title
			order by lower(btrim(x.title)) = lower(btrim(t.title)) desc, similarity(x.title, t.title) desc, x.id
			limit 3
		) i
		where i.exact or i.similarity >= 0.5
		order by 1, i.exact desc, i.similarity desc`);
		return [...rows];
	});
}

/** Titles that the county's initiatives (not archived) already have, but for case and spaces at the ends. */
export async function takenTitles(
	db: Db | Tx,
	countyCode: string,
	titles: string[]
): Promise<{ index: number; title: string }[]> {
	if (!titles.length) return [];
	const rows = await db.execute<{ index: number; title: string }>(sql`
		select t.n::int - 1 as index, x.title
		from unnest(${arrayLiteral(titles)}::text[]) with ordinality as t(title, n)
		join initiatives x on x.county_code = ${countyCode} and x.archived_at is null
			and lower(btrim(x.title)) = lower(btrim(t.title))
		order by 1`);
	return [...rows];
}

/** One initiative of an import, ready to write; lists as ids and keys. */
export interface ImportedInitiative {
	write: InitiativeWrite;
	sourceLocator: string;
}

/**
 * Writes many new initiatives of one county with their partners,
 * municipalities and funding: a handful of statements whatever their number
 * (arrays spread with unnest), in the caller's transaction. Returns the new
 * ids in the order of `items`.
 */
export async function insertInitiatives(
	tx: Tx,
	countyCode: string,
	items: ImportedInitiative[],
	progress: (done: number) => void = () => {}
): Promise<number[]> {
	if (!items.length) return [];
	const ids = (
		await tx.execute<{ id: number }>(
			sql`select nextval(pg_get_serial_sequence('initiatives', 'id'))::int as id from generate_series(1, ${items.length}) order by 1`
		)
	).map((r) => r.id);
	await tx.execute(
		sql.raw(`create temp table initiative_import (
			id integer not null, title text not null, description text not null, lead integer,
			other_partners jsonb not null, level text not null, phase text not null,
			starts_on date, ends_on date, goal_areas jsonb not null, development_areas jsonb not null,
			focus_shifts jsonb not null, contact_function text not null, contact_email text not null,
			contact_phone text not null, results text not null, lessons text not null,
			links jsonb not null, good_example boolean not null, visibility text not null,
			source_locator text not null
		) on commit drop`)
	);
	const json = (v: unknown) => JSON.stringify(v);
	await insertRows(
		tx,
		'initiative_import',
		[
			['id', 'integer'],
			['title', 'text'],
			['description', 'text'],
			['lead', 'integer'],
			['other_partners', 'jsonb'],
			['level', 'text'],
			['phase', 'text'],
			['starts_on', 'date'],
			['ends_on', 'date'],
			['goal_areas', 'jsonb'],
			['development_areas', 'jsonb'],
			['focus_shifts', 'jsonb'],
			['contact_function', 'text'],
			['contact_email', 'text'],
			['contact_phone', 'text'],
			['results', 'text'],
			['lessons', 'text'],
			['links', 'jsonb'],
			['good_example', 'boolean'],
			['visibility', 'text'],
			['source_locator', 'text']
		],
		items.map(({ write: { columns: c }, sourceLocator }, i) => [
			ids[i]!,
			c.title,
			c.description ?? '',
			c.leadOrganisationId ?? null,
			json(c.otherPartners ?? []),
			c.level,
			c.phase,
			c.startsOn ?? null,
			c.endsOn ?? null,
			json(c.goalAreas ?? []),
			json(c.developmentAreas ?? []),
			json(c.focusShifts ?? []),
			c.contactFunction ?? '',
			c.contactEmail ?? '',
			c.contactPhone ?? '',
			c.results ?? '',
			c.lessons ?? '',
			json(c.links ?? []),
			c.goodExample ?? false,
			c.visibility ?? 'public',
			sourceLocator
		])
	);
	const texts = (column: string) => sql.raw(`array(select jsonb_array_elements_text(${column}))`);
	await tx.execute(sql`
		insert into initiatives (id, county_code, title, description, lead_organisation_id,
			other_partners, level, phase, starts_on, ends_on, goal_areas, development_areas,
			focus_shifts, contact_function, contact_email, contact_phone, contact_person,
			contact_consent, results, lessons, links, good_example, visibility, source, source_locator)
		select id, ${countyCode}, title, description, lead, ${texts('other_partners')},
			level::work_level, phase::initiative_phase, starts_on, ends_on, ${texts('goal_areas')},
			${texts('development_areas')}::development_area_key[], ${texts('focus_shifts')}::focus_shift_key[],
			contact_function, contact_email, contact_phone, null, false, results, lessons, links,
			good_example, visibility::visibility, null, source_locator
		from initiative_import order by id`);
	progress(Math.ceil(items.length / 2));
	const pairs = (list: (w: InitiativeWrite) => number[]) =>
		items.flatMap(({ write }, i) => list(write).map((o) => [ids[i]!, o] as const));
	await insertRows(
		tx,
		'initiative_partners',
		[
			['initiative_id', 'integer'],
			['organisation_id', 'integer']
		],
		pairs((w) => w.partnerIds)
	);
	await insertRows(
		tx,
		'initiative_municipalities',
		[
			['initiative_id', 'integer'],
			['organisation_id', 'integer']
		],
		pairs((w) => w.municipalityIds)
	);
	await insertRows(
		tx,
		'initiative_funding',
		[
			['initiative_id', 'integer'],
			['year', 'smallint'],
			['funding_source', 'text'],
			['amount_sek', 'bigint'],
			['note', 'text']
		],
		items.flatMap(({ write }, i) =>
			write.funding.map((f) => [ids[i]!, f.year, f.fundingSource, f.amountSek, f.note] as const)
		)
	);
	await tx.execute(sql`drop table initiative_import`);
	progress(items.length);
	return ids;
}

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
