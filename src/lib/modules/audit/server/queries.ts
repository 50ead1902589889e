import { and, asc, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { auditLog } from '../../../platform/db/tables.ts';

/**
 * Reads of the audit log. Nothing here writes: entries are only ever added
 * by `audit()` (audit.ts), and the database refuses changes to them.
 */

export interface AuditRow {
	id: number;
	at: Date;
	actorUserId: number | null;
	actorLabel: string;
	action: string;
	entityType: string;
	entityId: string;
	countyCode: string | null;
	before: unknown;
	after: unknown;
}

export interface AuditFilter {
	countyCode: string;
	/** part of the actor's label (name and e-mail), any case */
	actor?: string;
	entityType?: string;
	action?: string;
	/** YYYY-MM-DD, from the start of that day in Swedish time */
	from?: string;
	/** YYYY-MM-DD, to the end of that day in Swedish time */
	to?: string;
}

const columns = {
	id: auditLog.id,
	at: auditLog.at,
	actorUserId: auditLog.actorUserId,
	actorLabel: auditLog.actorLabel,
	action: auditLog.action,
	entityType: auditLog.entityType,
	entityId: auditLog.entityId,
	countyCode: auditLog.countyCode,
	before: auditLog.before,
	after: auditLog.after
};

/** "50%" typed into a search box means the characters, not a LIKE wildcard. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function where(f: AuditFilter): SQL {
	const conditions: (SQL | undefined)[] = [
		eq(auditLog.countyCode, f.countyCode),
		f.actor ? ilike(auditLog.actorLabel, `%${likeEscaped(f.actor)}%`) : undefined,
		f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
		f.action ? eq(auditLog.action, f.action) : undefined,
		f.from
			? gte(auditLog.at, sql`(${f.from}::date)::timestamp at time zone 'Europe/Stockholm'`)
			: undefined,
		f.to
			? lt(auditLog.at, sql`(${f.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'`)
			: undefined
	];
	return and(...conditions)!;
}

const newestFirst = [desc(auditLog.at), desc(auditLog.id)];

/** One page of the county's log, newest first, and how many entries match in all. */
export async function listEntries(
	db: Db,
	filter: AuditFilter,
	page: { limit: number; offset: number }
): Promise<{ rows: AuditRow[]; total: number }> {
	const condition = where(filter);
	const [rows, [count]] = await Promise.all([
		db
			.select(columns)
			.from(auditLog)
			.where(condition)
			.orderBy(...newestFirst)
			.limit(page.limit)
			.offset(page.offset),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(auditLog)
			.where(condition)
	]);
	return { rows, total: count?.n ?? 0 };
}

/**
 * Every matching entry, newest first, in batches (for exports of any size).
 * Each batch continues after the last one read, by (time, id) at full
 * precision, so entries written meanwhile neither repeat nor shift the rest.
 */
export async function* entriesInBatches(
	db: Db,
	filter: AuditFilter,
	batchSize = 500
): AsyncGenerator<AuditRow[]> {
	const condition = where(filter);
	let after: { at: string; id: number } | undefined;
	for (;;) {
		const rows = await db
			.select({ row: columns, cursorAt: sql<string>`${auditLog.at}::text` })
			.from(auditLog)
			.where(
				after
					? and(
							condition,
							sql`(${auditLog.at}, ${auditLog.id}) < (${after.at}::timestamptz, ${after.id})`
						)
					: condition
			)
			.orderBy(...newestFirst)
			.limit(batchSize);
		if (!rows.length) return;
		yield rows.map((r) => r.row);
		const last = rows.at(-1)!;
		after = { at: last.cursorAt, id: last.row.id };
		if (rows.length < batchSize) return;
	}
}

/** Everything recorded about one item in the county, oldest first. */
export async function itemHistory(
	db: Db,
	countyCode: string,
	entityType: string,
	entityId: string
): Promise<AuditRow[]> {
	return db
		.select(columns)
		.from(auditLog)
		.where(
			and(
				eq(auditLog.countyCode, countyCode),
				eq(auditLog.entityType, entityType),
				eq(auditLog.entityId, entityId)
			)
		)
		.orderBy(asc(auditLog.at), asc(auditLog.id));
}

/** The actions and item types that occur in the county's log, for the filter's choices. */
export async function facets(
	db: Db,
	countyCode: string
): Promise<{ actions: string[]; entityTypes: string[] }> {
	const [actions, entityTypes] = await Promise.all([
		db
			.selectDistinct({ v: auditLog.action })
			.from(auditLog)
			.where(eq(auditLog.countyCode, countyCode))
			.orderBy(asc(auditLog.action)),
		db
			.selectDistinct({ v: auditLog.entityType })
			.from(auditLog)
			.where(eq(auditLog.countyCode, countyCode))
			.orderBy(asc(auditLog.entityType))
	]);
	return { actions: actions.map((r) => r.v), entityTypes: entityTypes.map((r) => r.v) };
}
