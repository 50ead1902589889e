import type { Actor } from '../../../core/actor.ts';
import { canEditOrganisationContent, hasAnyRole } from '../../../core/permissions.ts';

/**
 * Who does what with the Dialogguide. Anyone takes the personal test and
 * answers a round they have the link or a code for (no account). A manager –
 * an editor of the workplace's organisation, or a coordinator or
 * administrator of the county – opens a round for a workplace and sees its
 * results. The coordinators keep the templates.
 */

export function canEditTemplates(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator']);
}

export function canOpenRound(actor: Actor, countyCode: string, organisationId: number): boolean {
	return canEditOrganisationContent(actor, countyCode, organisationId);
}

/** Opening rounds at all: shows the "new round" link. */
export function canOpenRounds(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator', 'editor']);
}

/** A round is its manager's; the county's coordinators and administrators see every round. */
export function canManageRound(
	actor: Actor,
	countyCode: string,
	round: { managerId: number }
): boolean {
	if (hasAnyRole(actor, countyCode, ['admin', 'coordinator'])) return true;
	return (
		actor.kind === 'user' &&
		actor.userId === round.managerId &&
		hasAnyRole(actor, countyCode, ['editor'])
	);
}
