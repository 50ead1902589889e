import {
	DEVELOPMENT_AREA_LABELS,
	DEVELOPMENT_AREAS,
	FOCUS_SHIFT_LABELS,
	FOCUS_SHIFTS
} from '../../../core/vocabulary.ts';
import type { IndicatorRow, Narrative, YearlyReport } from '../schema.ts';
import { SECTION_KEYS, type Section } from './sections.ts';

/**
 * The yearly follow-up of the roadmap put together from what the other
 * modules read: which initiatives started, ran and ended in the year, the
 * year's decisions and milestones, the indicators as they stood at the end
 * of it, the barriers open and resolved, and what lies ahead. Pure: the
 * server reads, this decides what belongs to the year. Nothing unknown is
 * counted as known: an initiative without a start date is "time unknown".
 */

export interface InitiativeTime {
	id: number;
	title: string;
	startsOn: string | null;
	endsOn: string | null;
	/** its phase is "ended" (it may have no end date) */
	ended: boolean;
	developmentAreas: readonly string[];
	focusShifts: readonly string[];
}

type Report = YearlyReport;
type Work = Report['work'];
type Milestone = Work['milestones'][number] & { year: number | null; statusKey: string };

export interface ReportInput {
	county: Report['county'];
	year: number;
	/** YYYY-MM-DD */
	today: string;
	initiatives: readonly InitiativeTime[];
	initiativeSource: string;
	processes: Work['processes'];
	decisions: Work['decisions'];
	milestones: readonly Milestone[];
	/** each indicator's figure as it stood at the end of the year (no value after it) */
	indicators: IndicatorRow[];
	targets: Report['progress']['targets'];
	/** the self-assessment's county medians per half-year ("2023 H1"), every half-year there is */
	selfAssessment: Report['progress']['selfAssessment'];
	barriers: readonly {
		id: number;
		title: string;
		kind: string;
		status: string;
		raisedOn: string | null;
		/** the day it was marked resolved; null while it is not */
		resolvedOn: string | null;
		decision: string | null;
	}[];
	barrierSource: string;
	/** null when the reader may not see the actions */
	actions:
		| readonly (Omit<NonNullable<Report['forward']['actions']>[number], 'overdue'> & {
				open: boolean;
		  })[]
		| null;
	actionSource: string;
	narratives: Partial<Record<Section, Narrative>>;
}

export type TimeInYear =
	{ inYear: false; unknown: boolean } | { inYear: true; started: boolean; ended: boolean };

/**
 * Whether an initiative ran during the year, and whether it started or
 * ended in it. Without a start date, or ended without an end date, its
 * time is unknown.
 */
export function timeInYear(i: InitiativeTime, year: number): TimeInYear {
	const first = `${year}-01-01`;
	const last = `${year}-12-31`;
	if (i.startsOn === null) return { inYear: false, unknown: true };
	if (i.startsOn > last) return { inYear: false, unknown: false };
	if (i.endsOn !== null && i.endsOn < first) return { inYear: false, unknown: false };
	if (i.endsOn === null && i.ended) return { inYear: false, unknown: true };
	return {
		inYear: true,
		started: i.startsOn >= first,
		ended: i.endsOn !== null && i.endsOn <= last
	};
}

function counts<K extends string>(
	keys: readonly K[],
	labels: Record<K, string>,
	noneLabel: string,
	rows: readonly { keys: readonly string[]; time: Extract<TimeInYear, { inYear: true }> }[]
) {
	const of = (key: string | null) => {
		const mine = rows.filter((r) => (key === null ? r.keys.length === 0 : r.keys.includes(key)));
		return {
			key,
			label: key === null ? noneLabel : labels[key as K],
			started: mine.filter((r) => r.time.started).length,
			running: mine.length,
			ended: mine.filter((r) => r.time.ended).length
		};
	};
	return [...keys.map(of), of(null)];
}

function initiativesOf(input: ReportInput): Work['initiatives'] {
	const timed = input.initiatives.map((i) => ({ i, time: timeInYear(i, input.year) }));
	const inYear = timed.flatMap(({ i, time }) => (time.inYear ? [{ i, time }] : []));
	const byArea = inYear.map(({ i, time }) => ({ keys: i.developmentAreas, time }));
	const byShift = inYear.map(({ i, time }) => ({ keys: i.focusShifts, time }));
	return {
		started: inYear.filter((r) => r.time.started).length,
		running: inYear.length,
		ended: inYear.filter((r) => r.time.ended).length,
		unknownTime: timed.filter((r) => !r.time.inYear && r.time.unknown).length,
		byDevelopmentArea: counts(
			DEVELOPMENT_AREAS,
			DEVELOPMENT_AREA_LABELS,
			'Inget utvecklingsområde angivet',
			byArea
		),
		byFocusShift: counts(FOCUS_SHIFTS, FOCUS_SHIFT_LABELS, 'Ingen förflyttning angiven', byShift),
		startedList: inYear
			.filter((r) => r.time.started)
			.map(({ i }) => ({ id: i.id, title: i.title, startsOn: i.startsOn! }))
			.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id - b.id),
		endedList: inYear
			.filter((r) => r.time.ended)
			.map(({ i }) => ({ id: i.id, title: i.title, endsOn: i.endsOn! }))
			.sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.id - b.id),
		source: input.initiativeSource,
		period: `${input.year} (insatsernas start- och slutdatum)`
	};
}

const inYear = (day: string | null, year: number) => day !== null && day.startsWith(`${year}-`);
const OPEN_MILESTONE = new Set(['planned', 'under_way', 'postponed', 'unknown']);
const strip = ({ year: _y, statusKey: _s, ...m }: Milestone) => m;

/** The next milestones: later years, and those without a year that are not reached. */
export function nextMilestones(milestones: readonly Milestone[], year: number) {
	return milestones
		.filter((m) => (m.year === null ? OPEN_MILESTONE.has(m.statusKey) : m.year > year))
		.map(strip);
}

const noNarrative: Narrative = { text: '', version: 0, savedAt: null, savedBy: null };

export function assembleReport(input: ReportInput): YearlyReport {
	const { year } = input;
	const end = `${year}-12-31`;
	const barriers = input.barriers.filter((b) => b.raisedOn === null || b.raisedOn <= end);
	return {
		county: input.county,
		year,
		generatedOn: input.today,
		work: {
			initiatives: initiativesOf(input),
			processes: input.processes,
			decisions: input.decisions
				.filter((d) => inYear(d.decidedOn, year))
				.sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id - b.id),
			milestones: input.milestones.filter((m) => m.year === year).map(strip)
		},
		progress: {
			indicators: input.indicators,
			targets: input.targets,
			selfAssessment: selfAssessmentUpTo(input.selfAssessment, year)
		},
		challenges: {
			openBarriers: barriers
				.filter((b) => b.resolvedOn === null || b.resolvedOn > end)
				.map((b) => ({
					id: b.id,
					title: b.title,
					kind: b.kind,
					status: b.status,
					raisedOn: b.raisedOn
				})),
			resolvedBarriers: barriers
				.filter((b) => inYear(b.resolvedOn, year))
				.map((b) => ({
					id: b.id,
					title: b.title,
					kind: b.kind,
					resolvedOn: b.resolvedOn!,
					decision: b.decision
				})),
			barrierSource: input.barrierSource,
			wrongWay: input.indicators.filter((i) => i.verdict === 'worse')
		},
		forward: {
			actions:
				input.actions === null
					? null
					: input.actions
							.filter((a) => a.open)
							.map(({ open: _open, ...a }) => ({ ...a, overdue: a.dueOn < input.today }))
							.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id),
			actionSource: input.actionSource,
			milestones: nextMilestones(input.milestones, year)
		},
		narratives: Object.fromEntries(
			SECTION_KEYS.map((k) => [k, input.narratives[k] ?? noNarrative])
		) as YearlyReport['narratives']
	};
}

/** The self-assessment's half-years (each names its year) up to the end of the year; null when none is left. */
export function selfAssessmentUpTo(
	s: ReportInput['selfAssessment'],
	year: number
): ReportInput['selfAssessment'] {
	if (!s) return null;
	const yearOf = (p: string) => Number(/\d{4}/.exec(p)?.[0] ?? Infinity);
	const keep = s.periods.flatMap((p, i) => (yearOf(p) <= year ? [i] : []));
	if (!keep.length) return null;
	return {
		periods: keep.map((i) => s.periods[i]!),
		dimensions: s.dimensions.map((d) => ({
			title: d.title,
			medians: keep.map((i) => d.medians[i] ?? null)
		})),
		source: s.source
	};
}
