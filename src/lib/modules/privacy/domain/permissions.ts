import type { Actor } from '../../../core/actor.ts';
import { hasAnyRole } from '../../../core/permissions.ts';

/** The county's retention periods: its administrators set them. */
export function canSetRetention(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin']);
}
