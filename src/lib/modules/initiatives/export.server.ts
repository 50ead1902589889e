import type { County } from '../counties/index.ts';
import { queryFromSearchParams, type Initiative, type InitiativeQuery } from './schema.ts';
import type { ExportedInitiative } from './domain/export.ts';
import type { Actor } from '../../core/actor.ts';
import { county as findCounty, sourceDocuments } from '../counties/index.server.ts';
import type { Db } from '../../platform/db/client.ts';
import { ok, type Outcome } from '../../core/outcome.ts';
import * as q from './queries.server.ts';
import { matchingIds } from './search-queries.server.ts';
import { toInitiative } from './mapping.server.ts';
import { parseQuery, searchFilter } from './service.server.ts';

/**
 * The inventory out of Nära: the list's filtered initiatives, every matching
 * initiative the reader may see (not one page), for the CSV and the XLSX
 * with Swedish headers and labels (their columns in domain/export.ts, the
 * workbooks in workbook.server.ts; the open data in open-data.server.ts).
 * Text written by people never becomes a formula: csv.ts and safeText
 * neutralise = + - @.
 */

/** An export holds at most this many initiatives (a county has a few hundred). */
export const MAX_EXPORT = 20_000;
const BATCH = 1000;

export interface InitiativeExport {
	county: County;
	query: InitiativeQuery;
	items: ExportedInitiative[];
}

/** Details of initiatives' rows, a thousand at a time, as the API's shape. */
export async function details(db: Db, rows: q.InitiativeRow[]): Promise<Initiative[]> {
	const out: Initiative[] = [];
	for (let i = 0; i < rows.length; i += BATCH)
		out.push(...(await q.detailsOf(db, rows.slice(i, i + BATCH))).map(toInitiative));
	return out;
}

async function sourceText(db: Db) {
	const docs = new Map((await sourceDocuments(db)).map((d) => [d.fileName, d]));
	return (i: Pick<Initiative, 'source' | 'sourceLocator'>) => {
		const doc = i.source ? docs.get(i.source) : undefined;
		const where = i.source
			? doc
				? `${doc.title}${doc.year ? ` (${doc.year})` : ''}`
				: i.source
			: 'Registrerad i Nära';
		return i.sourceLocator ? `${where}: ${i.sourceLocator}` : where;
	};
}

/**
 * Every initiative of the county that matches the list's filters and that
 * the reader may see, in the list's order.
 */
export async function exportInitiatives(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	raw: Record<string, unknown>,
	origin: string
): Promise<Outcome<InitiativeExport>> {
	const c = await findCounty(db, codeOrSlug);
	if (c.kind !== 'ok') return c;
	const parsed = parseQuery(raw);
	if (parsed.kind !== 'ok') return parsed;
	const filter = searchFilter(c.value, actor, parsed.value);
	const ids = await matchingIds(db, filter, MAX_EXPORT);
	const rows: q.InitiativeRow[] = [];
	for (let i = 0; i < ids.length; i += BATCH)
		rows.push(
			...(await q.initiativesByIds(db, c.value.code, filter.visible, ids.slice(i, i + BATCH)))
		);
	const source = await sourceText(db);
	const items = (await details(db, rows)).map((i) => ({
		...i,
		url: `${origin}/lan/${c.value.slug}/insatser/${i.id}`,
		sourceText: source(i)
	}));
	return ok({ county: c.value, query: parsed.value, items });
}

/** The export of the list's page at `url`: its filters, its origin for the addresses. */
export function exportFromUrl(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	url: URL
): Promise<Outcome<InitiativeExport>> {
	return exportInitiatives(
		db,
		actor,
		codeOrSlug,
		queryFromSearchParams(url.searchParams),
		url.origin
	);
}

/** The file name of an export: the county and today's date. */
export function exportFileName(e: InitiativeExport, extension: 'csv' | 'xlsx'): string {
	return `insatser-${e.county.slug}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

/** The media type of an Excel workbook (.xlsx). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
