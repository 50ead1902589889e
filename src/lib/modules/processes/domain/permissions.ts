import type { Actor } from '../../../core/actor.ts';
import { hasAnyRole } from '../../../core/permissions.ts';

/**
 * The county's processes (county-wide, sub-regional and local) and their
 * coverage of the four development areas: run by the coordinators of the
 * county (processledare in the coordination group) and its administrators.
 */
export function canManageProcesses(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator']);
}

/** The shared rule the processes ask too: which visibilities the actor sees. */
export { visibleTo } from '../../../core/permissions.ts';
