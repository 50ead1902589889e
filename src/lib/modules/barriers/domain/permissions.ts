import type { Actor } from '../../../core/actor.ts';
import { canReadInternal, hasAnyRole } from '../../../core/permissions.ts';

/** Anyone signed in with a role in the county raises a barrier or a goal conflict. */
export const canRaiseBarrier = (actor: Actor, countyCode: string): boolean =>
	canReadInternal(actor, countyCode);

/** The leadership (the county's coordinators and administrators) takes barriers up and resolves them. */
export const canHandleBarriers = (actor: Actor, countyCode: string): boolean =>
	hasAnyRole(actor, countyCode, ['admin', 'coordinator']);
