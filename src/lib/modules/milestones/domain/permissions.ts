import type { Actor } from '../../../core/actor.ts';
import { canEditCountyContent } from '../../../core/permissions.ts';

/** The milestones are the county's shared content: its coordinators and administrators keep them. */
export const canManageMilestones = (actor: Actor, countyCode: string) =>
	canEditCountyContent(actor, countyCode);
