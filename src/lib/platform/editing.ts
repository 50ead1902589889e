import { and, desc, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { audit } from './audit.ts';
import type { Actor } from '../core/actor.ts';
import type { Db, Tx } from './db/client.ts';
import { isRowId } from './ids.ts';
import { ArchiveInput } from '../core/fields.ts';
import { fieldErrors, forbidden, invalid, ok, type Outcome } from '../core/outcome.ts';
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
 * it), and record the one audit entry. Archiving records no `after`. What is
 * written with the row (`change.also`, e.g. its links) is written after the
 * row and before the audit's `after` is read; `view.current` is the item as a
 * conflict shows it (default: `view.editable`).
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
	change: {
		action: 'update' | 'archive';
		values: Record<string, unknown>;
		also?: (tx: Tx) => Promise<void>;
	},
	view: {
		fields: (row: Row, tx: Tx) => unknown;
		editable: (row: Row, tx: Tx) => Editable | Promise<Editable>;
		current?: (row: Row, tx: Tx) => unknown;
	},
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
				current: await (view.current ?? view.editable)(saved.current, tx),
				changedBy: saved.changedBy,
				changedAt: saved.changedAt
			}
		};
	}
	const before = await view.fields(saved.before, tx);
	await change.also?.(tx);
	await audit(tx, actor, {
		action: change.action,
		entityType: item.entityType,
		entityId: item.id,
		countyCode: item.countyCode,
		before,
		after: change.action === 'archive' ? null : await view.fields(saved.after, tx)
	});
	return ok(await view.editable(saved.after, tx));
}

/**
 * One kind of edited item of a county (a body, a decision, an event …): its
 * table and name in the audit log, how it is recorded and answered, and what
 * its refusals say. The helpers below take it, so a module's update, archive
 * and create say only what is their own.
 */
export interface Edited<Row, Editable> {
	table: RevisionedTable;
	entityType: string;
	/** the item as the audit log records it */
	fields: (row: Row, tx: Tx) => unknown;
	/** the item as a save answers it */
	editable: (row: Row, tx: Tx) => Editable | Promise<Editable>;
	/** the item as a conflict shows it (default: editable) */
	current?: (row: Row, tx: Tx) => unknown;
	notFound: () => Outcome<never>;
	/** what a stale save says */
	conflict: string;
	/** for an item that can be archived: what a stale archive and a broken archive form say */
	archive?: { conflict: string; invalid: string };
}

/** An update of an item through saveAudited: `values` on `revision`, then `also`. */
export function updateAudited<Row extends { revision: number }, Editable>(
	tx: Tx,
	actor: Actor,
	edited: Edited<Row, Editable>,
	item: { id: number; countyCode: string; revision: number },
	values: Record<string, unknown>,
	also?: (tx: Tx) => Promise<void>
): Promise<Outcome<Editable>> {
	return saveAudited<Row, Editable>(
		tx,
		actor,
		{ table: edited.table, entityType: edited.entityType, ...item },
		{ action: 'update', values, also },
		edited,
		{ notFound: edited.notFound, conflict: edited.conflict }
	);
}

/**
 * Archiving an item of a county, the whole use case, made for one kind of
 * item: the permission (`allowed`), the revision the form was based on, the
 * item in the county and not archived (`find`, then any rule of `check`),
 * then saveAudited with `archivedAt`. The item leaves the pages but stays in
 * the database and its history.
 */
export function archiving<Row extends { revision: number }, Found>(
	edited: Edited<Row, unknown> & { archive: { conflict: string; invalid: string } },
	rules: {
		allowed: (actor: Actor, countyCode: string) => boolean;
		find: (
			tx: Tx,
			countyCode: string,
			id: number
		) => Promise<(Found & { archivedAt: Date | null }) | undefined>;
		check?: (actor: Actor, countyCode: string, found: Found) => Outcome<never> | undefined;
		/** what else follows from the archiving, in its transaction (e.g. figures computed from it) */
		archived?: (tx: Tx, actor: Actor, countyCode: string, found: Found) => Promise<unknown>;
	}
) {
	return async (
		db: Db,
		actor: Actor,
		countyCode: string,
		id: number,
		raw: unknown
	): Promise<Outcome<{ id: number }>> => {
		if (!rules.allowed(actor, countyCode)) return forbidden();
		const parsed = ArchiveInput.safeParse(raw);
		if (!parsed.success) return invalid(edited.archive.invalid, fieldErrors(parsed.error.issues));
		if (!isRowId(id)) return edited.notFound();
		return db.transaction(async (tx): Promise<Outcome<{ id: number }>> => {
			const found = await rules.find(tx, countyCode, id);
			if (!found || found.archivedAt) return edited.notFound();
			const refused = rules.check?.(actor, countyCode, found);
			if (refused) return refused;
			const saved = await saveAudited<Row, unknown>(
				tx,
				actor,
				{ ...edited, id, countyCode, revision: parsed.data.revision },
				{ action: 'archive', values: { archivedAt: new Date() } },
				edited,
				{ notFound: edited.notFound, conflict: edited.archive.conflict }
			);
			if (saved.kind !== 'ok') return saved;
			await rules.archived?.(tx, actor, countyCode, found);
			return ok({ id });
		});
	};
}

/** The audit entry of a new item, and the item as a save answers it. */
export async function createdAudited<Row extends { id: number }, Editable>(
	tx: Tx,
	actor: Actor,
	edited: Pick<Edited<Row, Editable>, 'entityType' | 'fields' | 'editable'>,
	row: Row,
	countyCode: string
): Promise<Outcome<Editable>> {
	await audit(tx, actor, {
		action: 'create',
		entityType: edited.entityType,
		entityId: row.id,
		countyCode,
		before: null,
		after: await edited.fields(row, tx)
	});
	return ok(await edited.editable(row, tx));
}
