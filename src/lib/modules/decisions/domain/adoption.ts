/**
 * Which organisations of a county have adopted its vision, and when. Pure:
 * the organisations and decisions come in, the overview goes out.
 */

export interface AdoptionOrganisation {
	id: number;
	name: string;
	kind: string;
	scbCode: string | null;
}

export interface AdoptionDecision {
	organisationId: number;
	decidedOn: string;
	datePrecision: 'day' | 'month';
	/** null when entered in Nära */
	source: string | null;
}

export interface AdoptionRow {
	organisation: AdoptionOrganisation;
	/** the first adoption decision; null when none is recorded */
	decidedOn: string | null;
	datePrecision: 'day' | 'month' | null;
	/** "YYYY-MM" of the decision, for grouping on the map */
	month: string | null;
	source: string | null;
}

export interface AdoptionOverview {
	rows: AdoptionRow[];
	adopted: number;
	total: number;
	/** months with at least one decision, in order */
	months: string[];
	first: string | null;
	last: string | null;
}

/**
 * One row per organisation, ordered by decision date (organisations without a
 * decision last, by name). When an organisation has several adoption decisions
 * the earliest counts.
 */
export function adoptionOverview(
	organisations: AdoptionOrganisation[],
	decisions: AdoptionDecision[],
	collator = new Intl.Collator('sv')
): AdoptionOverview {
	const earliest = new Map<number, AdoptionDecision>();
	for (const d of decisions) {
		const seen = earliest.get(d.organisationId);
		if (!seen || d.decidedOn < seen.decidedOn) earliest.set(d.organisationId, d);
	}
	const rows: AdoptionRow[] = organisations.map((organisation) => {
		const d = earliest.get(organisation.id);
		return {
			organisation,
			decidedOn: d?.decidedOn ?? null,
			datePrecision: d?.datePrecision ?? null,
			month: d ? d.decidedOn.slice(0, 7) : null,
			source: d?.source ?? null
		};
	});
	rows.sort((a, b) => {
		if (a.decidedOn && b.decidedOn && a.decidedOn !== b.decidedOn)
			return a.decidedOn < b.decidedOn ? -1 : 1;
		if (a.decidedOn && !b.decidedOn) return -1;
		if (!a.decidedOn && b.decidedOn) return 1;
		return collator.compare(a.organisation.name, b.organisation.name);
	});
	const dated = rows.filter((r) => r.decidedOn !== null);
	return {
		rows,
		adopted: dated.length,
		total: rows.length,
		months: [...new Set(dated.map((r) => r.month!))].sort(),
		first: dated[0]?.decidedOn ?? null,
		last: dated.at(-1)?.decidedOn ?? null
	};
}
