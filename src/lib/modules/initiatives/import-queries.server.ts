import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { arrayLiteral, insertRows } from '../../platform/imports/bulk.ts';
import type { InitiativeWrite } from './queries.server.ts';

/**
 * The SQL of the inventory import: close titles for a whole file, and many
 * new initiatives written in a handful of statements.
 */

/** A title of a file row and an initiative of the county that has the same or a close title. */
export type TitleMatch = {
	/** the position of the title in the list asked about (0-based) */
	index: number;
	id: number;
	title: string;
	similarity: number;
	/** the same title, but for case and spaces at the ends */
	exact: boolean;
	archived: boolean;
};

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
		const rows = await tx.execute<TitleMatch>(sql`
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
	const links: [string, (w: InitiativeWrite) => number[]][] = [
		['initiative_partners', (w) => w.partnerIds],
		['initiative_municipalities', (w) => w.municipalityIds]
	];
	for (const [table, list] of links)
		await insertRows(
			tx,
			table,
			[
				['initiative_id', 'integer'],
				['organisation_id', 'integer']
			],
			pairs(list)
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
