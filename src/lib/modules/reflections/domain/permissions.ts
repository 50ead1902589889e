import type { Actor } from '../../../core/actor.ts';
import { canEditCountyContent } from '../../../core/permissions.ts';

/**
 * A reflection is written for a body or a process of the county; both are
 * the county-wide content of its coordinators and administrators (the
 * processes module lets no editor manage a process), so they write them.
 */
export const canWriteReflections = (actor: Actor, countyCode: string): boolean =>
	canEditCountyContent(actor, countyCode);
