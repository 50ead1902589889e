import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { countyMunicipalities } from '../counties/index.server.ts';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../platform/db/client.ts';
import { toPrefixQuery } from '../../platform/search.ts';
import { organisations } from '../counties/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import { visionItems, visions } from '../vision/tables.ts';
import { publicText } from './domain/moderation.ts';
import type { StoryStatus } from './domain/vocabulary.ts';
import type { PublicStory, QueuedStory, StoryQuery } from './schema.ts';
import * as t from './tables.ts';

/** The SQL of stories, and nowhere else. */

export type StoryRow = typeof t.stories.$inferSelect;
type Named = { id: number; name: string };

/** Rows grouped by their story, each made into what a story shows. */
function byStory<T extends { storyId: number }, U>(rows: T[], make: (row: T) => U) {
	const map = new Map<number, U[]>();
	for (const r of rows) map.set(r.storyId, [...(map.get(r.storyId) ?? []), make(r)]);
	return (id: number) => map.get(id) ?? [];
}

const named = ({ id, name }: Named) => ({ id, name });

/** The tags, links and answers of these stories, each by story. */
async function details(db: Db | Tx, ids: number[]) {
	const none = [-1];
	const [statements, shifts, inits, procs, answers] = await Promise.all([
		db
			.select({ storyId: t.storyStatements.storyId, id: visionItems.id, name: visionItems.title })
			.from(t.storyStatements)
			.innerJoin(visionItems, eq(visionItems.id, t.storyStatements.visionItemId))
			.where(inArray(t.storyStatements.storyId, ids.length ? ids : none))
			.orderBy(asc(visionItems.position)),
		db
			.select({ storyId: t.storyShifts.storyId, shift: t.storyShifts.shift })
			.from(t.storyShifts)
			.where(inArray(t.storyShifts.storyId, ids.length ? ids : none))
			.orderBy(asc(t.storyShifts.shift)),
		db
			.select({ storyId: t.storyInitiatives.storyId, id: initiatives.id, name: initiatives.title })
			.from(t.storyInitiatives)
			.innerJoin(initiatives, eq(initiatives.id, t.storyInitiatives.initiativeId))
			.where(
				and(
					inArray(t.storyInitiatives.storyId, ids.length ? ids : none),
					eq(initiatives.visibility, 'public'),
					isNull(initiatives.archivedAt)
				)
			)
			.orderBy(asc(initiatives.title)),
		db
			.select({ storyId: t.storyProcesses.storyId, id: processes.id, name: processes.title })
			.from(t.storyProcesses)
			.innerJoin(processes, eq(processes.id, t.storyProcesses.processId))
			.where(
				and(
					inArray(t.storyProcesses.storyId, ids.length ? ids : none),
					eq(processes.visibility, 'public'),
					isNull(processes.archivedAt)
				)
			)
			.orderBy(asc(processes.title)),
		db
			.select({
				storyId: t.storyAnswers.storyId,
				organisation: organisations.name,
				body: t.storyAnswers.body,
				at: t.storyAnswers.createdAt
			})
			.from(t.storyAnswers)
			.innerJoin(organisations, eq(organisations.id, t.storyAnswers.organisationId))
			.where(inArray(t.storyAnswers.storyId, ids.length ? ids : none))
			.orderBy(asc(t.storyAnswers.createdAt))
	]);
	const of = {
		statements: byStory(statements, named),
		shifts: byStory(shifts, (r) => r.shift),
		initiatives: byStory(inits, named),
		processes: byStory(procs, named),
		answers: byStory(answers, (r) => ({
			organisation: r.organisation,
			body: r.body,
			answeredAt: r.at.toISOString()
		}))
	};
	return (id: number) => ({
		statements: of.statements(id),
		shifts: of.shifts(id),
		initiatives: of.initiatives(id),
		processes: of.processes(id),
		answers: of.answers(id)
	});
}

const base = {
	story: t.stories,
	municipality: { id: organisations.id, name: organisations.name }
};

function publicStory(
	row: StoryRow,
	municipality: Named,
	more: Awaited<ReturnType<typeof details>>
): PublicStory {
	return {
		id: row.id,
		title: row.title,
		...publicText(row),
		municipality,
		careKind: row.careKind,
		ageBand: row.ageBand,
		authorKind: row.authorKind,
		publishedAt: row.publishedAt?.toISOString() ?? null,
		source: row.source,
		...more(row.id)
	};
}

/** The readers' text: the edited version where there is one. */
const publicBody = sql`${t.stories.title} || ' ' || coalesce(${t.stories.editedHappened}, ${t.stories.whatHappened}, '') || ' ' || coalesce(${t.stories.editedMattered}, ${t.stories.whatMattered}, '')`;

/** The county's published stories, filtered and searched, newest first. */
export async function publishedStories(
	db: Db,
	countyCode: string,
	filter: StoryQuery,
	limit = 200
): Promise<{ stories: PublicStory[]; total: number }> {
	const where: (SQL | undefined)[] = [
		eq(t.stories.countyCode, countyCode),
		eq(t.stories.status, 'published')
	];
	const query = toPrefixQuery(filter.q ?? '');
	if (query)
		where.push(
			sql`to_tsvector('swedish'::regconfig, ${publicBody}) @@ to_tsquery('swedish'::regconfig, ${query})`
		);
	if (filter.municipality) where.push(eq(t.stories.municipalityId, filter.municipality));
	if (filter.careKind) where.push(eq(t.stories.careKind, filter.careKind));
	if (filter.statement)
		where.push(
			sql`exists (select 1 from ${t.storyStatements} where ${t.storyStatements.storyId} = ${t.stories.id} and ${t.storyStatements.visionItemId} = ${filter.statement})`
		);
	if (filter.shift)
		where.push(
			sql`exists (select 1 from ${t.storyShifts} where ${t.storyShifts.storyId} = ${t.stories.id} and ${t.storyShifts.shift} = ${filter.shift})`
		);
	const rows = await db
		.select({ ...base, total: sql<number>`count(*) over ()`.mapWith(Number) })
		.from(t.stories)
		.innerJoin(organisations, eq(organisations.id, t.stories.municipalityId))
		.where(and(...where))
		.orderBy(desc(t.stories.publishedAt), desc(t.stories.id))
		.limit(limit);
	const more = await details(
		db,
		rows.map((r) => r.story.id)
	);
	return {
		stories: rows.map((r) => publicStory(r.story, r.municipality, more)),
		total: rows[0]?.total ?? 0
	};
}

/** One story of the county with its municipality, any status. */
export async function storyIn(
	db: Db | Tx,
	countyCode: string,
	id: number
): Promise<{ story: StoryRow; municipality: Named } | undefined> {
	const [row] = await db
		.select(base)
		.from(t.stories)
		.innerJoin(organisations, eq(organisations.id, t.stories.municipalityId))
		.where(and(eq(t.stories.id, id), eq(t.stories.countyCode, countyCode)));
	return row;
}

export async function asPublic(db: Db, row: { story: StoryRow; municipality: Named }) {
	return publicStory(row.story, row.municipality, await details(db, [row.story.id]));
}

/** The stories a moderator sees: waiting and hidden first, then the rest, newest first. */
export async function queue(db: Db, countyCode: string, statuses: StoryStatus[]) {
	const rows = await db
		.select(base)
		.from(t.stories)
		.innerJoin(organisations, eq(organisations.id, t.stories.municipalityId))
		.where(and(eq(t.stories.countyCode, countyCode), inArray(t.stories.status, statuses)))
		.orderBy(asc(t.stories.createdAt), asc(t.stories.id));
	const more = await details(
		db,
		rows.map((r) => r.story.id)
	);
	return Promise.all(rows.map((r) => queued(db, r, more)));
}

export async function queuedStory(db: Db, row: { story: StoryRow; municipality: Named }) {
	return queued(db, row, await details(db, [row.story.id]));
}

async function queued(
	db: Db,
	{ story, municipality }: { story: StoryRow; municipality: Named },
	more: Awaited<ReturnType<typeof details>>
): Promise<QueuedStory> {
	const reports = await db
		.select({ reason: t.storyReports.reason, at: t.storyReports.createdAt })
		.from(t.storyReports)
		.where(eq(t.storyReports.storyId, story.id))
		.orderBy(desc(t.storyReports.createdAt));
	const edited = story.editedHappened !== null;
	return {
		...publicStory(story, municipality, more),
		status: story.status,
		revision: story.revision,
		original:
			story.whatHappened === null
				? null
				: { whatHappened: story.whatHappened, whatMattered: story.whatMattered ?? '' },
		edited,
		consent: {
			publish: story.consentPublish,
			quote: story.consentQuote,
			openData: story.consentOpenData,
			textVersion: story.consentTextVersion,
			at: story.consentedAt.toISOString()
		},
		rejectionReason: story.rejectionReason,
		openReports: story.openReports,
		reports: reports.map((r) => ({ reason: r.reason, at: r.at.toISOString() }))
	};
}

/**
 * Published stories that speak to each of these citizen statements, by the
 * statement's id. A story is tagged with the statement of the version it was
 * tagged in; a later version has new ids, so a statement is matched by its
 * words in any version of the county's vision.
 */
export async function storiesByStatement(db: Db, countyCode: string, itemIds: number[]) {
	const map = new Map<number, Named[]>();
	if (itemIds.length === 0) return map;
	const tagged = alias(visionItems, 'tagged');
	const rows = await db
		.selectDistinct({
			itemId: visionItems.id,
			id: t.stories.id,
			name: t.stories.title,
			at: t.stories.publishedAt
		})
		.from(visionItems)
		.innerJoin(
			tagged,
			and(eq(tagged.title, visionItems.title), eq(tagged.kind, 'citizen_statement'))
		)
		.innerJoin(visions, eq(visions.id, tagged.visionId))
		.innerJoin(t.storyStatements, eq(t.storyStatements.visionItemId, tagged.id))
		.innerJoin(t.stories, eq(t.stories.id, t.storyStatements.storyId))
		.where(
			and(
				inArray(visionItems.id, itemIds),
				eq(visions.countyCode, countyCode),
				eq(t.stories.countyCode, countyCode),
				eq(t.stories.status, 'published')
			)
		)
		.orderBy(desc(t.stories.publishedAt), desc(t.stories.id));
	for (const r of rows)
		map.set(r.itemId, [...(map.get(r.itemId) ?? []), { id: r.id, name: r.name }]);
	return map;
}

/** Published stories linked to an initiative or a process. */
export function storiesLinkedTo(
	db: Db,
	countyCode: string,
	link: { initiative?: number; process?: number }
) {
	const linked =
		link.initiative !== undefined
			? sql`exists (select 1 from ${t.storyInitiatives} where ${t.storyInitiatives.storyId} = ${t.stories.id} and ${t.storyInitiatives.initiativeId} = ${link.initiative})`
			: sql`exists (select 1 from ${t.storyProcesses} where ${t.storyProcesses.storyId} = ${t.stories.id} and ${t.storyProcesses.processId} = ${link.process ?? 0})`;
	return db
		.select({ id: t.stories.id, name: t.stories.title })
		.from(t.stories)
		.where(and(eq(t.stories.countyCode, countyCode), eq(t.stories.status, 'published'), linked))
		.orderBy(desc(t.stories.publishedAt), desc(t.stories.id));
}

/** What a story can be tagged with and filtered by in the county. */
export async function tagOptions(db: Db | Tx, countyCode: string) {
	const [current] = await db
		.select({ id: visions.id })
		.from(visions)
		.where(and(eq(visions.countyCode, countyCode), eq(visions.visibility, 'public')))
		.orderBy(desc(visions.version))
		.limit(1);
	const [statements, inits, procs, municipalities] = await Promise.all([
		current
			? db
					.select({ id: visionItems.id, name: visionItems.title })
					.from(visionItems)
					.where(
						and(eq(visionItems.visionId, current.id), eq(visionItems.kind, 'citizen_statement'))
					)
					.orderBy(asc(visionItems.position))
			: Promise.resolve([]),
		db
			.select({ id: initiatives.id, name: initiatives.title })
			.from(initiatives)
			.where(and(eq(initiatives.countyCode, countyCode), isNull(initiatives.archivedAt)))
			.orderBy(asc(initiatives.title)),
		db
			.select({ id: processes.id, name: processes.title })
			.from(processes)
			.where(and(eq(processes.countyCode, countyCode), isNull(processes.archivedAt)))
			.orderBy(asc(processes.title)),
		municipalitiesOf(db, countyCode)
	]);
	return { statements, initiatives: inits, processes: procs, municipalities };
}

export const municipalitiesOf = countyMunicipalities;

/** The organisations of the county that may answer (for the answer form). */
export function organisationsOf(db: Db, countyCode: string): Promise<Named[]> {
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.countyCode, countyCode))
		.orderBy(asc(organisations.name));
}
