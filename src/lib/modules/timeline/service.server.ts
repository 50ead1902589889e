import { and, eq, ne, sql } from 'drizzle-orm';
import { TimelineEventInput, TimelineEventUpdate, type EditableTimelineEvent } from './schema.ts';
import type { Actor } from '../../core/actor.ts';
import { canEditCountyContent } from '../../core/permissions.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { timelineEvents } from './tables.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { archiving, createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';

/**
 * Writing the county's timeline: coordinators and administrators add, change
 * and archive the county's own events (national events come from the source
 * documents and are not edited per county). Every write is audited.
 */

type Row = typeof timelineEvents.$inferSelect;

/** What a person edits, and what the audit log and a conflict show. */
type TimelineEventFields = Omit<EditableTimelineEvent, 'id' | 'revision' | 'source'>;

const noEvent = () => notFound<never>('Händelsen finns inte.');
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

const EVENT = {
	table: timelineEvents,
	entityType: 'timeline_event',
	fields,
	editable,
	notFound: noEvent,
	conflict:
		'Någon annan har sparat en ändring av händelsen medan du redigerade. Ingenting har skrivits över.',
	archive: {
		conflict: 'Någon annan har ändrat händelsen sedan du öppnade den. Den har inte arkiverats.',
		invalid: 'Händelsen kunde inte arkiveras.'
	}
} satisfies Edited<Row, EditableTimelineEvent>;

/** One of the county's own events, archived or not. */
async function eventIn(tx: Tx | Db, countyCode: string, id: number): Promise<Row | undefined> {
	const [row] = await tx
		.select()
		.from(timelineEvents)
		.where(and(eq(timelineEvents.id, id), eq(timelineEvents.countyCode, countyCode)));
	return row;
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
	const row = await eventIn(db, countyCode, id);
	return row && !row.archivedAt ? ok(editable(row)) : noEvent();
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
		return createdAudited(tx, actor, EVENT, row!, countyCode);
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
		const scope = await eventIn(tx, countyCode, id);
		if (!scope || scope.archivedAt) return noEvent();
		await lockTimeline(tx, countyCode);
		if (await titleInUse(tx, countyCode, parsed.data.year, parsed.data.title, id))
			return titleTaken();
		const { revision } = parsed.data;
		return updateAudited(tx, actor, EVENT, { id, countyCode, revision }, toColumns(parsed.data));
	});
}

/** Archives an event: it leaves the timeline but stays in the database and its history. */
export const archiveTimelineEvent = archiving(EVENT, {
	allowed: canEditCountyContent,
	find: eventIn
});
