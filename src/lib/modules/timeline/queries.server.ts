import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import * as t from './tables.ts';
import type { Visible } from '../counties/index.server.ts';
import type { TimelineEvent, TimelineQuery } from './schema.ts';

/** National events and the county's own, filtered; plus every year that has events. */
export async function timeline(
	db: Db,
	countyCode: string,
	filter: TimelineQuery,
	visible: Visible
): Promise<{ events: TimelineEvent[]; years: number[] }> {
	const scope = and(
		or(isNull(t.timelineEvents.countyCode), eq(t.timelineEvents.countyCode, countyCode)),
		inArray(t.timelineEvents.visibility, visible),
		isNull(t.timelineEvents.archivedAt)
	);
	const conditions = [scope];
	if (filter.level) conditions.push(eq(t.timelineEvents.level, filter.level));
	if (filter.year !== undefined) {
		conditions.push(eq(t.timelineEvents.year, filter.year), eq(t.timelineEvents.yearStated, true));
	}
	const events = await db
		.select({
			id: t.timelineEvents.id,
			level: t.timelineEvents.level,
			countyCode: t.timelineEvents.countyCode,
			year: t.timelineEvents.year,
			yearStated: t.timelineEvents.yearStated,
			month: t.timelineEvents.month,
			day: t.timelineEvents.day,
			periodLabel: t.timelineEvents.periodLabel,
			title: t.timelineEvents.title,
			body: t.timelineEvents.body,
			source: t.timelineEvents.source,
			visibility: t.timelineEvents.visibility,
			revision: t.timelineEvents.revision
		})
		.from(t.timelineEvents)
		.where(and(...conditions))
		.orderBy(
			asc(t.timelineEvents.year),
			desc(t.timelineEvents.yearStated),
			sql`${t.timelineEvents.month} asc nulls first`,
			sql`${t.timelineEvents.day} asc nulls first`,
			asc(t.timelineEvents.level),
			asc(t.timelineEvents.position)
		);
	const years = await db
		.selectDistinct({ year: t.timelineEvents.year })
		.from(t.timelineEvents)
		.where(and(scope, eq(t.timelineEvents.yearStated, true)))
		.orderBy(asc(t.timelineEvents.year));
	return { events, years: years.map((y) => y.year) };
}
