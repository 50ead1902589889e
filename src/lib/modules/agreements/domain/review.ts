/**
 * The register of agreements and guidelines (överenskommelser och
 * riktlinjer): statuses, and when a review is overdue. Pure, client-safe.
 */

export const AGREEMENT_KINDS = ['agreement', 'guideline'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const KIND_LABELS: Record<AgreementKind, string> = {
	agreement: 'Överenskommelse',
	guideline: 'Riktlinje'
};

export const AGREEMENT_STATUSES = ['draft', 'in_force', 'under_revision', 'ended'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const STATUS_LABELS: Record<AgreementStatus, string> = {
	draft: 'Förslag',
	in_force: 'Gäller',
	under_revision: 'Under revidering',
	ended: 'Upphört'
};

/**
 * Overdue: the next review date has passed (before today) for an agreement
 * that is still in force or being revised. One without a review date is not
 * overdue, but shown as unknown; a draft or an ended one has no review due.
 */
export function isReviewOverdue(
	a: { status: AgreementStatus; nextReviewOn: string | null },
	today: string
): boolean {
	return (
		(a.status === 'in_force' || a.status === 'under_revision') &&
		a.nextReviewOn !== null &&
		a.nextReviewOn < today
	);
}

/** Today's date in Sweden (YYYY-MM-DD), the day a review date is judged by. */
export function swedishToday(now: Date): string {
	return new Intl.DateTimeFormat('sv-SE', {
		timeZone: 'Europe/Stockholm',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(now);
}
