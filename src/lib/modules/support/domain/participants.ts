/**
 * Participants of course rounds. Pure: no I/O.
 */

export interface Participation {
	organisationId: number;
	participants: number;
}

/** Participants per organisation over rounds, largest first, and the total. */
export function participantTotals(rounds: { participation: Participation[] }[]): {
	byOrganisation: Participation[];
	total: number;
} {
	const sums = new Map<number, number>();
	for (const r of rounds)
		for (const p of r.participation)
			sums.set(p.organisationId, (sums.get(p.organisationId) ?? 0) + p.participants);
	const byOrganisation = [...sums]
		.map(([organisationId, participants]) => ({ organisationId, participants }))
		.filter((p) => p.participants > 0)
		.sort((a, b) => b.participants - a.participants || a.organisationId - b.organisationId);
	return { byOrganisation, total: byOrganisation.reduce((s, p) => s + p.participants, 0) };
}

/** The counts a round keeps: the organisations with at least one participant, one row each. */
export function keptParticipation(list: Participation[]): Participation[] {
	const sums = new Map<number, number>();
	for (const p of list)
		sums.set(p.organisationId, (sums.get(p.organisationId) ?? 0) + p.participants);
	return [...sums]
		.filter(([, n]) => n > 0)
		.map(([organisationId, participants]) => ({ organisationId, participants }));
}
