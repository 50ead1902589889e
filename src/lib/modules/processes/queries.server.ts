import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { coverageCells } from './domain/coverage.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import * as countiesTables from '../counties/tables.ts';
import * as groupsTables from '../groups/tables.ts';
import * as initiativesTables from '../initiatives/tables.ts';
import * as roadmapTables from '../roadmap/tables.ts';
import * as processesTables from './tables.ts';
import type { Process } from './api-schema.ts';
import { liveInCounty, shownInCounty } from '../counties/index.server.ts';

const t = {
	...processesTables,
	...countiesTables,
	...groupsTables,
	...initiativesTables,
	...roadmapTables
};

/**
 * Reads of the county's processes. SQL for processes lives here and nowhere
 * else. `visible` is what the reader may see (public only, or public and
 * internal): it applies to the processes, their owner body and their linked
 * initiatives. Archived processes and initiatives are never listed.
 */
export type Visible = ('public' | 'internal')[];

const asCoverage = (r: typeof t.processCoverage.$inferSelect) => ({
	area: r.developmentArea,
	state: r.state,
	how: r.how,
	evidence: r.evidence
});

/** The county's processes the reader may see (one when `id` is given), with everything they link to. */
export async function processes(
	db: Db | Tx,
	countyCode: string,
	visible: Visible,
	id?: number
): Promise<Process[]> {
	const rows = await db
		.select({
			process: t.processes,
			ownerName: t.groups.name
		})
		.from(t.processes)
		.leftJoin(
			t.groups,
			and(eq(t.groups.id, t.processes.ownerGroupId), inArray(t.groups.visibility, visible))
		)
		.where(
			and(
				shownInCounty(t.processes, countyCode, visible),
				id === undefined ? undefined : eq(t.processes.id, id)
			)
		)
		.orderBy(asc(t.processes.position), asc(t.processes.id));
	if (!rows.length) return [];
	const ids = rows.map((r) => r.process.id);
	const [participants, initiatives, coverage] = await Promise.all([
		db
			.select({
				processId: t.processParticipants.processId,
				id: t.organisations.id,
				name: t.organisations.name
			})
			.from(t.processParticipants)
			.innerJoin(t.organisations, eq(t.organisations.id, t.processParticipants.organisationId))
			.where(inArray(t.processParticipants.processId, ids))
			.orderBy(asc(t.organisations.kind), sql`${t.organisations.name} collate "sv-x-icu"`),
		db
			.select({
				processId: t.processInitiatives.processId,
				id: t.initiatives.id,
				title: t.initiatives.title
			})
			.from(t.processInitiatives)
			.innerJoin(t.initiatives, eq(t.initiatives.id, t.processInitiatives.initiativeId))
			.where(
				and(
					inArray(t.processInitiatives.processId, ids),
					inArray(t.initiatives.visibility, visible),
					isNull(t.initiatives.archivedAt)
				)
			)
			.orderBy(sql`${t.initiatives.title} collate "sv-x-icu"`, asc(t.initiatives.id)),
		db.select().from(t.processCoverage).where(inArray(t.processCoverage.processId, ids))
	]);
	const of = <R extends { processId: number }>(list: R[], processId: number) =>
		list.filter((r) => r.processId === processId);
	return rows.map(({ process: p, ownerName }) => ({
		id: p.id,
		countyCode: p.countyCode,
		title: p.title,
		level: p.level,
		goal: p.goal,
		description: p.description,
		status: p.status,
		goalAreas: p.goalAreas,
		position: p.position,
		owner:
			p.ownerGroupId !== null && ownerName !== null
				? { id: p.ownerGroupId, name: ownerName }
				: null,
		participants: of(participants, p.id).map(({ id, name }) => ({ id, name })),
		initiatives: of(initiatives, p.id).map(({ id, title }) => ({ id, title })),
		coverage: coverageCells(of(coverage, p.id).map(asCoverage)),
		source: p.source,
		visibility: p.visibility,
		revision: p.revision,
		updatedAt: p.updatedAt.toISOString()
	}));
}

/** A process of the county by id, archived or not, whatever its visibility: for writes. */
export async function processRow(
	db: Db | Tx,
	countyCode: string,
	id: number
): Promise<typeof t.processes.$inferSelect | undefined> {
	const [row] = await db
		.select()
		.from(t.processes)
		.where(and(eq(t.processes.id, id), eq(t.processes.countyCode, countyCode)));
	return row;
}

/** The ids a process links to and its coverage rows, for the audit log and conflicts. */
export async function processLinks(db: Db | Tx, processId: number) {
	const [participants, initiatives, coverage] = await Promise.all([
		db
			.select({ id: t.processParticipants.organisationId })
			.from(t.processParticipants)
			.where(eq(t.processParticipants.processId, processId))
			.orderBy(asc(t.processParticipants.organisationId)),
		db
			.select({ id: t.processInitiatives.initiativeId })
			.from(t.processInitiatives)
			.where(eq(t.processInitiatives.processId, processId))
			.orderBy(asc(t.processInitiatives.initiativeId)),
		db.select().from(t.processCoverage).where(eq(t.processCoverage.processId, processId))
	]);
	return {
		participants: participants.map((r) => r.id),
		initiatives: initiatives.map((r) => r.id),
		coverage: coverageCells(coverage.map(asCoverage))
	};
}

/** The goal areas of the county's roadmap (key and title), in the roadmap's order. */
export async function countyGoalAreas(
	db: Db | Tx,
	countyCode: string,
	visible: Visible
): Promise<{ key: string; title: string }[]> {
	return db
		.select({ key: t.roadmapItems.key, title: t.roadmapItems.title })
		.from(t.roadmapItems)
		.innerJoin(t.roadmaps, eq(t.roadmaps.id, t.roadmapItems.roadmapId))
		.where(
			and(
				eq(t.roadmaps.countyCode, countyCode),
				eq(t.roadmapItems.kind, 'goal_area'),
				inArray(t.roadmapItems.visibility, visible),
				isNull(t.roadmapItems.archivedAt)
			)
		)
		.orderBy(asc(t.roadmapItems.position));
}

/** What the process form offers: the county's bodies, organisations and initiatives. */
export async function choices(db: Db, countyCode: string) {
	const [groups, organisations, initiatives] = await Promise.all([
		db
			.select({ id: t.groups.id, name: t.groups.name })
			.from(t.groups)
			.where(liveInCounty(t.groups, countyCode))
			.orderBy(asc(t.groups.position)),
		db
			.select({ id: t.organisations.id, name: t.organisations.name, kind: t.organisations.kind })
			.from(t.organisations)
			.where(eq(t.organisations.countyCode, countyCode))
			.orderBy(asc(t.organisations.kind), sql`${t.organisations.name} collate "sv-x-icu"`),
		db
			.select({ id: t.initiatives.id, title: t.initiatives.title })
			.from(t.initiatives)
			.where(liveInCounty(t.initiatives, countyCode))
			.orderBy(sql`${t.initiatives.title} collate "sv-x-icu"`, asc(t.initiatives.id))
	]);
	return { groups, organisations, initiatives };
}

/** Of `ids`, those that `select` does not find. */
async function missing(
	ids: number[],
	select: (ids: number[]) => Promise<{ id: number }[]>
): Promise<number[]> {
	if (!ids.length) return [];
	const found = new Set((await select(ids)).map((r) => r.id));
	return ids.filter((id) => !found.has(id));
}

/** The references of a process input that are not the county's: bodies, organisations, initiatives. */
export async function unknownReferences(
	tx: Tx,
	countyCode: string,
	refs: { ownerGroupId: number | null; participants: number[]; initiatives: number[] }
) {
	const [groups, organisations, initiatives] = await Promise.all([
		missing(refs.ownerGroupId === null ? [] : [refs.ownerGroupId], (ids) =>
			tx
				.select({ id: t.groups.id })
				.from(t.groups)
				.where(and(inArray(t.groups.id, ids), liveInCounty(t.groups, countyCode)))
		),
		missing(refs.participants, (ids) =>
			tx
				.select({ id: t.organisations.id })
				.from(t.organisations)
				.where(and(inArray(t.organisations.id, ids), eq(t.organisations.countyCode, countyCode)))
		),
		missing(refs.initiatives, (ids) =>
			tx
				.select({ id: t.initiatives.id })
				.from(t.initiatives)
				.where(and(inArray(t.initiatives.id, ids), liveInCounty(t.initiatives, countyCode)))
		)
	]);
	return { groups, organisations, initiatives };
}

/** Whether another process of the county (archived ones too) has this title, in any case. */
export async function titleInUse(
	tx: Tx,
	countyCode: string,
	title: string,
	except?: number
): Promise<boolean> {
	const [row] = await tx
		.select({ id: t.processes.id })
		.from(t.processes)
		.where(
			and(
				eq(t.processes.countyCode, countyCode),
				sql`lower(${t.processes.title}) = lower(${title})`,
				except === undefined ? undefined : sql`${t.processes.id} <> ${except}`
			)
		)
		.limit(1);
	return row !== undefined;
}

/** The next position at the end of the county's processes. */
export async function nextPosition(tx: Tx, countyCode: string): Promise<number> {
	const [row] = await tx
		.select({ position: sql<number>`coalesce(max(${t.processes.position}), 0)::int` })
		.from(t.processes)
		.where(eq(t.processes.countyCode, countyCode));
	return (row?.position ?? 0) + 1;
}

/** Replaces what a process links to and its four coverage rows. */
export async function replaceLinks(
	tx: Tx,
	processId: number,
	links: {
		participants: number[];
		initiatives: number[];
		coverage: {
			area: (typeof t.processCoverage.$inferInsert)['developmentArea'];
			state: (typeof t.processCoverage.$inferInsert)['state'];
			how: string;
			evidence: string;
		}[];
	}
): Promise<void> {
	await tx.delete(t.processParticipants).where(eq(t.processParticipants.processId, processId));
	await tx.delete(t.processInitiatives).where(eq(t.processInitiatives.processId, processId));
	await tx.delete(t.processCoverage).where(eq(t.processCoverage.processId, processId));
	if (links.participants.length)
		await tx
			.insert(t.processParticipants)
			.values(links.participants.map((organisationId) => ({ processId, organisationId })));
	if (links.initiatives.length)
		await tx
			.insert(t.processInitiatives)
			.values(links.initiatives.map((initiativeId) => ({ processId, initiativeId })));
	if (links.coverage.length)
		await tx.insert(t.processCoverage).values(
			links.coverage.map((c) => ({
				processId,
				developmentArea: c.area,
				state: c.state,
				how: c.how,
				evidence: c.evidence
			}))
		);
}
