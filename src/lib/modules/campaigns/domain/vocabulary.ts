/**
 * The words of "Vad är viktigt för dig?": the smallest group a public count
 * may rest on, a campaign's phases, and the consent an answer may carry.
 * Client-safe.
 */

/** No public count rests on fewer answers than this (for a theme, a municipality, an age band). */
export const MIN_GROUP_SIZE = 5;

export const CAMPAIGN_PHASES = ['upcoming', 'open', 'closed'] as const;
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];
export const CAMPAIGN_PHASE_LABELS: Record<CampaignPhase, string> = {
	upcoming: 'Öppnar snart',
	open: 'Öppen för svar',
	closed: 'Avslutad'
};

/** Where a campaign is on `today` (YYYY-MM-DD, Swedish time): before, within or after its period. */
export function phaseOn(campaign: { opensOn: string; closesOn: string }, today: string) {
	if (today < campaign.opensOn) return 'upcoming' as const;
	if (today > campaign.closesOn) return 'closed' as const;
	return 'open' as const;
}

/** The consent an answer may carry, with its version: an answer records the version it agreed to. */
export const ANSWER_CONSENT = {
	version: '2026-12-07',
	quote:
		'Mitt svar får citeras ordagrant i den offentliga sammanfattningen, utan namn och utan kommun eller ålder.'
} as const;
