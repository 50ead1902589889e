import { and, eq } from 'drizzle-orm';
import { varmlandMilestones, type SeedMilestone } from '../../../../seed/milestones/varmland.ts';
import type { Tx } from '../../platform/db/client.ts';
import { seedKey } from '../../app/seed/seed-keys.ts';
import { groups } from '../groups/tables.ts';
import { processes } from '../processes/tables.ts';
import { roadmapItems, roadmaps } from '../roadmap/tables.ts';
import { milestoneLinks, milestones } from './tables.ts';

/**
 * Seeding the milestones the source documents name (part of `nara seed`,
 * inside its one transaction, after the bodies, the roadmap and the
 * processes). Idempotent by the seed key: a milestone that is there, edited
 * or not, is left as it is, links and all. The body, processes and roadmap
 * parts it names are found by their seed keys (bodies, processes) or keys.
 */

export const seededMilestones: SeedMilestone[] = varmlandMilestones;

/** Where in its source a seeded milestone comes from, as it is stored and shown. */
export const passageOf = (m: SeedMilestone) =>
	m.section ? `${m.section}: ”${m.quote}”` : `”${m.quote}”`;

async function idOf(tx: Tx, table: typeof groups | typeof processes, key: string) {
	const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.seedKey, key));
	if (!row) throw new Error(`Seed: ${key} finns inte`);
	return row.id;
}

async function roadmapItemId(tx: Tx, countyCode: string, kindAndKey: string) {
	const [kind, key] = kindAndKey.split(':') as [typeof roadmapItems.$inferSelect.kind, string];
	const [row] = await tx
		.select({ id: roadmapItems.id })
		.from(roadmapItems)
		.innerJoin(roadmaps, eq(roadmaps.id, roadmapItems.roadmapId))
		.where(
			and(
				eq(roadmaps.countyCode, countyCode),
				eq(roadmapItems.kind, kind),
				eq(roadmapItems.key, key)
			)
		);
	if (!row) throw new Error(`Seed: färdplanens del ${kindAndKey} finns inte i län ${countyCode}`);
	return row.id;
}

async function seedMilestones(tx: Tx): Promise<Record<string, number>> {
	const counts = { milestones: 0, milestone_links: 0 };
	for (const [index, m] of seededMilestones.entries()) {
		const [row] = await tx
			.insert(milestones)
			.values({
				seedKey: seedKey('milestone', m.countyCode, m.title),
				countyCode: m.countyCode,
				title: m.title,
				description: m.description,
				year: m.year,
				periodLabel: m.periodLabel,
				ownerGroupId:
					m.ownerGroup === null
						? null
						: await idOf(tx, groups, seedKey('group', m.countyCode, m.ownerGroup)),
				status: m.status,
				source: m.source,
				sourcePassage: passageOf(m),
				position: index + 1
			})
			.onConflictDoNothing()
			.returning({ id: milestones.id });
		if (!row) continue;
		counts.milestones += 1;
		const links = [
			...(await Promise.all(
				m.processes.map(async (title) => ({
					milestoneId: row.id,
					processId: await idOf(tx, processes, seedKey('process', m.countyCode, title))
				}))
			)),
			...(await Promise.all(
				m.roadmapItems.map(async (k) => ({
					milestoneId: row.id,
					roadmapItemId: await roadmapItemId(tx, m.countyCode, k)
				}))
			))
		];
		if (links.length) {
			await tx.insert(milestoneLinks).values(links);
			counts.milestone_links += links.length;
		}
	}
	return counts;
}

export const milestoneSeedSteps = [{ label: 'Milstolpar', run: seedMilestones }];
