import type { Actor } from '../../../core/actor.ts';
import { hasAnyRole } from '../../../core/permissions.ts';

/** The bodies' meetings and their minutes are recorded by the county's coordinators and administrators. */
export const canRecordMeetings = (actor: Actor, countyCode: string): boolean =>
	hasAnyRole(actor, countyCode, ['admin', 'coordinator']);
