import { z } from 'zod';

/**
 * Kolada API v3: the shapes its answers take, and how they become Nära's
 * rows. Pure: no I/O, so every rule here is unit-tested in normalise.test.ts.
 *
 * What is known of v3 comes from public client code, not from a published
 * recording; tests/kolada/README.md lists the sources. Where they disagree
 * (the next-page field is `next_url` in rKolada and koladapy, `next_page` in
 * v2 and in one v3 MCP server) both are accepted.
 */

/** Kolada v3 refuses more ids than this in one path segment (rKolada NEWS 0.3.0). */
export const MAX_IDS_PER_SEGMENT = 25;
/** The largest page Kolada serves (v2 README; rKolada uses it for v3). */
export const MAX_PER_PAGE = 5000;

export type KoladaGender = 'T' | 'K' | 'M';

/** One value: a KPI for an area (kommun, region or Riket), a year and a gender. */
export interface KoladaRow {
	kpi: string;
	/** Kolada's municipality id: "1780" Karlstad, "0017" Region Värmland, "0000" Riket */
	areaId: string;
	period: number;
	/** T total, K kvinnor, M män */
	gender: KoladaGender;
	/** null when Kolada has no value (never 0 in its place) */
	value: number | null;
	/** members behind the value; 1 for a single area, more for a group average */
	count: number | null;
	/** Kolada's status note, or null when it has none */
	status: string | null;
}

export interface KoladaKpi {
	id: string;
	title: string;
	description: string | null;
	isDividedByGender: boolean;
	/** K kommun, L region, A both */
	municipalityType: string | null;
	auspice: string | null;
	operatingArea: string | null;
	perspective: string | null;
	prelPublicationDate: string | null;
	publicationDate: string | null;
	publPeriod: string | null;
	hasOuData: boolean;
}

export interface KoladaMunicipality {
	id: string;
	title: string;
	/** K kommun, L region (and 0000 Riket) */
	type: string;
}

export interface DataQuery {
	kpis: string[];
	areas: string[];
	years: number[];
}

// --- shapes ------------------------------------------------------------------

/** v2 sent 0/1 for flags, v3 sends booleans (rKolada NEWS 0.3.0). */
const flag = z
	.union([z.boolean(), z.literal(0), z.literal(1)])
	.transform((v) => v === true || v === 1);

const numericString = z
	.string()
	.trim()
	.regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, { error: 'ett tal' })
	.transform(Number);

const optionalText = z
	.string()
	.nullable()
	.optional()
	.transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v));

const valueSchema = z.object({
	gender: z.enum(['T', 'K', 'M']),
	// a value Kolada does not have is null (or absent): it must stay null, never 0
	value: z
		.union([z.number(), numericString])
		.nullable()
		.optional()
		.transform((v) => v ?? null),
	count: z
		.number()
		.int()
		.nonnegative()
		.nullable()
		.optional()
		.transform((v) => v ?? null),
	status: optionalText,
	// only with from_date: rKolada calls it `isdeleted`, the v2 README `is_deleted`
	isdeleted: flag.nullable().optional(),
	is_deleted: flag.nullable().optional()
});

const dataObjectSchema = z.object({
	kpi: z.string().min(1),
	municipality: z.string().min(1),
	period: z.union([z.number().int(), numericString.pipe(z.number().int())]),
	values: z.array(valueSchema)
});

const kpiSchema = z.object({
	id: z.string().min(1),
	title: z.string(),
	description: optionalText,
	is_divided_by_gender: flag.nullable().optional(),
	municipality_type: optionalText,
	auspice: optionalText,
	operating_area: optionalText,
	perspective: optionalText,
	prel_publication_date: optionalText,
	publication_date: optionalText,
	publ_period: z
		.union([z.string(), z.number()])
		.nullable()
		.optional()
		.transform((v) => (v === undefined || v === null || v === '' ? null : String(v))),
	has_ou_data: flag.nullable().optional()
});

const municipalitySchema = z.object({
	id: z.string().min(1),
	title: z.string(),
	type: z.string()
});

function envelopeSchema<T extends z.ZodType>(item: T) {
	return z.object({
		count: z.number().int().nonnegative().optional(),
		values: z.array(item),
		next_url: z.string().nullable().optional(),
		next_page: z.string().nullable().optional()
	});
}

const dataEnvelope = envelopeSchema(dataObjectSchema);
const kpiEnvelope = envelopeSchema(kpiSchema);
const municipalityEnvelope = envelopeSchema(municipalitySchema);

// --- parsing -----------------------------------------------------------------

export type PageResult<T> =
	| { ok: true; items: T[]; nextUrl: string | null; count: number | null }
	| { ok: false; problem: string };

/** One page of /data: its rows (deleted ones left out) and the next page's address. */
export function parseDataPage(body: unknown): PageResult<KoladaRow> {
	const parsed = dataEnvelope.safeParse(body);
	if (!parsed.success) return { ok: false, problem: describeIssue(parsed.error.issues[0], body) };
	const rows: KoladaRow[] = [];
	for (const object of parsed.data.values) {
		for (const v of object.values) {
			if (v.isdeleted || v.is_deleted) continue;
			rows.push({
				kpi: object.kpi,
				areaId: object.municipality,
				period: object.period,
				gender: v.gender,
				value: v.value,
				count: v.count,
				status: v.status
			});
		}
	}
	return { ok: true, items: rows, ...paging(parsed.data) };
}

/** One page of /kpi. */
export function parseKpiPage(body: unknown): PageResult<KoladaKpi> {
	const parsed = kpiEnvelope.safeParse(body);
	if (!parsed.success) return { ok: false, problem: describeIssue(parsed.error.issues[0], body) };
	const items = parsed.data.values.map((k): KoladaKpi => ({
		id: k.id,
		title: k.title,
		description: k.description,
		isDividedByGender: k.is_divided_by_gender ?? false,
		municipalityType: k.municipality_type,
		auspice: k.auspice,
		operatingArea: k.operating_area,
		perspective: k.perspective,
		prelPublicationDate: k.prel_publication_date,
		publicationDate: k.publication_date,
		publPeriod: k.publ_period,
		hasOuData: k.has_ou_data ?? false
	}));
	return { ok: true, items, ...paging(parsed.data) };
}

/** One page of /municipality. */
export function parseMunicipalityPage(body: unknown): PageResult<KoladaMunicipality> {
	const parsed = municipalityEnvelope.safeParse(body);
	if (!parsed.success) return { ok: false, problem: describeIssue(parsed.error.issues[0], body) };
	const items = parsed.data.values.map((m) => ({ id: m.id, title: m.title, type: m.type }));
	return { ok: true, items, ...paging(parsed.data) };
}

function paging(envelope: { count?: number; next_url?: string | null; next_page?: string | null }) {
	// rKolada treats an empty next_url like a missing one
	const next = envelope.next_url || envelope.next_page || null;
	return { nextUrl: next, count: envelope.count ?? null };
}

/**
 * The first problem zod found, as Swedish text naming where it is and what
 * was there: `values[3].values[0].gender: väntade ett av T, K, M, fick "X"`.
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined, body: unknown): string {
	if (!issue) return 'okänt fel i svaret';
	const where = formatPath(issue.path);
	const found = issue.path.length ? valueAt(body, issue.path) : body;
	const got = found === undefined ? 'saknas' : `fick ${preview(found)}`;
	let expected: string;
	switch (issue.code) {
		case 'invalid_type':
			expected = `väntade ${typeName(issue.expected)}`;
			break;
		case 'invalid_value':
			expected = `väntade ett av ${issue.values.map(String).join(', ')}`;
			break;
		case 'invalid_union':
			expected = 'väntade ett tal, en text med ett tal, eller null';
			break;
		case 'too_small':
			expected = issue.origin === 'string' ? 'väntade en text som inte är tom' : 'för litet värde';
			break;
		case 'invalid_format':
			expected = 'väntade ett tal';
			break;
		default:
			expected = 'ogiltigt värde';
	}
	return `${where || 'svaret'}: ${expected}, ${got}`;
}

function typeName(expected: string): string {
	const names: Record<string, string> = {
		object: 'ett objekt',
		array: 'en lista',
		string: 'en text',
		number: 'ett tal',
		int: 'ett heltal',
		boolean: 'sant eller falskt'
	};
	return names[expected] ?? expected;
}

function formatPath(path: PropertyKey[]): string {
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
		.join('');
}

function valueAt(body: unknown, path: PropertyKey[]): unknown {
	let here: unknown = body;
	for (const key of path) {
		if (here === null || typeof here !== 'object') return undefined;
		here = (here as Record<PropertyKey, unknown>)[key];
	}
	return here;
}

function preview(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// --- requests ----------------------------------------------------------------

export function chunk<T>(list: readonly T[], size: number): T[][] {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size ${size}`);
	const out: T[][] = [];
	for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
	return out;
}

/** A base URL with no trailing slash, or why it cannot be used. */
export function normaliseBaseUrl(
	raw: string
): { ok: true; url: string } | { ok: false; problem: string } {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		return { ok: false, problem: `"${raw}" är ingen adress` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return { ok: false, problem: `"${raw}" ska börja med https:// eller http://` };
	if (url.search || url.hash)
		return { ok: false, problem: `"${raw}" ska inte ha ? eller # (ange bara adressen)` };
	return { ok: true, url: url.href.replace(/\/+$/, '') };
}

const ID = /^[A-Za-z0-9]+$/;

/** Problems with a data query, in Swedish, or an empty list when it is fine. */
export function queryProblems(query: DataQuery): string[] {
	const problems: string[] = [];
	if (!query.kpis.length) problems.push('inga nyckeltal angivna');
	if (!query.areas.length) problems.push('inga kommuner eller regioner angivna');
	if (!query.years.length) problems.push('inga år angivna');
	for (const k of query.kpis) if (!ID.test(k)) problems.push(`ogiltigt nyckeltal "${k}"`);
	for (const a of query.areas) if (!ID.test(a)) problems.push(`ogiltigt område "${a}"`);
	for (const y of query.years)
		if (!Number.isInteger(y) || y < 1900 || y > 2100) problems.push(`ogiltigt år "${y}"`);
	return problems;
}

/**
 * The address of every request a data query needs: ids deduplicated, each
 * of kpis, areas and years cut into groups of at most 25, and every
 * combination of groups asked for once.
 */
export function dataRequestUrls(
	baseUrl: string,
	query: DataQuery,
	perPage = MAX_PER_PAGE,
	segmentSize = MAX_IDS_PER_SEGMENT
): string[] {
	const kpis = chunk([...new Set(query.kpis)], segmentSize);
	const areas = chunk([...new Set(query.areas)], segmentSize);
	const years = chunk([...new Set(query.years)], segmentSize);
	const urls: string[] = [];
	for (const k of kpis)
		for (const a of areas)
			for (const y of years)
				urls.push(
					`${baseUrl}/data/kpi/${k.join(',')}/municipality/${a.join(',')}/year/${y.join(',')}?per_page=${perPage}`
				);
	return urls;
}

/**
 * Where the next page is. Kolada's next_url is absolute and names
 * api.kolada.se even when Nära reaches Kolada through another address
 * (KOLADA_BASE_URL: a mirror, a proxy, or the replay server in tests). A
 * next page on another host keeps our own address and takes only its query
 * (page, per_page), so paging never leaves the configured base URL.
 * Returns null when the address cannot be read.
 */
export function resolveNextUrl(next: string, current: string): string | null {
	let resolved: URL;
	try {
		resolved = new URL(next, current);
	} catch {
		return null;
	}
	if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
	const here = new URL(current);
	if (resolved.origin === here.origin) return resolved.href;
	return `${here.origin}${here.pathname}${resolved.search}`;
}
