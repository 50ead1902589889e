import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { liveInCounty, shownInCounty, type Visible } from '../counties/index.server.ts';
import { groups } from '../groups/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import { roadmapItems, roadmaps } from '../roadmap/tables.ts';
import { milestoneLinks, milestones } from './tables.ts';

/** The SQL of the milestones, and nowhere else. */

export type MilestoneRow = typeof milestones.$inferSelect;
type Conn = Db | Tx;

export interface LinkIds {
	initiativeIds: number[];
	processIds: number[];
	roadmapItemIds: number[];
}

export function countyMilestones(db: Conn, countyCode: string, visible: Visible) {
	return db
		.select()
		.from(milestones)
		.where(shownInCounty(milestones, countyCode, visible))
		.orderBy(sql`${milestones.year} asc nulls last`, asc(milestones.position), asc(milestones.id));
}

export async function milestoneIn(db: Conn, countyCode: string, id: number) {
	const [row] = await db
		.select()
		.from(milestones)
		.where(and(eq(milestones.id, id), eq(milestones.countyCode, countyCode)));
	return row;
}

/** The ids of the items linked to one milestone, as stored (for the audit log and the form). */
export async function linkIds(db: Conn, milestoneId: number): Promise<LinkIds> {
	const rows = await db
		.select()
		.from(milestoneLinks)
		.where(eq(milestoneLinks.milestoneId, milestoneId))
		.orderBy(asc(milestoneLinks.id));
	const of = (k: 'initiativeId' | 'processId' | 'roadmapItemId') =>
		rows.map((r) => r[k]).filter((v): v is number => v !== null);
	return {
		initiativeIds: of('initiativeId'),
		processIds: of('processId'),
		roadmapItemIds: of('roadmapItemId')
	};
}

export async function replaceLinks(tx: Tx, milestoneId: number, ids: LinkIds) {
	await tx.delete(milestoneLinks).where(eq(milestoneLinks.milestoneId, milestoneId));
	const rows = [
		...ids.initiativeIds.map((initiativeId) => ({ milestoneId, initiativeId })),
		...ids.processIds.map((processId) => ({ milestoneId, processId })),
		...ids.roadmapItemIds.map((roadmapItemId) => ({ milestoneId, roadmapItemId }))
	];
	if (rows.length) await tx.insert(milestoneLinks).values(rows);
}

/**
 * The linked items of these milestones that the reader may see (not archived),
 * with their titles, by milestone.
 */
export async function linkedItems(db: Conn, milestoneIds: number[], visible: Visible) {
	if (milestoneIds.length === 0) return [];
	return db
		.select({
			milestoneId: milestoneLinks.milestoneId,
			initiative: { id: initiatives.id, title: initiatives.title },
			process: { id: processes.id, title: processes.title },
			roadmapItem: {
				id: roadmapItems.id,
				title: roadmapItems.title,
				kind: roadmapItems.kind,
				key: roadmapItems.key
			}
		})
		.from(milestoneLinks)
		.leftJoin(
			initiatives,
			and(
				eq(initiatives.id, milestoneLinks.initiativeId),
				inArray(initiatives.visibility, visible),
				isNull(initiatives.archivedAt)
			)
		)
		.leftJoin(
			processes,
			and(
				eq(processes.id, milestoneLinks.processId),
				inArray(processes.visibility, visible),
				isNull(processes.archivedAt)
			)
		)
		.leftJoin(
			roadmapItems,
			and(
				eq(roadmapItems.id, milestoneLinks.roadmapItemId),
				inArray(roadmapItems.visibility, visible),
				isNull(roadmapItems.archivedAt)
			)
		)
		.where(inArray(milestoneLinks.milestoneId, milestoneIds))
		.orderBy(asc(milestoneLinks.id));
}

/** What the form offers: the county's bodies, initiatives, processes and parts of its roadmap. */
export async function countyChoices(db: Conn, countyCode: string) {
	const [bodies, inits, procs, parts] = await Promise.all([
		db
			.select({ id: groups.id, name: groups.name })
			.from(groups)
			.where(liveInCounty(groups, countyCode))
			.orderBy(asc(groups.position)),
		db
			.select({ id: initiatives.id, title: initiatives.title })
			.from(initiatives)
			.where(liveInCounty(initiatives, countyCode))
			.orderBy(sql`${initiatives.title} collate "sv-x-icu"`),
		db
			.select({ id: processes.id, title: processes.title })
			.from(processes)
			.where(liveInCounty(processes, countyCode))
			.orderBy(asc(processes.position)),
		db
			.select({ id: roadmapItems.id, title: roadmapItems.title })
			.from(roadmapItems)
			.innerJoin(roadmaps, eq(roadmaps.id, roadmapItems.roadmapId))
			.where(and(eq(roadmaps.countyCode, countyCode), isNull(roadmapItems.archivedAt)))
			.orderBy(asc(roadmapItems.kind), asc(roadmapItems.position))
	]);
	return { groups: bodies, initiatives: inits, processes: procs, roadmapItems: parts };
}

/** The names of the county's bodies, by id (archived ones too: a milestone keeps its owner's name). */
export async function groupNames(db: Conn, countyCode: string) {
	const rows = await db
		.select({ id: groups.id, name: groups.name })
		.from(groups)
		.where(eq(groups.countyCode, countyCode));
	return new Map(rows.map((g) => [g.id, g.name]));
}
