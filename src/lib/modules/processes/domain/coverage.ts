import {
	DEVELOPMENT_AREAS,
	WORK_LEVELS,
	type CoverageState,
	type DevelopmentArea,
	type WorkLevel
} from '../../../core/vocabulary.ts';

/**
 * The coverage of the four development areas by a county's processes. The
 * roadmap asks every process to show that it has considered and worked
 * through all four areas (001, "Arbete med processer"); this is the matrix
 * processes × areas, how far each area has come in each process, and the
 * gaps: areas that someone has assessed and found not considered yet. An area
 * no one has assessed (no row, or the state `not_assessed`) is not a gap: it
 * is unknown, and counted apart. Pure: no I/O.
 */

/**
 * Whose rule it is that every process shows the four areas considered and
 * worked through: Region Värmland's roadmap (source 001, "Arbete med
 * processer"). No other county's sources state it, so only Värmland's pages
 * give it as the county's rule.
 */
export const COVERAGE_RULE = {
	countyCode: '17',
	roadmap: 'Värmlands färdplan',
	source: '001_ae9703054a45fcdc.txt'
} as const;

/** A stored coverage row (`area` is a development area's key). */
export interface CoverageInput {
	area: string;
	state: CoverageState;
	how: string;
	evidence: string;
}

export interface CoverageCell {
	area: DevelopmentArea;
	state: CoverageState;
	how: string;
	evidence: string;
}

/** What the matrix needs to know of a process. */
export interface CoveredProcess {
	id: number;
	title: string;
	level: WorkLevel;
	position: number;
}

export interface MatrixRow<P extends CoveredProcess> {
	process: P;
	/** one cell per development area, in the roadmap's order */
	cells: CoverageCell[];
	/** how many of the four areas the process has worked through */
	workedThrough: number;
}

export interface AreaSummary {
	area: DevelopmentArea;
	workedThrough: number;
	considered: number;
	notConsidered: number;
	notAssessed: number;
	/** the number of processes */
	total: number;
}

export interface Gap {
	processId: number;
	processTitle: string;
	area: DevelopmentArea;
}

export interface CoverageMatrix<P extends CoveredProcess> {
	areas: readonly DevelopmentArea[];
	rows: MatrixRow<P>[];
	summary: AreaSummary[];
	/** assessed areas found not considered, in reading order */
	gaps: Gap[];
	/** how many cells (process × area) no one has assessed */
	notAssessed: number;
}

const isArea = (key: string): key is DevelopmentArea =>
	(DEVELOPMENT_AREAS as readonly string[]).includes(key);

/**
 * The four cells of one process, in the roadmap's order: the stored row for
 * an area, or "not assessed" with nothing written when there is none.
 * Rows for unknown areas are ignored; of two rows for the same area the first
 * counts.
 */
export function coverageCells(rows: readonly CoverageInput[]): CoverageCell[] {
	const byArea = new Map<DevelopmentArea, CoverageInput>();
	for (const row of rows) {
		if (isArea(row.area) && !byArea.has(row.area)) byArea.set(row.area, row);
	}
	return DEVELOPMENT_AREAS.map((area) => {
		const row = byArea.get(area);
		return row
			? { area, state: row.state, how: row.how, evidence: row.evidence }
			: { area, state: 'not_assessed', how: '', evidence: '' };
	});
}

const collator = new Intl.Collator('sv');

/** County-wide first, then sub-regional, then local; within a level by position, then title. */
export function compareProcesses(a: CoveredProcess, b: CoveredProcess): number {
	return (
		WORK_LEVELS.indexOf(a.level) - WORK_LEVELS.indexOf(b.level) ||
		a.position - b.position ||
		collator.compare(a.title, b.title) ||
		a.id - b.id
	);
}

/** The matrix of the processes, the per-area summary and the gaps, in reading order. */
export function coverageMatrix<P extends CoveredProcess & { coverage: readonly CoverageInput[] }>(
	processes: readonly P[]
): CoverageMatrix<P> {
	const ordered = [...processes].sort(compareProcesses);
	const rows: MatrixRow<P>[] = ordered.map((process) => {
		const cells = coverageCells(process.coverage);
		return {
			process,
			cells,
			workedThrough: cells.filter((c) => c.state === 'worked_through').length
		};
	});
	const summary = DEVELOPMENT_AREAS.map((area, i): AreaSummary => {
		const states = rows.map((r) => r.cells[i]!.state);
		return {
			area,
			workedThrough: states.filter((s) => s === 'worked_through').length,
			considered: states.filter((s) => s === 'considered').length,
			notConsidered: states.filter((s) => s === 'not_considered').length,
			notAssessed: states.filter((s) => s === 'not_assessed').length,
			total: rows.length
		};
	});
	const gaps = rows.flatMap((r) =>
		r.cells
			.filter((c) => c.state === 'not_considered')
			.map((c) => ({ processId: r.process.id, processTitle: r.process.title, area: c.area }))
	);
	const notAssessed = summary.reduce((n, s) => n + s.notAssessed, 0);
	return { areas: DEVELOPMENT_AREAS, rows, summary, gaps, notAssessed };
}

/** The gaps per process, in the order given: each process once, with its areas not yet considered. */
export function gapsByProcess(
	gaps: readonly Gap[]
): { processId: number; processTitle: string; areas: DevelopmentArea[] }[] {
	const grouped = new Map<
		number,
		{ processId: number; processTitle: string; areas: DevelopmentArea[] }
	>();
	for (const g of gaps) {
		const entry = grouped.get(g.processId) ?? {
			processId: g.processId,
			processTitle: g.processTitle,
			areas: []
		};
		entry.areas.push(g.area);
		grouped.set(g.processId, entry);
	}
	return [...grouped.values()];
}
