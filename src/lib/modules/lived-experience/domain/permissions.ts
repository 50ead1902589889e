import type { Actor } from '../../../core/actor.ts';
import { hasAnyRole } from '../../../core/permissions.ts';
import { canManageInitiative } from '../../initiatives/index.ts';
import { canManageProcesses } from '../../processes/index.ts';

/**
 * Who may do what in "Levande bibliotek". Anyone may offer to take part
 * (without an account); nothing about the people who offer is public.
 */

/** Reading the offers (with contact details), matching them and recording assignments. */
export function canCoordinateLivedExperience(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator']);
}

/** Asking for participants for some process or initiative (the page; each item is checked below). */
export function canRequestParticipants(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator', 'editor']);
}

/**
 * Asking for participants for one item: those who may edit it — a process
 * its county's coordinators, an initiative also the editors of the
 * organisation that leads it.
 */
export function canRequestParticipantsFor(
	actor: Actor,
	countyCode: string,
	subject: { kind: 'process' } | { kind: 'initiative'; leadOrganisationId: number | null }
): boolean {
	if (!canRequestParticipants(actor, countyCode)) return false;
	return subject.kind === 'process'
		? canManageProcesses(actor, countyCode)
		: canManageInitiative(actor, countyCode, subject.leadOrganisationId);
}
