import type { Db, Tx } from './db/client.ts';
import { auditLog } from './db/tables.ts';
import { actorLabel, actorUserId, type Actor } from '../core/actor.ts';

export interface AuditEntry {
	action:
		| 'create'
		| 'update'
		| 'archive'
		| 'publish'
		| 'grant'
		| 'revoke'
		| 'sign_in'
		| 'sign_out'
		| string;
	entityType: string;
	entityId: string | number;
	countyCode: string | null;
	before: unknown;
	after: unknown;
}

/** The row of the audit log that records one write of an actor. */
function auditRow(actor: Actor, entry: AuditEntry) {
	return {
		actorUserId: actorUserId(actor),
		actorLabel: actorLabel(actor),
		action: entry.action,
		entityType: entry.entityType,
		entityId: String(entry.entityId),
		countyCode: entry.countyCode,
		before: entry.before ?? null,
		after: entry.after ?? null
	};
}

/**
 * Records one write in the audit log, inside the transaction of the write
 * itself: the entry and the change are committed together or not at all.
 * Every writing service calls this (or auditMany); nothing else writes to audit_log.
 */
export async function audit(tx: Tx | Db, actor: Actor, entry: AuditEntry): Promise<void> {
	await tx.insert(auditLog).values(auditRow(actor, entry));
}

/**
 * Records many writes of one actor at once (an import: one entry per item),
 * in the transaction of the writes, a thousand entries per statement.
 */
export async function auditMany(tx: Tx | Db, actor: Actor, entries: AuditEntry[]): Promise<void> {
	for (let i = 0; i < entries.length; i += 1000) {
		await tx
			.insert(auditLog)
			.values(entries.slice(i, i + 1000).map((entry) => auditRow(actor, entry)));
	}
}
