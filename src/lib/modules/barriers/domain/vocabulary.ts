/**
 * The words of barriers and goal conflicts (hinder och målkonflikter):
 * the kinds the roadmap (001) names and the steps a barrier moves through.
 * Client-safe.
 */

export const BARRIER_KINDS = [
	'laws_rules',
	'agreements_payment',
	'money_between_principals',
	'digital_systems',
	'ways_of_working',
	'other'
] as const;
export type BarrierKind = (typeof BARRIER_KINDS)[number];

export const BARRIER_STATUSES = [
	'new',
	'taken_up',
	'being_resolved',
	'resolved',
	'remains'
] as const;
export type BarrierStatus = (typeof BARRIER_STATUSES)[number];

export const barrierKindLabel: Record<BarrierKind, string> = {
	laws_rules: 'Lagar och regler som tolkas olika',
	agreements_payment: 'Avtal och ersättning',
	money_between_principals: 'Pengar som flyttas mellan huvudmän',
	digital_systems: 'Digitala system som inte talar med varandra',
	ways_of_working: 'Arbetssätt och kultur',
	other: 'Annat'
};

export const barrierStatusLabel: Record<BarrierStatus, string> = {
	new: 'Nytt',
	taken_up: 'Upptaget av ledningen',
	being_resolved: 'Åtgärdas',
	resolved: 'Löst',
	remains: 'Kvarstår'
};
