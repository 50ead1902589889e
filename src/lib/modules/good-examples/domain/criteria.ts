/**
 * The criteria a good example is nominated against, after the EU's Best
 * Practice Portal (explicit criteria; "promising" apart from "best"), and the
 * statuses of a nomination. Pure, client-safe.
 */

export const CRITERIA = ['focus_shifts', 'results', 'transfer', 'people', 'cost'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CRITERION_LABELS: Record<Criterion, string> = {
	focus_shifts: 'Relevant för fokusförflyttningarna',
	results: 'Resultat är visade (mätta)',
	transfer: 'Lätt att föra över till andra',
	people: 'Invånare, patienter eller medarbetare har varit delaktiga',
	cost: 'Kostnaden är känd'
};

export const GOOD_EXAMPLE_STATUSES = ['nominated', 'promising', 'proven', 'declined'] as const;
export type GoodExampleStatus = (typeof GOOD_EXAMPLE_STATUSES)[number];

export const STATUS_LABELS: Record<GoodExampleStatus, string> = {
	nominated: 'Nominerad, ej bedömd',
	promising: 'Lovande',
	proven: 'Beprövat',
	declined: 'Inte bekräftat'
};

/** What a reviewer may decide. */
export const REVIEW_DECISIONS = ['promising', 'proven', 'declined'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Confirmed examples are shown nationally. */
export const isConfirmed = (s: GoodExampleStatus) => s === 'promising' || s === 'proven';

/**
 * Why a review is refused, or null: the nominator does not judge their own
 * nomination, and "beprövat" needs measured results among the criteria.
 */
export function reviewRefusal(
	nomination: { nominatedBy: number | null; criteria: readonly string[] },
	decision: ReviewDecision,
	reviewerId: number | null
): { field: string; message: string } | null {
	if (reviewerId !== null && nomination.nominatedBy === reviewerId)
		return {
			field: 'decision',
			message: 'Den som nominerade exemplet kan inte själv bedöma det. Be en annan granskare.'
		};
	if (decision === 'proven' && !nomination.criteria.includes('results'))
		return {
			field: 'decision',
			message:
				'Beprövat kräver mätta resultat, och nomineringen anger inte att resultat är visade. Välj lovande, eller be nominatorn komplettera.'
		};
	return null;
}
