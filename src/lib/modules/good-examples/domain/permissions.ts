import type { Actor } from '../../../core/actor.ts';
import { canEditCountyContent, hasAnyRole } from '../../../core/permissions.ts';

/**
 * Good examples: the county's coordinators (and administrators) nominate its
 * initiatives and copy examples into its inventory; an administrator of the
 * county reviews (confirms lovande or beprövat) – someone other than the
 * nominator (domain/criteria.ts).
 */
export const canNominate = (actor: Actor, countyCode: string) =>
	canEditCountyContent(actor, countyCode);

export const canReview = (actor: Actor, countyCode: string) =>
	hasAnyRole(actor, countyCode, ['admin']);

export const canReuseInto = (actor: Actor, countyCode: string) =>
	canEditCountyContent(actor, countyCode);
