import { and, eq, sql } from 'drizzle-orm';
import { slugify } from '../../core/slug.ts';
import {
	RoadmapItemInput,
	RoadmapItemUpdate,
	RoadmapUpdate,
	type EditableRoadmap,
	type EditableRoadmapItem
} from './schema.ts';
import type { Actor } from '../../core/actor.ts';
import { canEditCountyContent } from '../../core/permissions.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { roadmapItems, roadmaps } from './tables.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { archiving, createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import { isRowId } from '../../platform/ids.ts';

/**
 * Writing the county's roadmap: coordinators and administrators change its
 * title and introduction, change each item (its key and kind stay, so links
 * to it keep working), add goal areas and milestones, and archive items.
 * Every write is audited.
 */

type RoadmapRow = typeof roadmaps.$inferSelect;
type ItemRow = typeof roadmapItems.$inferSelect;

type RoadmapFields = Pick<EditableRoadmap, 'title' | 'intro'>;
/** What a person edits in an item, and what the audit log and a conflict show. */
type RoadmapItemFields = Pick<EditableRoadmapItem, 'title' | 'body' | 'visibility'>;

const roadmapFields = (r: RoadmapRow): RoadmapFields => ({ title: r.title, intro: r.intro });
const editableRoadmap = (r: RoadmapRow): EditableRoadmap => ({
	id: r.id,
	revision: r.revision,
	source: r.source,
	...roadmapFields(r)
});

const itemFields = (r: ItemRow): RoadmapItemFields => ({
	title: r.title,
	body: r.body,
	visibility: r.visibility
});
/** In the audit log an item also names its kind and key, which do not change. */
const itemAudit = (r: ItemRow) => ({ kind: r.kind, key: r.key, ...itemFields(r) });
const editableItem = (r: ItemRow): EditableRoadmapItem => ({
	id: r.id,
	revision: r.revision,
	source: r.source,
	kind: r.kind,
	key: r.key,
	position: r.position,
	...itemFields(r)
});

const noRoadmap = () => notFound<never>('Länet har ingen färdplan i Nära.');
const noItem = () => notFound<never>('Punkten finns inte i färdplanen.');

const ROADMAP = {
	table: roadmaps,
	entityType: 'roadmap',
	fields: roadmapFields,
	editable: editableRoadmap,
	notFound: noRoadmap,
	conflict:
		'Någon annan har sparat en ändring av färdplanen medan du redigerade. Ingenting har skrivits över.'
} satisfies Edited<RoadmapRow, EditableRoadmap>;

const ITEM = {
	table: roadmapItems,
	entityType: 'roadmap_item',
	fields: itemAudit,
	editable: editableItem,
	notFound: noItem,
	conflict:
		'Någon annan har sparat en ändring av punkten medan du redigerade. Ingenting har skrivits över.',
	archive: {
		conflict: 'Någon annan har ändrat punkten sedan du öppnade den. Den har inte arkiverats.',
		invalid: 'Punkten kunde inte arkiveras.'
	}
} satisfies Edited<ItemRow, EditableRoadmapItem>;

async function roadmapOf(tx: Tx | Db, countyCode: string): Promise<RoadmapRow | undefined> {
	const [row] = await tx.select().from(roadmaps).where(eq(roadmaps.countyCode, countyCode));
	return row;
}

/** The roadmap's title and introduction, for their edit form. */
export async function getRoadmap(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<EditableRoadmap>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const row = await roadmapOf(db, countyCode);
	return row ? ok(editableRoadmap(row)) : noRoadmap();
}

export async function updateRoadmap(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<EditableRoadmap>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = RoadmapUpdate.safeParse(raw);
	if (!parsed.success)
		return invalid('Färdplanen kunde inte sparas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx): Promise<Outcome<EditableRoadmap>> => {
		const scope = await roadmapOf(tx, countyCode);
		if (!scope) return noRoadmap();
		const { revision, title, intro } = parsed.data;
		return updateAudited(
			tx,
			actor,
			ROADMAP,
			{ id: scope.id, countyCode, revision },
			{ title, intro }
		);
	});
}

/** An item of the county's roadmap (not archived), for its edit form. */
export async function getRoadmapItem(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<EditableRoadmapItem>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const row = await itemIn(db, countyCode, id);
	return row && !row.archivedAt ? ok(editableItem(row)) : noItem();
}

async function itemIn(tx: Tx | Db, countyCode: string, id: number): Promise<ItemRow | undefined> {
	if (!isRowId(id)) return undefined;
	const [row] = await tx
		.select({ item: roadmapItems })
		.from(roadmapItems)
		.innerJoin(roadmaps, eq(roadmaps.id, roadmapItems.roadmapId))
		.where(and(eq(roadmapItems.id, id), eq(roadmaps.countyCode, countyCode)));
	return row?.item;
}

/** The key of a new item: its title as a slug, made unique within the roadmap. */
async function uniqueKey(tx: Tx, roadmapId: number, title: string, kind: ItemRow['kind']) {
	const base =
		slugify(title).slice(0, 60).replace(/-+$/, '') ||
		(kind === 'milestone' ? 'milstolpe' : 'malomrade');
	const taken = new Set(
		(
			await tx
				.select({ key: roadmapItems.key })
				.from(roadmapItems)
				.where(eq(roadmapItems.roadmapId, roadmapId))
		).map((r) => r.key)
	);
	let key = base;
	for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
	return key;
}

/** Adds a goal area or a milestone at the end of the roadmap. */
export async function createRoadmapItem(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<EditableRoadmapItem>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = RoadmapItemInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Punkten kunde inte sparas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx): Promise<Outcome<EditableRoadmapItem>> => {
		// locks the roadmap: two items added at once get different keys and positions
		const [scope] = await tx
			.select({ id: roadmaps.id })
			.from(roadmaps)
			.where(eq(roadmaps.countyCode, countyCode))
			.for('no key update');
		if (!scope) return noRoadmap();
		const [last] = await tx
			.select({ position: sql<number>`coalesce(max(${roadmapItems.position}), 0)::int` })
			.from(roadmapItems)
			.where(eq(roadmapItems.roadmapId, scope.id));
		const [row] = await tx
			.insert(roadmapItems)
			.values({
				roadmapId: scope.id,
				kind: parsed.data.kind,
				key: await uniqueKey(tx, scope.id, parsed.data.title, parsed.data.kind),
				position: (last?.position ?? 0) + 1,
				title: parsed.data.title,
				body: parsed.data.body,
				visibility: parsed.data.visibility,
				source: null
			})
			.returning();
		return createdAudited(tx, actor, ITEM, row!, countyCode);
	});
}

export async function updateRoadmapItem(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<EditableRoadmapItem>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = RoadmapItemUpdate.safeParse(raw);
	if (!parsed.success)
		return invalid('Punkten kunde inte sparas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx): Promise<Outcome<EditableRoadmapItem>> => {
		const scope = await itemIn(tx, countyCode, id);
		if (!scope || scope.archivedAt) return noItem();
		const { revision, title, body, visibility } = parsed.data;
		return updateAudited(
			tx,
			actor,
			ITEM,
			{ id, countyCode, revision },
			{ title, body, visibility }
		);
	});
}

/** Archives an item: it leaves the roadmap but stays in the database and its history. */
export const archiveRoadmapItem = archiving(ITEM, {
	allowed: canEditCountyContent,
	find: itemIn
});
