import { isClosed, REQUEST_STATUSES, type RequestStatus } from './vocabulary.ts';

/**
 * The rules of handling a request for support. Pure: no I/O.
 */

/**
 * What is wrong with a handling, or null: a request is closed with a note
 * (what was done, or why it was declined), so the one who asked can read it.
 */
export function handlingProblem(status: RequestStatus, note: string): string | null {
	if (isClosed(status) && note.trim() === '')
		return status === 'done'
			? 'Skriv en anteckning om vad stödet blev innan förfrågan markeras som klar.'
			: 'Skriv en anteckning om varför förfrågan avböjs.';
	return null;
}

/** How many requests are in each status, every status present (0 when none). */
export function countByStatus(statuses: RequestStatus[]): Record<RequestStatus, number> {
	const counts = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<
		RequestStatus,
		number
	>;
	for (const s of statuses) counts[s] += 1;
	return counts;
}

/** The open requests first (received, then in progress), then the closed; newest first within. */
export function queueOrder<T extends { status: RequestStatus; createdAt: string }>(list: T[]): T[] {
	const rank = (s: RequestStatus) => REQUEST_STATUSES.indexOf(s);
	return [...list].sort(
		(a, b) => rank(a.status) - rank(b.status) || b.createdAt.localeCompare(a.createdAt)
	);
}
