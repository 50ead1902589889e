import type { Actor } from '../../../core/actor.ts';
import { canEditOrganisationContent, hasAnyRole } from '../../../core/permissions.ts';

/**
 * Who may do what with citizens' stories. Anyone may tell a story, report a
 * published one and withdraw their own with its code; the rest is below.
 */

/** The moderation queue: publish, edit out identifying details, reject, tag, review reports. */
export function canModerateStories(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'moderator']);
}

/**
 * An organisation's public answer to a story: an editor of that organisation,
 * or the county's coordinators and administrators on its behalf.
 */
export function canAnswerStory(actor: Actor, countyCode: string, organisationId: number): boolean {
	return canEditOrganisationContent(actor, countyCode, organisationId);
}

/** Whether the actor may answer for some organisation (shows the answer form). */
export function canAnswerStories(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator', 'editor']);
}
