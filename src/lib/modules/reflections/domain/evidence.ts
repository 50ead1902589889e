/** What a reflection may link to as its evidence, and how an indicator's figures are kept (client-safe). */

export const EVIDENCE_KINDS = ['indicator', 'initiative', 'story', 'barrier'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * An indicator's figures for the county's areas (the region and its
 * municipalities, totals for all genders) as they stood on `takenOn`.
 * A missing value is null, never zero.
 */
export interface IndicatorSnapshot {
	takenOn: string;
	indicator: { id: number; koladaId: string | null; title: string; unit: string; credit: string };
	periods: number[];
	areas: { areaId: string; name: string; values: (number | null)[] }[];
}
