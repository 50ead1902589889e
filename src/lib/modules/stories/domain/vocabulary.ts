/**
 * The words of a story: the kinds of care, the age bands, the consents and
 * the states of moderation, as stored (keys) and as shown (Swedish labels).
 * Client-safe; the campaigns use the same age bands.
 */

export const CARE_KINDS = [
	'primary_care',
	'hospital',
	'psychiatry',
	'municipal_health',
	'elderly_care',
	'social_services',
	'dental',
	'other'
] as const;
export type CareKind = (typeof CARE_KINDS)[number];
export const CARE_KIND_LABELS: Record<CareKind, string> = {
	primary_care: 'Vårdcentral och primärvård',
	hospital: 'Sjukhusvård',
	psychiatry: 'Psykiatri',
	municipal_health: 'Kommunal hälso- och sjukvård, hemsjukvård',
	elderly_care: 'Äldreomsorg och hemtjänst',
	social_services: 'Socialtjänst',
	dental: 'Tandvård',
	other: 'Annat'
};

export const AGE_BANDS = ['0-17', '18-29', '30-49', '50-64', '65-79', '80+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
	'0-17': '0–17 år',
	'18-29': '18–29 år',
	'30-49': '30–49 år',
	'50-64': '50–64 år',
	'65-79': '65–79 år',
	'80+': '80 år eller äldre'
};

export const AUTHOR_KINDS = ['citizen', 'relative', 'staff'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];
export const AUTHOR_KIND_LABELS: Record<AuthorKind, string> = {
	citizen: 'Invånare, patient eller brukare',
	relative: 'Närstående',
	staff: 'Medarbetare'
};

export const STORY_STATUSES = ['pending', 'published', 'rejected', 'hidden'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];
export const STORY_STATUS_LABELS: Record<StoryStatus, string> = {
	pending: 'Väntar på granskning',
	published: 'Publicerad',
	rejected: 'Avböjd',
	hidden: 'Dold efter anmälningar'
};

/**
 * How the author consented: given in the form (with the consent text's
 * version), or the story is a quote already printed in a published source.
 */
export const CONSENT_BASES = ['form', 'published_source'] as const;

/**
 * The consent text the form shows, with its version: a story records the
 * version its author agreed to. A changed text is a new version.
 */
export const CONSENT_TEXT = {
	version: '2026-12-01',
	publish:
		'Berättelsen får publiceras på webbplatsen, utan namn och efter att en moderator har tagit bort sådant som kan peka ut någon.',
	quote: 'Berättelsen får citeras i rapporter och presentationer om god och nära vård, utan namn.',
	openData: 'Berättelsen får ingå i öppna data som alla får ladda ner och använda, utan namn.'
} as const;
