import type { Actor } from '../../../core/actor.ts';
import { canReadInternal, hasAnyRole } from '../../../core/permissions.ts';

/**
 * Actions: the county's coordinators and administrators give them out; the
 * person who owns one reports its progress (status, what was done).
 */
export function canManageActions(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator']);
}

/** Whether the actor may report the progress of an action owned by `ownerUserId`. */
export function canReportAction(actor: Actor, countyCode: string, ownerUserId: number): boolean {
	if (canManageActions(actor, countyCode)) return true;
	return (
		actor.kind === 'user' && actor.userId === ownerUserId && canReadInternal(actor, countyCode)
	);
}
