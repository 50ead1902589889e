import type { Actor } from '../../core/actor.ts';
import type { Db } from '../../platform/db/client.ts';
import { countyFigure, targetStatus, verdictLabel } from '../followup/index.ts';
import {
	indicatorsFigures,
	type FollowUpOverview,
	type IndicatorFigures
} from '../followup/index.server.ts';
import { halfYearLabel } from '../self-assessment/index.ts';
import type { countyOverview } from '../self-assessment/index.server.ts';
import type { ReportInput } from './domain/assemble.ts';
import type { IndicatorRow } from './schema.ts';

/**
 * The report's progress from the follow-up and the Dialogguide: each
 * indicator's figure as it stood at the end of the year (its values after
 * the year left out, so a report of 2023 reads the same in 2026), the
 * county's targets against the values, and the self-assessment's medians.
 */

type Overview = FollowUpOverview;
type Item = Overview['groups'][number]['items'][number];
type Targets = Parameters<typeof targetStatus>;
type SelfAssessment = Extract<Awaited<ReturnType<typeof countyOverview>>, { kind: 'ok' }>['value'];

/** An indicator's row of the report, its figure cut at the end of `year`. */
export function indicatorRow(
	item: Item,
	focusShift: string | null,
	year: number
): IndicatorRow | null {
	if (!item.indicator) return null;
	const f = item.figure;
	const asOf =
		f &&
		countyFigure(
			f.trend.filter((p) => p.period <= year),
			item.indicator.direction,
			f.basis,
			f.credit
		);
	const basis = f?.basis === 'aggregate' ? ' (beräknat i Nära ur kommunernas värden)' : '';
	return {
		id: item.indicator.id,
		title: item.title,
		unit: item.indicator.unit ?? '',
		focusShift,
		period: asOf?.latest.period ?? null,
		value: asOf?.latest.value ?? null,
		change: asOf?.change
			? {
					fromPeriod: asOf.change.fromPeriod,
					toPeriod: asOf.change.toPeriod,
					fromValue: asOf.change.fromValue,
					toValue: asOf.change.toValue,
					change: asOf.change.change
				}
			: null,
		verdict: asOf?.verdict ?? 'unknown',
		assessment: verdictLabel[asOf?.verdict ?? 'unknown'] ?? '',
		source: `${f?.credit ?? item.indicator.credit}${basis}`
	};
}

export async function progressOf(
	db: Db,
	actor: Actor,
	countyCode: string,
	year: number,
	read: {
		overview: Overview | null;
		targets: {
			indicatorId: number;
			areaId: string;
			period: number;
			gender: string;
			value: number;
		}[];
		selfAssessment: SelfAssessment | null;
	}
): Promise<Pick<ReportInput, 'indicators' | 'targets' | 'selfAssessment'>> {
	const groups = read.overview?.groups ?? [];
	const indicators = groups.flatMap((g) =>
		[...g.items, ...g.own].flatMap((item) => indicatorRow(item, g.title, year) ?? [])
	);
	const known = new Map(
		groups
			.flatMap((g) => [...g.items, ...g.own])
			.flatMap((i) => (i.indicator ? [[i.indicator.id, i.indicator]] : []))
	);
	const figures: Map<number, IndicatorFigures> = await indicatorsFigures(
		db,
		actor,
		countyCode,
		read.targets.map((t) => t.indicatorId),
		50
	);
	const targets = read.targets.flatMap((t) => {
		const f = figures.get(t.indicatorId);
		if (!f) return [];
		const area = f.areas.find((a) => a.areaId === t.areaId);
		const at = f.periods.indexOf(t.period);
		const actual = t.gender === 'T' && area && at >= 0 ? (area.values[at] ?? null) : null;
		const direction: Targets[2] = known.get(t.indicatorId)?.direction ?? 'neither';
		return [
			{
				indicator: f.indicator.title,
				area: area?.name ?? t.areaId,
				period: t.period,
				target: t.value,
				actual: t.period > year ? null : actual,
				status: t.period > year ? ('later' as const) : targetStatus(t.value, actual, direction),
				source: `mål: satta i Nära; utfall: ${f.indicator.credit}`
			}
		];
	});
	return { indicators, targets, selfAssessment: selfAssessmentOf(read.selfAssessment) };
}

function selfAssessmentOf(s: SelfAssessment | null): ReportInput['selfAssessment'] {
	if (!s || !s.periods.length) return null;
	const periods = [...new Set(s.periods.map((p) => p.period))].sort();
	const cell = (key: string, period: string) => {
		const c = s.periods.find((p) => p.key === key && p.period === period)?.county;
		return c?.shown ? c.median : null;
	};
	return {
		periods: periods.map(halfYearLabel),
		dimensions: s.template.dimensions.map((d) => ({
			title: d.title,
			medians: periods.map((p) => cell(d.key, p))
		})),
		source: `Dialogguiden i Nära (${s.template.title}): länets median, bara celler med minst ${s.k} svar`
	};
}
