import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql } from 'postgres';
import { anonymous } from '../src/lib/core/actor.ts';
import { listInitiatives } from '../src/lib/modules/initiatives/service.server.ts';
import { toPrefixQuery } from '../src/lib/platform/search.ts';
import { benchDatabase, type BenchDatabase } from './database.ts';
import {
	generateInitiatives,
	type CountyOrganisations,
	type GeneratedInitiative
} from './inventory-data.ts';
import {
	median,
	msSince,
	percentile,
	positiveFromEnv,
	type BenchResult,
	type Benchmark,
	type Target
} from './lib.ts';

/**
 * `inventory-search`: p50 and p95 of the Swedish full-text search of the
 * inventory, with every facet counted, over 50 000 generated initiatives of
 * one county, through the service the page and the API call
 * (`listInitiatives`, in process, as an anonymous reader). Baseline, in the
 * same run on the same database: the same tsquery run directly through the
 * driver, the first page of ids by rank:
 *
 *   select id from initiatives
 *   where county_code = $1 and archived_at is null and visibility = 'public'
 *     and search @@ to_tsquery('swedish', $2)
 *   order by ts_rank_cd(search, to_tsquery('swedish', $2)) desc limit 20
 *
 * Goal: search_p95 ≤ 3 × baseline. Also `browse_*`: the list with no search
 * text (the page's first view), against the newest 20 ids run directly.
 *
 * The seed's real initiatives are removed first (with what cascades from
 * them), so the county holds exactly the generated rows; their number is in
 * the details. BENCH_INVENTORY_COUNT sets another number of initiatives
 * (5 000 for a quick look or the small size of issue 13).
 */

export const COUNTY = '17';
export const COUNT = positiveFromEnv('BENCH_INVENTORY_COUNT', 50_000);
export const SEED = 20261122;
const WARMUP_ROUNDS = 2;
const ROUNDS = 25;
const BROWSE_WARMUP = 3;
const BROWSE_ROUNDS = 40;

const log = (message: string) => console.error(`inventory-search: ${message}`);

/**
 * What people type into the inventory's search box: multi-word phrases, a
 * single common word, a rare word, and two searches with a facet chosen.
 */
export const SEARCHES: { label: string; raw: Record<string, string> }[] = [
	{ label: 'mobila team', raw: { q: 'mobila team' } },
	{ label: 'fallprevention', raw: { q: 'fallprevention' } },
	{ label: 'psykisk hälsa unga', raw: { q: 'psykisk hälsa unga' } },
	{ label: 'hemsjukvård', raw: { q: 'hemsjukvård' } },
	{ label: 'digitala vårdbesök', raw: { q: 'digitala vårdbesök' } },
	{ label: 'samordnad individuell plan', raw: { q: 'samordnad individuell plan' } },
	{ label: 'trygg hemgång', raw: { q: 'trygg hemgång' } },
	{ label: 'läkemedelsgenomgång äldre', raw: { q: 'läkemedelsgenomgång äldre' } },
	{ label: 'samverkan (common word)', raw: { q: 'samverkan' } },
	{ label: 'tandvårdsbuss (rare word)', raw: { q: 'tandvårdsbuss' } },
	{ label: 'hälsosamtal + phase=running', raw: { q: 'hälsosamtal', phase: 'running' } },
	{
		label: 'rehabilitering + municipality=1780',
		raw: { q: 'rehabilitering', municipality: '1780' }
	}
];

const DIRECT_SEARCH = `select id from initiatives
	where county_code = $1 and archived_at is null and visibility = 'public'
		and search @@ to_tsquery('swedish', $2)
	order by ts_rank_cd(search, to_tsquery('swedish', $2)) desc
	limit 20`;
const DIRECT_COUNT = `select count(*)::int as n from initiatives
	where county_code = $1 and archived_at is null and visibility = 'public'
		and search @@ to_tsquery('swedish', $2)`;
const DIRECT_BROWSE = `select id from initiatives
	where county_code = $1 and archived_at is null and visibility = 'public'
	order by updated_at desc, id desc
	limit 20`;

export const inventorySearch: Benchmark = async (target: Target): Promise<BenchResult> => {
	const database = await benchDatabase(target, 'inventory', log);
	try {
		const county = await countyOrganisations(database.sql, COUNTY);
		log(`generating ${COUNT} initiatives (seed ${SEED})`);
		const rows = generateInitiatives(county, COUNT, SEED);
		const loadStart = process.hrtime.bigint();
		const loaded = await loadInventory(database, rows);
		const loadMs = msSince(loadStart);
		log(
			`loaded ${loaded.initiatives} initiatives, ${loaded.municipalities} municipality and ` +
				`${loaded.partners} partner rows in ${(loadMs / 1000).toFixed(1)} s (COPY, then VACUUM ANALYZE)`
		);

		await checkSameSearch(database);
		const [version] = await database.sql<{ server_version: string }[]>`show server_version`;
		const serverVersion = version?.server_version ?? 'unknown';

		const service = async (raw: Record<string, string>) => {
			const start = process.hrtime.bigint();
			const outcome = await listInitiatives(database.db, anonymous, COUNTY, raw);
			const ms = msSince(start);
			if (outcome.kind !== 'ok') throw new Error(`listInitiatives: ${JSON.stringify(outcome)}`);
			return { ms, total: outcome.value.total };
		};
		const direct = async (sqlText: string, params: string[]) => {
			const start = process.hrtime.bigint();
			await database.sql.unsafe(sqlText, params);
			return msSince(start);
		};

		// Searches: interleaved, the order of the two alternating, so a noisy neighbour hits both.
		const perQuery = SEARCHES.map((s) => ({
			label: s.label,
			tsquery: toPrefixQuery(s.raw.q ?? '')!,
			total: 0,
			service: [] as number[],
			direct: [] as number[]
		}));
		log(`searching: ${WARMUP_ROUNDS} warm-up rounds, then ${ROUNDS} rounds of ${SEARCHES.length}`);
		for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
			for (let k = 0; k < SEARCHES.length; k++) {
				const i = (k + round) % SEARCHES.length;
				const s = SEARCHES[i]!;
				const q = perQuery[i]!;
				const params = [COUNTY, q.tsquery];
				let a: { ms: number; total: number };
				let b: number;
				if (round % 2 === 0) {
					a = await service(s.raw);
					b = await direct(DIRECT_SEARCH, params);
				} else {
					b = await direct(DIRECT_SEARCH, params);
					a = await service(s.raw);
				}
				q.total = a.total;
				if (round >= WARMUP_ROUNDS) {
					q.service.push(a.ms);
					q.direct.push(b);
				}
			}
			if (round >= WARMUP_ROUNDS && (round - WARMUP_ROUNDS + 1) % 5 === 0)
				log(`round ${round - WARMUP_ROUNDS + 1}/${ROUNDS}`);
		}

		log(`browsing (no search text): ${BROWSE_WARMUP} warm-up, then ${BROWSE_ROUNDS} requests`);
		const browse = { total: 0, service: [] as number[], direct: [] as number[] };
		for (let round = 0; round < BROWSE_WARMUP + BROWSE_ROUNDS; round++) {
			let a: { ms: number; total: number };
			let b: number;
			if (round % 2 === 0) {
				a = await service({});
				b = await direct(DIRECT_BROWSE, [COUNTY]);
			} else {
				b = await direct(DIRECT_BROWSE, [COUNTY]);
				a = await service({});
			}
			browse.total = a.total;
			if (round >= BROWSE_WARMUP) {
				browse.service.push(a.ms);
				browse.direct.push(b);
			}
		}

		const allService = perQuery.flatMap((q) => q.service);
		const allDirect = perQuery.flatMap((q) => q.direct);
		const round1 = (n: number) => Math.round(n * 10) / 10;
		return {
			figures: [
				{ name: 'search_p50', value: median(allService), unit: 'ms', baseline: median(allDirect) },
				{
					name: 'search_p95',
					value: percentile(allService, 95),
					unit: 'ms',
					baseline: percentile(allDirect, 95)
				},
				{
					name: 'browse_p50',
					value: median(browse.service),
					unit: 'ms',
					baseline: median(browse.direct)
				},
				{
					name: 'browse_p95',
					value: percentile(browse.service, 95),
					unit: 'ms',
					baseline: percentile(browse.direct, 95)
				}
			],
			details: {
				database: database.label,
				postgres: serverVersion,
				goal: 'search_p95 ratio ≤ 3',
				what:
					'listInitiatives(db, anonymous, county, query) in process: county lookup, the facet ' +
					'counts, the page with highlights, the county’s organisations',
				baselineSql: DIRECT_SEARCH,
				browseBaselineSql: DIRECT_BROWSE,
				data: {
					county: COUNTY,
					seededInitiativesRemoved: loaded.seededRemoved,
					initiatives: loaded.initiatives,
					municipalityRows: loaded.municipalities,
					partnerRows: loaded.partners,
					public: loaded.public,
					archived: loaded.archived,
					seed: SEED,
					fingerprint: loaded.fingerprint,
					loadMs: round1(loadMs)
				},
				rounds: { warmup: WARMUP_ROUNDS, measured: ROUNDS, searches: SEARCHES.length },
				perQuery: perQuery.map((q) => ({
					label: q.label,
					tsquery: q.tsquery,
					matches: q.total,
					serviceP50: round1(median(q.service)),
					serviceP95: round1(percentile(q.service, 95)),
					directP50: round1(median(q.direct)),
					directP95: round1(percentile(q.direct, 95))
				})),
				browse: {
					matches: browse.total,
					serviceMs: browse.service.map(round1),
					directMs: browse.direct.map(round1)
				},
				samples: Object.fromEntries(
					perQuery.map((q) => [
						q.label,
						{ service: q.service.map(round1), direct: q.direct.map(round1) }
					])
				)
			}
		};
	} finally {
		await database.close();
	}
};

/** The county and its region and municipalities as the seeded database has them. */
export async function countyOrganisations(sql: Sql, code: string): Promise<CountyOrganisations> {
	const [county] = await sql<{ name: string; short_name: string; region_name: string }[]>`
		select name, short_name, region_name from counties where code = ${code}`;
	if (!county) throw new Error(`county ${code} is not seeded`);
	const orgs = await sql<{ kind: string; name: string; short_name: string; scb_code: string }[]>`
		select kind::text, name, short_name, scb_code from organisations
		where county_code = ${code} and kind in ('region', 'municipality') and scb_code is not null
		order by scb_code`;
	const region = orgs.find((o) => o.kind === 'region');
	if (!region) throw new Error(`county ${code} has no region`);
	return {
		code,
		name: county.name,
		shortName: county.short_name,
		region: { code: region.scb_code, name: region.name },
		municipalities: orgs
			.filter((o) => o.kind === 'municipality')
			.map((o) => ({ code: o.scb_code, name: o.name, shortName: o.short_name }))
	};
}

// ——— Loading with COPY

/** A value in COPY's text format: \N for null, backslash, tab and line breaks escaped. */
function copyValue(v: string | number | boolean | null): string {
	if (v === null) return '\\N';
	return String(v)
		.replaceAll('\\', '\\\\')
		.replaceAll('\t', '\\t')
		.replaceAll('\n', '\\n')
		.replaceAll('\r', '\\r');
}

/** A PostgreSQL array literal of text, every element quoted. */
function arrayLiteral(values: readonly string[]): string {
	return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** COPY `rows` (in batches of lines) into `table (columns)`. */
async function copyInto(
	sql: Sql,
	table: string,
	columns: string[],
	rows: Iterable<(string | number | boolean | null)[]>
): Promise<void> {
	function* lines() {
		let batch = '';
		let n = 0;
		for (const row of rows) {
			batch += `${row.map(copyValue).join('\t')}\n`;
			if (++n % 2000 === 0) {
				yield batch;
				batch = '';
			}
		}
		if (batch) yield batch;
	}
	const writable = await sql.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable();
	await pipeline(Readable.from(lines()), writable);
}

interface Loaded {
	/** the seed's real initiatives, deleted before loading */
	seededRemoved: number;
	initiatives: number;
	municipalities: number;
	partners: number;
	public: number;
	archived: number;
	/** md5 of the loaded rows in id order: equal on every run with the same seed */
	fingerprint: string;
}

/**
 * Loads the generated rows into a migrated, seeded database of the benchmark's
 * own: the seed's real initiatives are deleted first (their links, milestones
 * and process links cascade), so the generated ids are free and the counts and
 * the fingerprint cover the generated rows only.
 */
export async function loadInventory(
	database: BenchDatabase,
	rows: GeneratedInitiative[]
): Promise<Loaded> {
	const sql = database.sql;
	const seededRemoved = (await sql`delete from initiatives`).count;
	log(`removed the seed's ${seededRemoved} initiatives`);
	const ids = new Map(
		(
			await sql<{ id: number; scb_code: string }[]>`
				select id, scb_code from organisations where county_code = ${COUNTY} and scb_code is not null`
		).map((o) => [o.scb_code, o.id])
	);
	const orgId = (code: string) => {
		const id = ids.get(code);
		if (id === undefined) throw new Error(`no organisation with SCB code ${code}`);
		return id;
	};

	await copyInto(
		sql,
		'initiatives',
		[
			'id',
			'county_code',
			'title',
			'description',
			'lead_organisation_id',
			'other_partners',
			'level',
			'phase',
			'starts_on',
			'ends_on',
			'goal_areas',
			'development_areas',
			'focus_shifts',
			'contact_function',
			'contact_email',
			'results',
			'lessons',
			'good_example',
			'visibility',
			'archived_at',
			'created_at',
			'updated_at'
		],
		rows.map((r) => [
			r.id,
			COUNTY,
			r.title,
			r.description,
			r.leadCode === null ? null : orgId(r.leadCode),
			arrayLiteral(r.otherPartners),
			r.level,
			r.phase,
			r.startsOn,
			r.endsOn,
			arrayLiteral(r.goalAreas),
			arrayLiteral(r.developmentAreas),
			arrayLiteral(r.focusShifts),
			r.contactFunction,
			r.contactEmail,
			r.results,
			r.lessons,
			r.goodExample,
			r.visibility,
			r.archivedAt,
			r.createdAt,
			r.updatedAt
		])
	);
	await copyInto(
		sql,
		'initiative_municipalities',
		['initiative_id', 'organisation_id'],
		rows.flatMap((r) => r.municipalityCodes.map((c) => [r.id, orgId(c)]))
	);
	await copyInto(
		sql,
		'initiative_partners',
		['initiative_id', 'organisation_id'],
		rows.flatMap((r) => r.partnerCodes.map((c) => [r.id, orgId(c)]))
	);
	await sql`select setval(pg_get_serial_sequence('initiatives', 'id'), (select max(id) from initiatives))`;
	await sql.unsafe('vacuum analyze initiatives, initiative_municipalities, initiative_partners');
	// and the rest of the freshly seeded database, as autovacuum would in time: plans do not
	// change in the middle of the run when it gets there
	await sql.unsafe('analyze');

	const [counts] = await sql<
		{
			initiatives: number;
			public: number;
			archived: number;
			municipalities: number;
			partners: number;
		}[]
	>`
		select (select count(*)::int from initiatives) as initiatives,
			(select count(*)::int from initiatives where visibility = 'public' and archived_at is null) as public,
			(select count(*)::int from initiatives where archived_at is not null) as archived,
			(select count(*)::int from initiative_municipalities) as municipalities,
			(select count(*)::int from initiative_partners) as partners`;
	// Organisation ids are left out (they depend on the seed's insert order), their SCB codes are in.
	const [print] = await sql<{ md5: string }[]>`
		select md5(string_agg(concat_ws('|', i.id, i.title, i.description, lead.scb_code, i.level, i.phase,
			i.starts_on, i.ends_on, i.goal_areas, i.development_areas, i.focus_shifts, i.results, i.lessons,
			i.good_example, i.visibility, i.archived_at, i.updated_at,
			(select string_agg(o.scb_code, ',' order by o.scb_code) from initiative_municipalities m
				join organisations o on o.id = m.organisation_id where m.initiative_id = i.id),
			(select string_agg(o.scb_code, ',' order by o.scb_code) from initiative_partners p
				join organisations o on o.id = p.organisation_id where p.initiative_id = i.id)
		), E'\n' order by i.id)) as md5
		from initiatives i left join organisations lead on lead.id = i.lead_organisation_id`;
	return { seededRemoved, ...counts!, fingerprint: print!.md5 };
}

/**
 * Before timing: the service and the baseline find the same initiatives
 * (the service's total equals the direct count for every search without a
 * facet chosen), so the two measure the same search.
 */
async function checkSameSearch(database: BenchDatabase): Promise<void> {
	for (const s of SEARCHES) {
		if (Object.keys(s.raw).length > 1) continue;
		const outcome = await listInitiatives(database.db, anonymous, COUNTY, s.raw);
		if (outcome.kind !== 'ok') throw new Error(`listInitiatives: ${JSON.stringify(outcome)}`);
		const [row] = await database.sql.unsafe<{ n: number }[]>(DIRECT_COUNT, [
			COUNTY,
			toPrefixQuery(s.raw.q!)!
		]);
		if (row!.n !== outcome.value.total)
			throw new Error(
				`"${s.label}": the service found ${outcome.value.total}, the direct query ${row!.n}`
			);
		if (row!.n === 0) throw new Error(`"${s.label}" finds nothing in the generated data`);
	}
}
