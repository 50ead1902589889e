import {
	COVERAGE_STATES,
	type CoverageState,
	DEVELOPMENT_AREAS,
	type DevelopmentArea,
	FOCUS_SHIFTS,
	type FocusShift,
	PHASES,
	type Phase
} from '../../../core/vocabulary.ts';

/**
 * Counting a county's inventory and processes for the comparison. Pure: no
 * I/O. Every key of the vocabulary is present (0 when none), so counties line
 * up row by row.
 */

const zeros = <K extends string>(keys: readonly K[]) =>
	Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export interface InventoryTally {
	total: number;
	byArea: Record<DevelopmentArea, number>;
	byShift: Record<FocusShift, number>;
	byPhase: Record<Phase, number>;
	/** initiatives tagged with no development area (the sources do not always say) */
	noArea: number;
}

export function tallyInventory(
	rows: { phase: Phase; developmentAreas: DevelopmentArea[]; focusShifts: FocusShift[] }[]
): InventoryTally {
	const t: InventoryTally = {
		total: rows.length,
		byArea: zeros(DEVELOPMENT_AREAS),
		byShift: zeros(FOCUS_SHIFTS),
		byPhase: zeros(PHASES),
		noArea: 0
	};
	for (const r of rows) {
		t.byPhase[r.phase] += 1;
		for (const a of new Set(r.developmentAreas)) t.byArea[a] += 1;
		for (const s of new Set(r.focusShifts)) t.byShift[s] += 1;
		if (r.developmentAreas.length === 0) t.noArea += 1;
	}
	return t;
}

export interface CoverageTally {
	processes: number;
	/** per development area: how many processes are at each state */
	byArea: Record<DevelopmentArea, Record<CoverageState, number>>;
}

/**
 * The processes' coverage of the development areas: a process without a row
 * for an area has not been assessed (as the process page shows it): that is
 * unknown, not "not considered".
 */
export function tallyCoverage(
	processIds: number[],
	rows: { processId: number; developmentArea: DevelopmentArea; state: CoverageState }[]
): CoverageTally {
	const byArea = Object.fromEntries(
		DEVELOPMENT_AREAS.map((a) => [a, zeros(COVERAGE_STATES)])
	) as CoverageTally['byArea'];
	const ids = new Set(processIds);
	const seen = new Set<string>();
	for (const r of rows) {
		if (!ids.has(r.processId)) continue;
		const key = `${r.processId}:${r.developmentArea}`;
		if (seen.has(key)) continue;
		seen.add(key);
		byArea[r.developmentArea][r.state] += 1;
	}
	for (const a of DEVELOPMENT_AREAS) {
		const counted = COVERAGE_STATES.reduce((s, st) => s + byArea[a][st], 0);
		byArea[a].not_assessed += ids.size - counted;
	}
	return { processes: ids.size, byArea };
}
