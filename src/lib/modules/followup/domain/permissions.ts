import type { Actor } from '../../../core/actor.ts';
import { canEditCountyContent } from '../../../core/permissions.ts';

/**
 * Who may do what in the follow-up. Pure. Kolada's catalogue and values are
 * public; a county's own indicators and targets are edited by its
 * coordinators and administrators (like the rest of the county-wide
 * content); values are imported by them for their own county's areas, and
 * by the system (`nara import`) for any area.
 */

/** A county's own indicators: create, change, archive. */
export function canEditIndicators(actor: Actor, countyCode: string): boolean {
	return canEditCountyContent(actor, countyCode);
}

/** The county's targets. */
export function canSetTargets(actor: Actor, countyCode: string): boolean {
	return canEditCountyContent(actor, countyCode);
}

/** Whether the actor may import measurements at all (for some county). */
export function canImportMeasurements(actor: Actor): boolean {
	if (actor.kind === 'system') return true;
	if (actor.kind !== 'user') return false;
	return actor.roles.some((r) => r.role === 'admin' || r.role === 'coordinator');
}

/**
 * Whether the actor may import values for an area of `countyCode` (null for
 * Riket, which only the system imports).
 */
export function canImportForArea(actor: Actor, countyCode: string | null): boolean {
	if (actor.kind === 'system') return true;
	return countyCode !== null && canEditCountyContent(actor, countyCode);
}
