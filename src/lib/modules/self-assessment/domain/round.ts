/**
 * A workplace round as a rule: when it takes answers, when its results may be
 * shown, and what the workplace agreed afterwards. Pure: no I/O.
 */

/** The workplace's agreed score per dimension (by key), with a short note (SCIROCCO's consensus step). */
export type Consensus = Record<string, { score: number; note: string }>;

/** "Vårt nästa steg": what the workplace will do next, who owns it, by when. */
export interface NextStep {
	what: string;
	owner: string;
	dueOn: string;
}

export interface RoundDates {
	opensOn: string;
	closesOn: string;
	closedOn: string | null;
}

/** The last day answers are taken: the closing date, or the day the manager closed it. */
export function lastDay(round: RoundDates): string {
	return round.closedOn && round.closedOn < round.closesOn ? round.closedOn : round.closesOn;
}

/** Whether the round takes answers on this date (YYYY-MM-DD, the county's date). */
export function isOpen(round: RoundDates, today: string): boolean {
	return round.opensOn <= today && today <= lastDay(round) && round.closedOn === null;
}

/** Whether the round is over, so its results may be shown (if enough answered). */
export function isClosed(round: RoundDates, today: string): boolean {
	return round.closedOn !== null || today > round.closesOn;
}

/** The half-year in words, e.g. "första halvåret 2025". */
export function halfYearLabel(period: string): string {
	const [y, h] = period.split(' H');
	return `${h === '1' ? 'första' : 'andra'} halvåret ${y}`;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A single-use code from random bytes: eight characters without the ones
 * people mix up (0/O, 1/I), shown as two groups of four.
 */
export function codeFrom(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < 8; i++) s += CODE_ALPHABET[bytes[i]! % CODE_ALPHABET.length];
	return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** A code as a person may type it: lower case, spaces, no dash – the same code. */
export function normaliseCode(typed: string): string {
	const s = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
	return s.length === 8 ? `${s.slice(0, 4)}-${s.slice(4)}` : s;
}

/** The date in Sweden at an instant, YYYY-MM-DD: the only time an answer keeps. */
export function swedishDate(now: Date): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}
