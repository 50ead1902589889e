import { and, desc, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { audit } from './audit.ts';
import type { Actor } from '../core/actor.ts';
import type { Tx } from './db/client.ts';
import { ok, type Outcome } from '../core/outcome.ts';
import { auditLog } from './db/tables.ts';

/**
 * Saving an edited item without losing anyone's work: the save names the
 * revision it was based on; if the item has moved on since, nothing is
 * written and the caller gets the item as it is now, with who changed it.
 * The row is locked for the check, so two saves of the same revision cannot
 * both win.
 */

type RevisionedTable = PgTable & { id: PgColumn; revision: PgColumn; updatedAt: PgColumn };

export interface Conflict<Row> {
	conflict: true;
	current: Row;
	/** who saved the current revision, and when (from the audit log) */
	changedBy: string | null;
	changedAt: string | null;
}

export async function lockForUpdate<Row>(
	tx: Tx,
	table: RevisionedTable,
	id: number
): Promise<Row | undefined> {
	const [row] = await tx
		.select()
		.from(table as PgTable)
		.where(eq(table.id, id))
		.for('update');
	return row as Row | undefined;
}

/** The latest audit entry of an item: who made it as it is now. */
export async function lastChange(
	tx: Tx,
	entityType: string,
	entityId: number
): Promise<{ changedBy: string | null; changedAt: string | null }> {
	const [entry] = await tx
		.select({ by: auditLog.actorLabel, at: auditLog.at })
		.from(auditLog)
		.where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
		.orderBy(desc(auditLog.id))
		.limit(1);
	return { changedBy: entry?.by ?? null, changedAt: entry?.at.toISOString() ?? null };
}

/**
 * Writes `values` to the row if it is still at `expectedRevision`, and
 * increments the revision. Returns the row before and after, or the conflict.
 */
export async function saveRevision<Row extends { revision: number }>(
	tx: Tx,
	table: RevisionedTable,
	entityType: string,
	id: number,
	expectedRevision: number,
	values: Record<string, unknown>
): Promise<{ before: Row; after: Row } | Conflict<Row> | undefined> {
	const before = await lockForUpdate<Row>(tx, table, id);
	if (!before) return undefined;
	if (before.revision !== expectedRevision) {
		return { conflict: true, current: before, ...(await lastChange(tx, entityType, id)) };
	}
	const [after] = await tx
		.update(table)
		.set({ ...values, revision: sql`${table.revision} + 1`, updatedAt: sql`now()` } as never)
		.where(eq(table.id, id))
		.returning();
	return { before, after: after as Row };
}

export function isConflict<Row>(v: unknown): v is Conflict<Row> {
	return typeof v === 'object' && v !== null && (v as { conflict?: unknown }).conflict === true;
}

/**
 * The common end of every update and archive: save on the expected revision,
 * turn a stale save into a conflict (with the item as it is now and who saved
 * it), and record the one audit entry. Archiving records no `after`.
 */
export async function saveAudited<Row extends { revision: number }, Editable>(
	tx: Tx,
	actor: Actor,
	item: {
		table: RevisionedTable;
		entityType: string;
		id: number;
		countyCode: string;
		revision: number;
	},
	change: { action: 'update' | 'archive'; values: Record<string, unknown> },
	view: { fields: (row: Row) => unknown; editable: (row: Row) => Editable },
	messages: { notFound: () => Outcome<never>; conflict: string }
): Promise<Outcome<Editable>> {
	const saved = await saveRevision<Row>(
		tx,
		item.table,
		item.entityType,
		item.id,
		item.revision,
		change.values
	);
	if (!saved) return messages.notFound();
	if (isConflict<Row>(saved)) {
		return {
			kind: 'conflict',
			message: messages.conflict,
			current: {
				current: view.editable(saved.current),
				changedBy: saved.changedBy,
				changedAt: saved.changedAt
			}
		};
	}
	await audit(tx, actor, {
		action: change.action,
		entityType: item.entityType,
		entityId: item.id,
		countyCode: item.countyCode,
		before: view.fields(saved.before),
		after: change.action === 'archive' ? null : view.fields(saved.after)
	});
	return ok(view.editable(saved.after));
}
