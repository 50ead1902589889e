import type { Actor } from '../../../core/actor.ts';
import { visibleTo } from '../../../core/permissions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fieldErrors, invalid, notFound, ok, type Outcome } from '../../../core/outcome.ts';
import type { Indicator, IndicatorDetail } from '../domain/types.ts';
import { indicatorName } from '../domain/catalogue.ts';
import * as q from './queries.ts';
import { CatalogueQuery } from './schemas.ts';
import { KOLADA_SOURCE } from './sources.ts';

/**
 * Reading the indicator catalogue (Kolada's KPIs and the county's own
 * indicators) and the follow-up sets, with what an actor may see of them.
 */

export function credit(row: Pick<q.IndicatorRow, 'source'>): string {
	if (row.source === 'kolada') return `Källa: ${KOLADA_SOURCE}`;
	if (row.source === 'scb') return 'Källa: SCB';
	return 'Länets eget nyckeltal';
}

export function toIndicator(row: q.IndicatorRow): Indicator {
	return {
		id: row.id,
		koladaId: row.koladaId,
		countyCode: row.countyCode,
		title: row.title,
		description: row.description,
		unit: row.unit,
		direction: row.direction,
		source: row.source,
		frequency: row.frequency,
		hasGenderSplit: row.hasGenderSplit,
		aggregation: row.aggregation,
		operatingArea: row.operatingArea,
		publicationPeriod: row.publicationPeriod,
		visibility: row.visibility,
		revision: row.revision,
		credit: credit(row)
	};
}

/** Whether the actor may see the indicator: Kolada's always, a county's own by its visibility. */
function mayRead(actor: Actor, row: q.IndicatorRow): boolean {
	if (row.archivedAt) return false;
	if (row.countyCode === null) return true;
	return visibleTo(actor, row.countyCode).includes(row.visibility);
}

export const noIndicator = (ref: string) => notFound<never>(`Nyckeltalet ${ref} finns inte.`);

/** An indicator by its id in Nära (42) or its Kolada id (N20402), if the actor may see it. */
export async function readable(db: Db, actor: Actor, ref: string | number) {
	const text = String(ref).trim();
	const row = /^\d+$/.test(text)
		? Number(text) <= 2147483647
			? await q.findIndicator(db, { id: Number(text) })
			: undefined
		: /^[A-Za-z]\d{1,11}$/.test(text)
			? await q.findIndicator(db, { koladaId: text })
			: undefined;
	return row && mayRead(actor, row) ? row : undefined;
}

/** The indicators of these ids in Nära that exist and the actor may see. */
export async function readableByIds(db: Db, actor: Actor, ids: number[]) {
	return (await q.findIndicators(db, ids)).filter((row) => mayRead(actor, row));
}

export interface CatalogueResult {
	query: CatalogueQuery;
	total: number;
	/** name: the one the indicator is shown and linked with (domain/catalogue.ts, indicatorName) */
	hits: (Indicator & { exact: boolean; name: string })[];
}

/** Searches the catalogue: Kolada's KPIs and, with `county`, that county's own indicators. */
export async function searchCatalogue(
	db: Db,
	actor: Actor,
	raw: Record<string, unknown>
): Promise<Outcome<CatalogueResult>> {
	const parsed = CatalogueQuery.safeParse(raw);
	if (!parsed.success) return invalid('Sökningen är ogiltig.', fieldErrors(parsed.error.issues));
	const query = parsed.data;
	const countyCode = query.county ?? null;
	const result = await q.searchIndicators(db, {
		q: query.q,
		source: query.source,
		countyCode,
		visible: countyCode ? visibleTo(actor, countyCode) : ['public'],
		limit: query.limit,
		offset: query.offset
	});
	return ok({
		query,
		total: result.total,
		hits: result.rows.map((r) => ({
			...toIndicator(r),
			exact: r.exact,
			name: indicatorName({
				title: r.title,
				followUp: r.followUpTitle ? [{ title: r.followUpTitle }] : []
			})
		}))
	});
}

/** One indicator with what it follows (links) and the follow-up sets it is in. */
export async function getIndicator(
	db: Db,
	actor: Actor,
	ref: string | number
): Promise<Outcome<IndicatorDetail>> {
	const row = await readable(db, actor, ref);
	if (!row) return noIndicator(String(ref));
	const [links, items] = await Promise.all([q.linksOf(db, row.id), q.followUpItemsOf(db, row.id)]);
	return ok({
		...toIndicator(row),
		links,
		followUp: items.map((i) => ({
			setKey: i.setKey,
			focusShiftKey: i.focusShiftKey,
			title: i.title,
			note: i.note,
			source: i.source
		}))
	});
}

export interface FollowUpSetItem {
	position: number;
	title: string;
	note: string;
	source: string;
	/** null: no data source yet */
	indicator: Indicator | null;
}

/** A follow-up set (default SKR's) by focus shift, in order. */
export async function followUpSet(
	db: Db,
	setKey = 'skr'
): Promise<
	Outcome<{ setKey: string; groups: { focusShiftKey: string; items: FollowUpSetItem[] }[] }>
> {
	const rows = await q.followUpSet(db, setKey);
	if (rows.length === 0) return notFound(`Uppföljningen "${setKey}" finns inte.`);
	const groups: { focusShiftKey: string; items: FollowUpSetItem[] }[] = [];
	for (const r of rows) {
		let g = groups.find((x) => x.focusShiftKey === r.item.focusShiftKey);
		if (!g) groups.push((g = { focusShiftKey: r.item.focusShiftKey, items: [] }));
		g.items.push({
			position: r.item.position,
			title: r.item.title,
			note: r.item.note,
			source: r.item.source,
			indicator: r.indicator && !r.indicator.archivedAt ? toIndicator(r.indicator) : null
		});
	}
	return ok({ setKey, groups });
}
