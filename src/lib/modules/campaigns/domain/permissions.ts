import type { Actor } from '../../../core/actor.ts';
import { hasAnyRole } from '../../../core/permissions.ts';

/**
 * Who may do what with "Vad är viktigt för dig?". Anyone may answer an open
 * campaign (anonymously) and read its public summary; the rest is below.
 */

/** Opening a campaign: the question, its period, and whom it asks. */
export function canOpenCampaigns(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'coordinator']);
}

/** Reading the answers, grouping them into themes and choosing the quotes. */
export function canThemeAnswers(actor: Actor, countyCode: string): boolean {
	return hasAnyRole(actor, countyCode, ['admin', 'moderator']);
}
