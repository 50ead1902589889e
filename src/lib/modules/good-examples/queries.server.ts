import { and, arrayContains, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { counties } from '../counties/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import type { GoodExampleQuery } from './schema.ts';
import { goodExampleReuses, goodExamples } from './tables.ts';

/** The SQL of good examples, and nowhere else. */

const columns = {
	example: goodExamples,
	initiative: {
		id: initiatives.id,
		title: initiatives.title,
		description: initiatives.description,
		results: initiatives.results,
		lessons: initiatives.lessons,
		phase: initiatives.phase,
		level: initiatives.level,
		goalAreas: initiatives.goalAreas,
		developmentAreas: initiatives.developmentAreas,
		focusShifts: initiatives.focusShifts,
		source: initiatives.source,
		visibility: initiatives.visibility,
		archivedAt: initiatives.archivedAt
	},
	county: { code: counties.code, name: counties.name, slug: counties.slug }
};

const base = (db: Db | Tx) =>
	db
		.select(columns)
		.from(goodExamples)
		.innerJoin(initiatives, eq(initiatives.id, goodExamples.initiativeId))
		.innerJoin(counties, eq(counties.code, goodExamples.countyCode));

export type ExampleJoined = Awaited<ReturnType<typeof exampleById>>[number];

/** Confirmed, public examples of every county, by the filters (the national page). */
export async function confirmedExamples(db: Db | Tx, f: GoodExampleQuery) {
	const where: (SQL | undefined)[] = [
		inArray(goodExamples.status, f.status ? [f.status] : ['promising', 'proven']),
		isNull(goodExamples.archivedAt),
		eq(goodExamples.visibility, 'public'),
		eq(initiatives.visibility, 'public'),
		isNull(initiatives.archivedAt),
		f.lan ? eq(goodExamples.countyCode, f.lan) : undefined,
		f.utvecklingsomrade
			? arrayContains(initiatives.developmentAreas, [f.utvecklingsomrade])
			: undefined,
		f.fokus ? arrayContains(initiatives.focusShifts, [f.fokus]) : undefined,
		f.malomrade ? arrayContains(initiatives.goalAreas, [f.malomrade]) : undefined,
		f.q
			? or(
					sql`${initiatives.search} @@ websearch_to_tsquery('swedish', ${f.q})`,
					sql`${initiatives.title} ilike ${`%${f.q.replace(/[\\%_]/g, '\\$&')}%`}`,
					sql`${goodExamples.justification} ilike ${`%${f.q.replace(/[\\%_]/g, '\\$&')}%`}`
				)
			: undefined
	];
	return base(db)
		.where(and(...where))
		.orderBy(desc(goodExamples.reviewedAt), desc(goodExamples.id));
}

/** Every nomination of a county (any status), newest first. */
export async function countyExamples(db: Db | Tx, countyCode: string) {
	return base(db)
		.where(and(eq(goodExamples.countyCode, countyCode), isNull(goodExamples.archivedAt)))
		.orderBy(desc(goodExamples.id));
}

export async function exampleById(db: Db | Tx, id: number) {
	return base(db).where(eq(goodExamples.id, id));
}

/** The nomination of one initiative, if it has one. */
export async function exampleByInitiative(db: Db | Tx, initiativeId: number) {
	return base(db).where(eq(goodExamples.initiativeId, initiativeId));
}

/** Where examples have been reused: the public copies still in their county's inventory. */
export async function reusesOf(db: Db | Tx, exampleIds: number[]) {
	if (exampleIds.length === 0) return [];
	return db
		.select({
			goodExampleId: goodExampleReuses.goodExampleId,
			initiativeId: initiatives.id,
			title: initiatives.title,
			countyCode: counties.code,
			countyName: counties.name,
			countySlug: counties.slug,
			at: goodExampleReuses.createdAt
		})
		.from(goodExampleReuses)
		.innerJoin(initiatives, eq(initiatives.id, goodExampleReuses.initiativeId))
		.innerJoin(counties, eq(counties.code, goodExampleReuses.countyCode))
		.where(
			and(
				inArray(goodExampleReuses.goodExampleId, exampleIds),
				eq(initiatives.visibility, 'public'),
				isNull(initiatives.archivedAt)
			)
		)
		.orderBy(goodExampleReuses.createdAt);
}

/** The initiatives of a county that can still be nominated (not archived, not nominated). */
export async function nominable(db: Db | Tx, countyCode: string) {
	return db
		.select({ id: initiatives.id, name: initiatives.title })
		.from(initiatives)
		.leftJoin(goodExamples, eq(goodExamples.initiativeId, initiatives.id))
		.where(
			and(
				eq(initiatives.countyCode, countyCode),
				isNull(initiatives.archivedAt),
				isNull(goodExamples.id)
			)
		)
		.orderBy(sql`${initiatives.title} collate "sv-x-icu"`);
}

export async function initiativeInCounty(tx: Tx, countyCode: string, id: number) {
	const [row] = await tx
		.select({ id: initiatives.id, archivedAt: initiatives.archivedAt })
		.from(initiatives)
		.where(and(eq(initiatives.id, id), eq(initiatives.countyCode, countyCode)));
	return row;
}

export async function nominationOf(tx: Tx, initiativeId: number) {
	const [row] = await tx
		.select({ id: goodExamples.id })
		.from(goodExamples)
		.where(eq(goodExamples.initiativeId, initiativeId));
	return row;
}

export async function countyName(tx: Tx, code: string) {
	const [row] = await tx
		.select({ name: counties.name, slug: counties.slug })
		.from(counties)
		.where(eq(counties.code, code));
	return row;
}
