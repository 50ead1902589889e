import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { barriers } from '../barriers/tables.ts';
import { liveInCounty, shownInCounty, type Visible } from '../counties/index.server.ts';
import { groups } from '../groups/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import { stories } from '../stories/tables.ts';
import type { EvidenceKind } from './domain/evidence.ts';
import type { Evidence, Reflection } from './schema.ts';
import { reflectionEvidence, reflections } from './tables.ts';

type Named = { id: number; name: string };

/** The county's initiatives, barriers (the viewer may see) and published stories, by id and name. */
async function namesOf(
	db: Db | Tx,
	countyCode: string,
	visible: Visible,
	kind: Exclude<EvidenceKind, 'indicator'>,
	only?: number[]
): Promise<Named[]> {
	if (only && only.length === 0) return [];
	if (kind === 'story')
		return db
			.select({ id: stories.id, name: stories.title })
			.from(stories)
			.where(
				and(
					eq(stories.countyCode, countyCode),
					eq(stories.status, 'published'),
					only ? inArray(stories.id, only) : undefined
				)
			)
			.orderBy(desc(stories.publishedAt), desc(stories.id));
	const table = kind === 'initiative' ? initiatives : barriers;
	return db
		.select({ id: table.id, name: table.title })
		.from(table)
		.where(
			and(shownInCounty(table, countyCode, visible), only ? inArray(table.id, only) : undefined)
		)
		.orderBy(sql`${table.title} collate "sv-x-icu"`, asc(table.id));
}

/** What the reflection form offers: the county's bodies, processes and evidence. */
export async function reflectionChoicesOf(db: Db, countyCode: string) {
	const all: Visible = ['public', 'internal'];
	const [bodies, procs, inits, published, raised] = await Promise.all([
		db
			.select({ id: groups.id, name: groups.name })
			.from(groups)
			.where(liveInCounty(groups, countyCode))
			.orderBy(asc(groups.position)),
		db
			.select({ id: processes.id, name: processes.title })
			.from(processes)
			.where(liveInCounty(processes, countyCode))
			.orderBy(sql`${processes.title} collate "sv-x-icu"`),
		namesOf(db, countyCode, all, 'initiative'),
		namesOf(db, countyCode, all, 'story'),
		namesOf(db, countyCode, all, 'barrier')
	]);
	return {
		groups: bodies,
		processes: procs,
		initiatives: inits,
		stories: published,
		barriers: raised
	};
}

/** Which of `ids` are evidence of `kind` the county offers (live; stories published). */
export async function evidenceInCounty(
	tx: Tx,
	countyCode: string,
	kind: Exclude<EvidenceKind, 'indicator'>,
	ids: number[]
): Promise<Set<number>> {
	const rows = await namesOf(tx, countyCode, ['public', 'internal'], kind, ids);
	return new Set(rows.map((r) => r.id));
}

/** Whether the body or process is a live one of the county. */
export async function authorInCounty(
	tx: Tx,
	countyCode: string,
	kind: 'group' | 'process',
	id: number
): Promise<boolean> {
	const table = kind === 'group' ? groups : processes;
	const [row] = await tx
		.select({ id: table.id })
		.from(table)
		.where(and(eq(table.id, id), eq(table.countyCode, countyCode), isNull(table.archivedAt)));
	return Boolean(row);
}

/** The evidence links of reflections, in the order they were made. */
export function linksOf(db: Db | Tx, reflectionIds: number[]) {
	if (reflectionIds.length === 0) return Promise.resolve([]);
	return db
		.select()
		.from(reflectionEvidence)
		.where(inArray(reflectionEvidence.reflectionId, reflectionIds))
		.orderBy(asc(reflectionEvidence.id));
}

/** The county's reflections the viewer may see, newest first, with their evidence. */
export async function countyReflections(
	db: Db,
	countyCode: string,
	visible: Visible,
	opts: { id?: number; evidence?: { kind: EvidenceKind; id: number } } = {}
): Promise<Reflection[]> {
	const rows = await db
		.select({ r: reflections, groupName: groups.name, processName: processes.title })
		.from(reflections)
		.leftJoin(groups, eq(groups.id, reflections.groupId))
		.leftJoin(processes, eq(processes.id, reflections.processId))
		.where(
			and(
				shownInCounty(reflections, countyCode, visible),
				opts.id === undefined ? undefined : eq(reflections.id, opts.id),
				opts.evidence
					? sql`exists (select 1 from ${reflectionEvidence} where ${reflectionEvidence.reflectionId} = ${reflections.id} and ${reflectionEvidence.kind} = ${opts.evidence.kind} and ${reflectionEvidence.targetId} = ${opts.evidence.id})`
					: undefined
			)
		)
		.orderBy(desc(reflections.writtenOn), desc(reflections.id));
	const links = await linksOf(
		db,
		rows.map((r) => r.r.id)
	);
	const names = new Map<string, string>();
	for (const kind of ['initiative', 'story', 'barrier'] as const) {
		const ids = [...new Set(links.filter((l) => l.kind === kind).map((l) => l.targetId))];
		for (const n of await namesOf(db, countyCode, visible, kind, ids))
			names.set(`${kind}:${n.id}`, n.name);
	}
	const evidence = (id: number): Evidence[] =>
		links
			.filter((l) => l.reflectionId === id)
			.map((l) => ({
				kind: l.kind,
				id: l.targetId,
				name:
					l.kind === 'indicator'
						? (l.snapshot?.indicator.title ?? null)
						: (names.get(`${l.kind}:${l.targetId}`) ?? null),
				snapshot: l.snapshot ?? null
			}));
	const ref = (id: number | null, name: string | null) =>
		id !== null && name !== null ? { id, name } : null;
	return rows.map(({ r, groupName, processName }) => ({
		id: r.id,
		revision: r.revision,
		title: r.title,
		group: ref(r.groupId, groupName),
		process: ref(r.processId, processName),
		whatWeSee: r.whatWeSee,
		whatItMeans: r.whatItMeans,
		whatWeDoNow: r.whatWeDoNow,
		writtenOn: r.writtenOn,
		evidence: evidence(r.id),
		visibility: r.visibility
	}));
}
