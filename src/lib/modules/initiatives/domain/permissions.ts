import type { Actor } from '../../../core/actor.ts';
import { canEditCountyContent, canEditOrganisationContent } from '../../../core/permissions.ts';

/**
 * An initiative in the inventory: coordinators and administrators all of the
 * county's, an editor those their organisation leads. One without a lead
 * organisation is the county's.
 */
export function canManageInitiative(
	actor: Actor,
	countyCode: string,
	leadOrganisationId: number | null
): boolean {
	return leadOrganisationId === null
		? canEditCountyContent(actor, countyCode)
		: canEditOrganisationContent(actor, countyCode, leadOrganisationId);
}
