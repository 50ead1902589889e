import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import type { Actor } from '../../src/lib/core/actor.ts';
import { label, type TestUser } from './cast.ts';
import type { Db } from '../../src/lib/platform/db/client.ts';
import { auditLog } from '../../src/lib/platform/db/tables.ts';

/** Reading what a test wrote: the audit log's entries, and how many rows a table has. */

/** The audit entries about one item, oldest first. */
export function auditOf(db: Db, entityType: string, entityId: number | string) {
	return db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
		.orderBy(auditLog.id);
}

/** The newest audit entry's id (0 when there is none), to read what comes after it. */
export async function lastAuditId(db: Db): Promise<number> {
	const [row] = await db
		.select({ id: sql<number>`coalesce(max(${auditLog.id}), 0)::int` })
		.from(auditLog);
	return row!.id;
}

/** The audit entries written after entry `id`, oldest first. */
export function auditSince(db: Db, id: number) {
	return db.select().from(auditLog).where(gt(auditLog.id, id)).orderBy(asc(auditLog.id));
}

/** How many rows `table` has (the audit log's by default). */
export async function rowCount(db: Db, table: PgTable = auditLog): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
	return row!.n;
}

/** The audit entries written after entry `since`: exactly one, by `actor`, which is returned. */
export async function oneAuditEntry(db: Db, since: number, actor: Actor) {
	const entries = await auditSince(db, since);
	expect(entries).toHaveLength(1);
	const entry = entries[0]!;
	if (actor.kind === 'user') {
		expect(entry.actorUserId).toBe(actor.userId);
		expect(entry.actorLabel).toBe(`${actor.name} <${actor.email}>`);
	} else {
		expect(entry.actorUserId).toBeNull();
		expect(entry.actorLabel).toBe(actor.kind === 'system' ? actor.label : 'anonym');
	}
	return entry;
}

/** The fields of an audit entry that say `person` wrote it, to match an entry against. */
export const writtenBy = (person: TestUser) => ({
	actorUserId: person.actor.userId,
	actorLabel: label(person)
});

/** `entries` is exactly one entry: `person` created the item in Värmland, and it reads as `after`. */
export function expectOneCreate(
	entries: { action: string }[],
	person: TestUser,
	after: Record<string, unknown>
): void {
	expect(entries).toHaveLength(1);
	expect(entries[0]).toMatchObject({
		action: 'create',
		...writtenBy(person),
		countyCode: '17',
		before: null,
		after
	});
}
