import type { Actor } from '../../../core/actor.ts';
import { canEditCountyContent } from '../../../core/permissions.ts';

/**
 * The report's narrative is the county's shared text: its coordinators and
 * administrators write it. Everyone who may read the county reads the report.
 */
export const canWriteNarrative = (actor: Actor, countyCode: string) =>
	canEditCountyContent(actor, countyCode);
