import { isOpen, type ActionStatus } from './vocabulary.ts';

/**
 * When an action is due, seen from a day (YYYY-MM-DD, the county's date):
 * overdue when still open after its due date; due soon within `days`
 * (default seven, the digest's week). Pure.
 */
export type Due = 'overdue' | 'due_soon' | 'later' | 'closed';

export function addDays(iso: string, days: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

export function dueState(
	action: { status: ActionStatus; dueOn: string },
	today: string,
	days = 7
): Due {
	if (!isOpen(action.status)) return 'closed';
	if (action.dueOn < today) return 'overdue';
	if (action.dueOn <= addDays(today, days)) return 'due_soon';
	return 'later';
}

/** The day in Sweden at an instant, YYYY-MM-DD. */
export function swedishDay(at: Date): string {
	return new Intl.DateTimeFormat('sv-SE', {
		timeZone: 'Europe/Stockholm',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(at);
}
