/**
 * A milestone's status and time, as the pages and the API say them
 * (client-safe, no I/O). A seeded milestone whose status no source states is
 * `unknown`, shown as "okänd".
 */

export const MILESTONE_STATUSES = [
	'planned',
	'under_way',
	'reached',
	'postponed',
	'unknown'
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const STATUS_LABELS: Record<MilestoneStatus, string> = {
	planned: 'planerad',
	under_way: 'pågår',
	reached: 'nådd',
	postponed: 'uppskjuten',
	unknown: 'okänd'
};

/** How the time of a milestone is written: its own wording, else its year, else that none is given. */
export function periodText(m: { year: number | null; periodLabel: string }): string {
	if (m.periodLabel.trim()) return m.periodLabel.trim();
	return m.year === null ? 'Tid ej angiven' : String(m.year);
}

/** Milestones in order of time: by year (those without a year last), then by their position. */
export function inTimeOrder<T extends { year: number | null; position: number; id: number }>(
	list: readonly T[]
): T[] {
	return [...list].sort(
		(a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.position - b.position || a.id - b.id
	);
}
