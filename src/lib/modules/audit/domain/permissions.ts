import type { Actor } from '../../../core/actor.ts';
import { hasAnyRole } from '../../../core/permissions.ts';

/** The audit log of the county, and its export. */
export function canReadAudit(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin']);
}
