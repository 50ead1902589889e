/**
 * The words of the support structure (stödstrukturen): what kinds of support
 * it offers, the five prerequisites of the roadmap (001) an offer serves, and
 * where a request stands. Keys as stored, Swedish labels.
 */

export const OFFER_KINDS = ['course', 'programme', 'method', 'analysis', 'tool'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export const OFFER_KIND_LABELS: Record<OfferKind, string> = {
	course: 'Utbildning',
	programme: 'Utvecklingsprogram',
	method: 'Metodstöd',
	analysis: 'Analys',
	tool: 'Verktyg'
};

/** The five prerequisites (förutsättningar) of Värmland's roadmap (001, rad 871–882). */
export const PREREQUISITES = [
	'leadership',
	'workplaces',
	'system_leadership',
	'support_structure',
	'follow_up'
] as const;
export type Prerequisite = (typeof PREREQUISITES)[number];
export const PREREQUISITE_LABELS: Record<Prerequisite, string> = {
	leadership: 'Ledarskap',
	workplaces: 'Hållbara arbetsplatser',
	system_leadership: 'Gemensam systemledning',
	support_structure: 'Gemensam stödstruktur',
	follow_up: 'Uppföljning'
};

export const REQUEST_STATUSES = ['received', 'in_progress', 'done', 'declined'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
	received: 'Mottagen',
	in_progress: 'Pågår',
	done: 'Klar',
	declined: 'Avböjd'
};

/** A request that is done or declined is closed: it has left the queue. */
export const isClosed = (status: RequestStatus) => status === 'done' || status === 'declined';
