import type { Actor } from '../../../core/actor.ts';
import { canEditCountyContent } from '../../../core/permissions.ts';

/** The register is the county's shared content: its coordinators and administrators keep it. */
export const canManageAgreements = (actor: Actor, countyCode: string) =>
	canEditCountyContent(actor, countyCode);
