import { and, eq, ne, sql } from 'drizzle-orm';
import { ArchiveInput } from '../../core/fields.ts';
import { TimelineEventInput, TimelineEventUpdate } from './schema.ts';
import { audit } from '../../platform/audit.ts';
import type { Actor } from '../../core/actor.ts';
import { canEditCountyContent } from '../../core/permissions.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { timelineEvents } from './tables.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { saveAudited } from '../../platform/editing.ts';

/**
 * Writing the county's timeline: coordinators and administrators add, change
 * and archive the county's own events (national events come from the source
 * documents and are not edited per county). Every write is audited.
 */

type Row = typeof timelineEvents.$inferSelect;

/** What a person edits, and what the audit log and a conflict show. */
export interface TimelineEventFields {
	title: string;
	body: string;
	year: number;
	month: number | null;
	day: number | null;
	periodLabel: string;
	visibility: 'public' | 'internal';
}

export interface EditableTimelineEvent extends TimelineEventFields {
	id: number;
	revision: number;
	source: string | null;
}

export interface TimelineConflict {
	/** the event as it is saved now */
	current: EditableTimelineEvent;
	changedBy: string | null;
	changedAt: string | null;
}

const ENTITY = 'timeline_event';

const titleTaken = () =>
	invalid<never>('Händelsen kunde inte sparas.', {
		title: ['Det finns redan en händelse med den rubriken det året (den kan vara arkiverad).']
	});

/**
 * Whether another event of the county has this title in this year (the
 * timeline's natural key). Callers hold the county's timeline lock, so the
 * check and the write cannot interleave with another save.
 */
async function titleInUse(
	tx: Tx,
	countyCode: string,
	year: number,
	title: string,
	exceptId?: number
) {
	const [row] = await tx
		.select({ id: timelineEvents.id })
		.from(timelineEvents)
		.where(
			and(
				eq(timelineEvents.countyCode, countyCode),
				eq(timelineEvents.year, year),
				eq(timelineEvents.title, title),
				exceptId === undefined ? undefined : ne(timelineEvents.id, exceptId)
			)
		);
	return row !== undefined;
}

const lockTimeline = (tx: Tx, countyCode: string) =>
	tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`timeline:${countyCode}`}))`);

function fields(row: Row): TimelineEventFields {
	return {
		title: row.title,
		body: row.body,
		year: row.year,
		month: row.month,
		day: row.day,
		periodLabel: row.periodLabel,
		visibility: row.visibility
	};
}

function editable(row: Row): EditableTimelineEvent {
	return { id: row.id, revision: row.revision, source: row.source, ...fields(row) };
}

function toColumns(input: TimelineEventInput) {
	return {
		title: input.title,
		body: input.body,
		year: input.year,
		month: input.month ?? null,
		day: input.day ?? null,
		periodLabel: input.periodLabel || String(input.year),
		yearStated: true,
		visibility: input.visibility
	};
}

/** One of the county's own events, for its edit form. */
export async function getTimelineEvent(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<EditableTimelineEvent>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const [row] = await db
		.select()
		.from(timelineEvents)
		.where(and(eq(timelineEvents.id, id), eq(timelineEvents.countyCode, countyCode)));
	if (!row || row.archivedAt) return notFound('Händelsen finns inte.');
	return ok(editable(row));
}

export async function createTimelineEvent(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<EditableTimelineEvent>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = TimelineEventInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Händelsen kunde inte sparas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx) => {
		await lockTimeline(tx, countyCode);
		if (await titleInUse(tx, countyCode, parsed.data.year, parsed.data.title)) return titleTaken();
		const [row] = await tx
			.insert(timelineEvents)
			.values({
				...toColumns(parsed.data),
				countyCode,
				level: 'county',
				position: 1000,
				source: null
			})
			.returning();
		await audit(tx, actor, {
			action: 'create',
			entityType: ENTITY,
			entityId: row!.id,
			countyCode,
			before: null,
			after: fields(row!)
		});
		return ok(editable(row!));
	});
}

export async function updateTimelineEvent(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<EditableTimelineEvent>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = TimelineEventUpdate.safeParse(raw);
	if (!parsed.success)
		return invalid('Händelsen kunde inte sparas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx) => {
		const [scope] = await tx
			.select({ id: timelineEvents.id, archivedAt: timelineEvents.archivedAt })
			.from(timelineEvents)
			.where(and(eq(timelineEvents.id, id), eq(timelineEvents.countyCode, countyCode)));
		if (!scope || scope.archivedAt) return notFound('Händelsen finns inte.');
		await lockTimeline(tx, countyCode);
		if (await titleInUse(tx, countyCode, parsed.data.year, parsed.data.title, id))
			return titleTaken();
		const result = await saveAudited<Row, ReturnType<typeof editable>>(
			tx,
			actor,
			{
				table: timelineEvents,
				entityType: ENTITY,
				id: id,
				countyCode: countyCode,
				revision: parsed.data.revision
			},
			{ action: 'update', values: toColumns(parsed.data) },
			{ fields: fields, editable: editable },
			{
				notFound: () => notFound('Händelsen finns inte.'),
				conflict:
					'Någon annan har sparat en ändring av händelsen medan du redigerade. Ingenting har skrivits över.'
			}
		);
		return result;
	});
}

/** Archives an event: it leaves the timeline but stays in the database and its history. */
export async function archiveTimelineEvent(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<{ id: number }>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = ArchiveInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Händelsen kunde inte arkiveras.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx) => {
		const [scope] = await tx
			.select({ id: timelineEvents.id, archivedAt: timelineEvents.archivedAt })
			.from(timelineEvents)
			.where(and(eq(timelineEvents.id, id), eq(timelineEvents.countyCode, countyCode)));
		if (!scope || scope.archivedAt) return notFound('Händelsen finns inte.');
		const result = await saveAudited<Row, ReturnType<typeof editable>>(
			tx,
			actor,
			{
				table: timelineEvents,
				entityType: ENTITY,
				id: id,
				countyCode: countyCode,
				revision: parsed.data.revision
			},
			{
				action: 'archive',
				values: {
					archivedAt: new Date()
				}
			},
			{ fields: fields, editable: editable },
			{
				notFound: () => notFound('Händelsen finns inte.'),
				conflict: 'Någon annan har ändrat händelsen sedan du öppnade den. Den har inte arkiverats.'
			}
		);
		return result.kind === 'ok' ? ok({ id }) : result;
	});
}
