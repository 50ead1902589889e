import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { MATCH_END, MATCH_START, searchWords, toPrefixQuery } from '../../platform/search.ts';
import type { FacetName } from './domain/facets.ts';
import type { InitiativeRow, Visible } from './queries.server.ts';

/**
 * The list's search: full text, facets and their counts, one page of hits.
 * SQL for initiatives lives in the module's *queries.server.ts files and
 * nowhere else.
 */

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

export type { FacetName };

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
