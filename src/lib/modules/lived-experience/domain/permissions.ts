import type { Actor } from '../../../core/actor.ts';
import { hasAnyRole } from '../../../core/permissions.ts';

/**
 * Who may do what in "Levande bibliotek". Anyone may offer to take part
 * (without an account); nothing about the people who offer is public.
 */

/** Reading the offers (with contact details), matching them and recording assignments. */
export function canCoordinateLivedExperience(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator']);
}

/** Asking for participants for a process or an initiative. */
export function canRequestParticipants(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator', 'editor']);
}
