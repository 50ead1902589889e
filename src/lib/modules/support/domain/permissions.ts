import type { Actor } from '../../../core/actor.ts';
import { canEditCountyContent, canReadInternal } from '../../../core/permissions.ts';

/**
 * The support structure is coordinated for the county as a whole (001: "samordnas
 * via Nya perspektiv"): its coordinators and administrators keep the catalogue
 * and the course rounds and handle the requests.
 */
export const canManageSupport = (actor: Actor, countyCode: string) =>
	canEditCountyContent(actor, countyCode);

/**
 * A workplace asks for support through someone with a role in the county
 * (a manager or a member of staff of the region or a municipality): anyone
 * signed in with a role there. Visitors read the catalogue only.
 */
export const canRequestSupport = (actor: Actor, countyCode: string) =>
	canReadInternal(actor, countyCode);
