import { and, eq, inArray } from 'drizzle-orm';
import { varmlandProcesses, type SeedProcess } from '../../../../seed/processes/varmland.ts';
import { DEVELOPMENT_AREAS } from '../../core/vocabulary.ts';
import type { Tx } from '../../platform/db/client.ts';
import * as countiesTables from '../counties/tables.ts';
import * as groupsTables from '../groups/tables.ts';
import * as initiativesTables from '../initiatives/tables.ts';
import * as processesTables from './tables.ts';
import { adoptSeedKeys, seedKey } from '../../app/seed/seed-keys.ts';

const t = { ...processesTables, ...countiesTables, ...groupsTables, ...initiativesTables };

/**
 * Seeding the county processes (part of `nara seed`, inside its one
 * transaction): Värmland's four county processes of 2023 and the shared plan
 * for primary care, with their participants, their coverage of the four
 * development areas and the initiatives of the inventory that are their work
 * (seed/processes/; the initiatives are seeded first). Idempotent by the seed key
 * (seed/seed-keys.ts): a process that is there, renamed or not, is left as it
 * is, children and all, so what the county has filled in since is kept. The
 * bodies and initiatives a process names are found by their seed keys too.
 */

type Counts = Record<string, number>;

export interface ProcessSeedStep {
	label: string;
	run(tx: Tx): Promise<Counts>;
}

export const seededProcesses: SeedProcess[] = varmlandProcesses;

/**
 * The ids of the county's seeded initiatives or bodies, by their seed keys
 * (they may have been renamed), else by their titles or names.
 */
async function bySeedKeyOrName(
	tx: Tx,
	countyCode: string,
	kind: 'initiative' | 'group',
	table: typeof t.initiatives | typeof t.groups,
	name: typeof t.initiatives.title | typeof t.groups.name
) {
	const rows = await tx
		.select({ id: table.id, name, seedKey: table.seedKey })
		.from(table)
		.where(eq(table.countyCode, countyCode));
	const ids = new Map(rows.map((r) => [r.name, r.id]));
	for (const r of rows) if (r.seedKey) ids.set(r.seedKey, r.id);
	return { get: (key: string) => ids.get(seedKey(kind, countyCode, key)) ?? ids.get(key) };
}

async function seedCounty(tx: Tx, countyCode: string, list: SeedProcess[]): Promise<Counts> {
	const counts: Counts = {
		processes: 0,
		process_participants: 0,
		process_coverage: 0,
		process_initiatives: 0
	};
	const initiativeId = await bySeedKeyOrName(
		tx,
		countyCode,
		'initiative',
		t.initiatives,
		t.initiatives.title
	);
	const groupId = await bySeedKeyOrName(tx, countyCode, 'group', t.groups, t.groups.name);
	await adoptSeedKeys(
		tx,
		'processes',
		['county_code', 'title'],
		list.map((p) => ({
			county_code: countyCode,
			title: p.title,
			seed_key: seedKey('process', countyCode, p.title)
		}))
	);
	const members = await tx
		.select({ id: t.organisations.id })
		.from(t.organisations)
		.where(
			and(
				eq(t.organisations.countyCode, countyCode),
				inArray(t.organisations.kind, ['region', 'municipality'])
			)
		)
		.orderBy(t.organisations.id);

	for (const [index, p] of list.entries()) {
		const ownerGroupId = p.ownerGroup === null ? null : groupId.get(p.ownerGroup);
		if (ownerGroupId === undefined)
			throw new Error(`Seed: organet "${p.ownerGroup}" finns inte i län ${countyCode}`);
		const [row] = await tx
			.insert(t.processes)
			.values({
				countyCode,
				title: p.title,
				level: p.level,
				goal: p.goal,
				description: p.description,
				ownerGroupId,
				status: p.status,
				goalAreas: p.goalAreas,
				position: index + 1,
				source: p.source,
				seedKey: seedKey('process', countyCode, p.title)
			})
			.onConflictDoNothing()
			.returning({ id: t.processes.id });
		if (!row) continue;
		counts.processes! += 1;
		if (members.length) {
			await tx
				.insert(t.processParticipants)
				.values(members.map((m) => ({ processId: row.id, organisationId: m.id })));
			counts.process_participants! += members.length;
		}
		await tx.insert(t.processCoverage).values(
			DEVELOPMENT_AREAS.map((area) => ({
				processId: row.id,
				developmentArea: area,
				// an area no source speaks of is not assessed: the sources do not say it was not considered
				state: p.coverage[area]?.state ?? ('not_assessed' as const),
				how: p.coverage[area]?.how ?? '',
				evidence: p.coverage[area]?.evidence ?? ''
			}))
		);
		counts.process_coverage! += DEVELOPMENT_AREAS.length;
		const linked = p.initiatives.map((title) => {
			const id = initiativeId.get(title);
			if (id === undefined)
				throw new Error(`Seed: insatsen "${title}" finns inte i län ${countyCode}`);
			return { processId: row.id, initiativeId: id };
		});
		if (linked.length) {
			await tx.insert(t.processInitiatives).values(linked);
			counts.process_initiatives! += linked.length;
		}
	}
	return counts;
}

async function seedProcesses(tx: Tx): Promise<Counts> {
	const byCounty = new Map<string, SeedProcess[]>();
	for (const p of seededProcesses)
		byCounty.set(p.countyCode, [...(byCounty.get(p.countyCode) ?? []), p]);
	const total: Counts = {};
	for (const [countyCode, list] of byCounty)
		for (const [table, n] of Object.entries(await seedCounty(tx, countyCode, list)))
			total[table] = (total[table] ?? 0) + n;
	return total;
}

export const processSeedSteps: ProcessSeedStep[] = [
	{ label: 'Processer och deras täckning av utvecklingsområdena', run: seedProcesses }
];
