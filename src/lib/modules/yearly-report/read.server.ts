import type { Actor } from '../../core/actor.ts';
import { formatDate } from '../../core/dates.ts';
import { fieldErrors, invalid, ok, type Outcome } from '../../core/outcome.ts';
import {
	DEVELOPMENT_AREA_LABELS,
	PROCESS_STATUS_LABELS,
	WORK_LEVEL_LABELS,
	type CoverageState,
	type DevelopmentArea
} from '../../core/vocabulary.ts';
import { config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/client.ts';
import { actionStatusLabel, swedishDay } from '../actions/index.ts';
import { board } from '../actions/index.server.ts';
import { barrierKindLabel, barrierStatusLabel } from '../barriers/index.ts';
import { barrierList } from '../barriers/index.server.ts';
import type { County } from '../counties/index.ts';
import { sourceDocuments, withCounty } from '../counties/index.server.ts';
import { decisions } from '../decisions/index.server.ts';
import { followUpOverview, listTargets } from '../followup/index.server.ts';
import { initiativeTimes } from '../initiatives/index.server.ts';
import { milestoneStatusLabel } from '../milestones/index.ts';
import { listMilestones } from '../milestones/index.server.ts';
import { COVERAGE_RULE } from '../processes/index.ts';
import { listProcesses } from '../processes/index.server.ts';
import { countyOverview } from '../self-assessment/index.server.ts';
import { assembleReport, type ReportInput } from './domain/assemble.ts';
import { progressOf } from './progress.server.ts';
import * as q from './queries.server.ts';
import { YearlyReportQuery, type YearlyReport } from './schema.ts';

/**
 * The yearly follow-up of the roadmap for a county and a year, read through
 * the other modules' services (each with its own visibility: a visitor sees
 * the public content, the county's people the internal too; the actions only
 * they) and put together by domain/assemble.ts. Nothing is written.
 */

const orNull = <T>(o: Outcome<T>): T | null => (o.kind === 'ok' ? o.value : null);
const day = (d: Date) => swedishDay(d);
/** The names of a process's areas in one coverage state, in the roadmap's order. */
const areasIn = (cells: readonly { area: string; state: CoverageState }[], state: CoverageState) =>
	cells
		.filter((cell) => cell.state === state)
		.map((cell) => DEVELOPMENT_AREA_LABELS[cell.area as DevelopmentArea]);

/** A source document's title and year, for a row that names its file. */
async function sourceNamer(db: Db) {
	const docs = new Map(
		(await sourceDocuments(db)).map((d) => [
			d.fileName,
			`${d.publisher}: ${d.title}${d.year ? ` (${d.year})` : ''}`
		])
	);
	return (file: string | null) =>
		file === null ? 'Inlagd i Nära' : (docs.get(file) ?? `Källdokument ${file}`);
}

/** The default year: the last whole year. */
export const defaultReportYear = (today: Date) => Number(day(today).slice(0, 4)) - 1;

export function yearlyReport(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	query: Record<string, unknown>,
	now = new Date()
): Promise<Outcome<YearlyReport>> {
	return withCounty(db, codeOrSlug, async (c) => {
		const parsed = YearlyReportQuery.safeParse(query);
		if (!parsed.success)
			return invalid('Uppföljningen kunde inte tas fram.', fieldErrors(parsed.error.issues));
		const year = parsed.data.year ?? defaultReportYear(now);
		return ok(assembleReport(await reportInput(db, actor, c, year, now)));
	});
}

/** Everything the report is made of, read in parallel. */
export async function reportInput(
	db: Db,
	actor: Actor,
	c: County,
	year: number,
	now: Date
): Promise<ReportInput> {
	const today = day(now);
	const [
		initiatives,
		processes,
		decided,
		milestones,
		overview,
		targets,
		selfAssessment,
		barriers,
		actions,
		narratives,
		named
	] = await Promise.all([
		initiativeTimes(db, actor, c.code),
		listProcesses(db, actor, c.code),
		decisions(db, actor, c.code),
		listMilestones(db, actor, c.code),
		followUpOverview(db, actor, c.code),
		listTargets(db, actor, c.code),
		countyOverview(db, c.code, today, config().minAnswers),
		barrierList(db, actor, c.code),
		board(db, actor, c.code, {}, now),
		q.narrativesOf(db, c.code, year),
		sourceNamer(db)
	]);
	const lastChanged = initiatives.reduce<Date | null>(
		(a, i) => (a && a > i.updatedAt ? a : i.updatedAt),
		null
	);
	const progress = await progressOf(db, actor, c.code, year, {
		overview: orNull(overview),
		targets: orNull(targets) ?? [],
		selfAssessment: orNull(selfAssessment)
	});
	const board_ = orNull(actions);
	return {
		county: { code: c.code, name: c.name, slug: c.slug },
		year,
		today,
		initiatives: initiatives.map((i) => ({
			id: i.id,
			title: i.title,
			startsOn: i.startsOn,
			endsOn: i.endsOn,
			ended: i.phase === 'ended',
			developmentAreas: i.developmentAreas,
			focusShifts: i.focusShifts
		})),
		initiativeSource: `${c.name}s inventering i Nära (${initiatives.length} insatser${lastChanged ? `, senast ändrad ${formatDate(day(lastChanged))}` : ''})`,
		processes: {
			list: (orNull(processes)?.matrix.rows ?? []).map((r) => ({
				id: r.process.id,
				title: r.process.title,
				level: WORK_LEVEL_LABELS[r.process.level],
				status: PROCESS_STATUS_LABELS[r.process.status],
				workedThrough: r.workedThrough,
				notConsidered: areasIn(r.cells, 'not_considered'),
				notAssessed: areasIn(r.cells, 'not_assessed')
			})),
			// the rule is Värmland's roadmap's; no other county's sources state it
			rule:
				c.code === COVERAGE_RULE.countyCode
					? `${COVERAGE_RULE.roadmap} säger att varje process ska visa alla fyra utvecklingsområden.`
					: null,
			source: `${c.name}s processer i Nära`,
			period: `läget ${formatDate(today)}`
		},
		decisions: (orNull(decided)?.decisions ?? []).map((d) => ({
			id: d.id,
			title: d.title,
			decidedOn: d.decidedOn,
			datePrecision: d.datePrecision,
			madeBy: d.group?.name ?? d.organisation.name,
			source: named(d.source)
		})),
		milestones: (orNull(milestones)?.milestones ?? []).map((m) => ({
			id: m.id,
			title: m.title,
			year: m.year,
			period: m.period,
			statusKey: m.status,
			status: milestoneStatusLabel[m.status],
			owner: m.ownerGroup ?? 'Okänd',
			source: named(m.source)
		})),
		...progress,
		barriers: (orNull(barriers)?.barriers ?? []).map((b) => ({
			id: b.id,
			title: b.title,
			kind: barrierKindLabel[b.kind],
			status: barrierStatusLabel[b.status],
			raisedOn: b.raisedOn,
			resolvedOn:
				b.status === 'resolved'
					? (b.steps.findLast((s) => s.status === 'resolved')?.on ?? null)
					: null,
			decision: b.decision?.name ?? null
		})),
		barrierSource: `${c.name}s hinder och målkonflikter i Nära`,
		actions:
			board_ === null
				? null
				: board_.actions.map((a) => ({
						id: a.id,
						title: a.title,
						owner: a.owner.organisation.name,
						dueOn: a.dueOn,
						status: actionStatusLabel[a.status],
						open: a.status === 'open' || a.status === 'in_progress'
					})),
		actionSource: `${c.name}s åtgärder i Nära`,
		narratives: Object.fromEntries(
			narratives
				.filter((n) => n.revision > 0)
				.map((n) => [
					n.section,
					{
						text: n.text,
						version: n.revision,
						savedAt: n.savedAt ? day(n.savedAt) : null,
						savedBy: n.savedBy
					}
				])
		)
	};
}
