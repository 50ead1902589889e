import type { Point } from '../domain/aggregate.ts';
import { countyFigure, FOCUS_SHIFTS, type CountyFigure } from '../domain/dashboard.ts';
import { filterState, inYears, type FilterState, type FollowUpFilter } from '../domain/filter.ts';
import type { Indicator } from '../domain/types.ts';
import type { FocusShift } from '../../../core/vocabulary.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../platform/db/client.ts';
import { ok, type Outcome } from '../../../core/outcome.ts';
import { visibleTo } from '../../../core/permissions.ts';
import { countyWithAreas } from './county-areas.ts';
import { followUpSet, toIndicator } from './indicators.ts';
import { countyAggregateOf } from './measurements.ts';
import * as q from './queries.ts';

/**
 * "Följ omställningen": SKR's indicators by focus shift, with the county's
 * latest value and its change, and the county's own indicators, for the
 * municipalities, gender and years chosen (domain/filter.ts).
 */

export interface OverviewItem {
	title: string;
	note: string;
	itemSource: string;
	indicator: Pick<Indicator, 'id' | 'koladaId' | 'title' | 'unit' | 'direction' | 'credit'> | null;
	figure: CountyFigure | null;
	/** what the latest value rests on, in words, for a computed value ("42 svar i 5 omgångar") */
	restsOn: string | null;
}

export interface FollowUpOverview {
	county: { slug: string; code: string; name: string };
	/** per focus shift: SKR's indicators, and the county's own indicators that follow the shift */
	groups: { key: FocusShift; title: string; items: OverviewItem[]; own: OverviewItem[] }[];
	/** the county's own indicators that follow no focus shift */
	ownUnlinked: OverviewItem[];
	filter: FilterState;
}

const YEARS = { from: 1900, to: 2100 };

/** The figure from rows of one area (the region, or the one municipality chosen). */
function areaFigure(
	rows: q.MeasurementRead[],
	indicator: Indicator,
	basis: CountyFigure['basis']
): (CountyFigure & { restsOn: string | null }) | null {
	if (!rows.some((r) => r.value !== null)) return null;
	const points: Point[] = rows.map((r) => ({ period: r.period, value: r.value }));
	const credit = `Källa: ${[...new Set(rows.map((r) => r.source))].join(', ')}`;
	const figure = countyFigure(points, indicator.direction, basis, credit);
	const latestRow = figure && rows.find((r) => r.period === figure.latest.period);
	return figure && { ...figure, restsOn: latestRow?.basis ?? null };
}

/**
 * The figure for the filter: with every municipality, the region's own value
 * where Kolada has it, else the aggregate made in Nära; with one
 * municipality chosen, its value; with several, their aggregate.
 */
async function figureOf(
	db: Db,
	indicator: Indicator,
	county: q.CountyAreas,
	filter: FollowUpFilter,
	/** the rows of the one area read for every indicator at once (oneArea) */
	areaRows: Map<number, q.MeasurementRead[]>
): Promise<(CountyFigure & { restsOn: string | null }) | null> {
	const from = filter.from ?? YEARS.from;
	const to = filter.to ?? YEARS.to;
	const chosen = filter.municipalities;
	const rows = areaRows.get(indicator.id) ?? [];
	if (chosen === null) {
		const region = areaFigure(rows, indicator, 'region');
		if (region) return region;
	} else if (chosen.length === 1) {
		return areaFigure(rows, indicator, 'municipality');
	}
	if (indicator.aggregation === 'none') return null;
	const areas =
		chosen === null
			? county
			: { ...county, municipalities: county.municipalities.filter((m) => chosen.includes(m.id)) };
	const agg = await countyAggregateOf(db, indicator, areas, {
		from,
		to,
		genders: [filter.gender]
	});
	if (agg.kind !== 'ok') return null;
	const points = agg.value.series
		.filter((p) => p.gender === filter.gender && inYears(filter, p.period))
		.map((p) => ({ period: p.period, value: p.value }));
	const basis = chosen === null ? 'aggregate' : 'selection';
	const figure = countyFigure(points, indicator.direction, basis, agg.value.credit);
	return figure && { ...figure, restsOn: null };
}

/** An indicator as a row of the overview, with the figure for the filter. */
async function overviewItem(
	db: Db,
	indicator: Indicator,
	areas: q.CountyAreas,
	filter: FollowUpFilter,
	item: { title: string; note: string; source: string },
	areaRows: Map<number, q.MeasurementRead[]>
): Promise<OverviewItem> {
	const found = await figureOf(db, indicator, areas, filter, areaRows);
	const { restsOn = null, ...figure } = found ?? {};
	return {
		title: item.title,
		note: item.note,
		itemSource: item.source,
		indicator: {
			id: indicator.id,
			koladaId: indicator.koladaId,
			title: indicator.title,
			unit: indicator.unit,
			direction: indicator.direction,
			credit: indicator.credit
		},
		figure: found ? (figure as CountyFigure) : null,
		restsOn
	};
}

/**
 * SKR's follow-up set for a county: each focus shift with its indicators and
 * the figures for the filters in `query` (all municipalities, the total and
 * every year when it has none).
 */
export async function followUpOverview(
	db: Db,
	actor: Actor,
	countyRef: string,
	query: URLSearchParams = new URLSearchParams()
): Promise<Outcome<FollowUpOverview>> {
	const found = await countyWithAreas(db, countyRef);
	if (found.kind !== 'ok') return found;
	const { county, areas } = found.value;
	const filter = filterState(query, areas.municipalities);
	const set = await followUpSet(db);
	if (set.kind !== 'ok') return set;
	const own = (await q.ownIndicatorsOf(db, county.code, visibleTo(actor, county.code))).map(
		(o) => ({ indicator: toIndicator(o.row), shifts: o.shifts })
	);
	// the one area whose own values a figure is (the region, or the one municipality chosen), read
	// for every indicator of the page in one statement
	const chosen = filter.filter.municipalities;
	const oneArea = chosen === null ? areas.regionId : chosen.length === 1 ? chosen[0]! : null;
	const areaRows = oneArea
		? await q.measurementsOfMany(
				db,
				[
					...set.value.groups.flatMap((g) =>
						g.items.flatMap((i) => (i.indicator ? [i.indicator.id] : []))
					),
					...own.map((o) => o.indicator.id)
				],
				[oneArea],
				filter.filter.from ?? YEARS.from,
				filter.filter.to ?? YEARS.to,
				[filter.filter.gender]
			)
		: new Map<number, q.MeasurementRead[]>();
	const item = (i: Indicator, it: { title: string; note: string; source: string }) =>
		overviewItem(db, i, areas, filter.filter, it, areaRows);
	const ownItem = (i: Indicator) => item(i, { title: i.title, note: '', source: i.credit });
	const groups = await Promise.all(
		FOCUS_SHIFTS.map(async (shift) => {
			const items = set.value.groups.find((g) => g.focusShiftKey === shift.key)?.items ?? [];
			return {
				key: shift.key,
				title: shift.title,
				items: await Promise.all(
					items.map(async (it) =>
						it.indicator
							? item(it.indicator, it)
							: {
									title: it.title,
									note: it.note,
									itemSource: it.source,
									indicator: null,
									figure: null,
									restsOn: null
								}
					)
				),
				own: await Promise.all(
					own.filter((o) => o.shifts.includes(shift.key)).map((o) => ownItem(o.indicator))
				)
			};
		})
	);
	const ownUnlinked = await Promise.all(
		own.filter((o) => o.shifts.length === 0).map((o) => ownItem(o.indicator))
	);
	return ok({
		county: { slug: county.slug, code: county.code, name: county.name },
		groups,
		ownUnlinked,
		filter
	});
}
