import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Vision, VisionConflict, VisionSummary } from './schema.ts';
import { VisionVersionInput } from './schema.ts';
import { audit } from '../../platform/audit.ts';
import type { Actor } from '../../core/actor.ts';
import { canEditCountyContent } from '../../core/permissions.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { counties } from '../counties/tables.ts';
import { visionItems, visionItemKind, visions } from './tables.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { lastChange } from '../../platform/editing.ts';

/**
 * Publishing a new version of the county's vision. The vision is versioned:
 * a publication is a new row with the next version number and copies of its
 * items, and every earlier version stays as it was. Coordinators and
 * administrators publish; the form names the version it was based on, and if
 * someone published a newer one meanwhile nothing is written.
 */

type VisionRow = typeof visions.$inferSelect;
type ItemRow = typeof visionItems.$inferSelect;
type Kind = ItemRow['kind'];

const ENTITY = 'vision';
const KINDS = visionItemKind.enumValues;

export interface EditableVisionItem {
	/** the item's id in this version; a new version refers to it to keep its source */
	id: number;
	kind: Kind;
	position: number;
	title: string;
	body: string;
	fromText: string | null;
	toText: string | null;
	source: string | null;
}

/** The latest version, for the form that publishes the next one. */
export interface EditableVision {
	id: number;
	version: number;
	title: string;
	subtitle: string;
	intro: string;
	visibility: 'public' | 'internal';
	source: string | null;
	publishedAt: string;
	items: EditableVisionItem[];
}

const byKindAndPosition = (a: ItemRow, b: ItemRow) =>
	KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.position - b.position;

function summary(row: VisionRow, items: ItemRow[]): VisionSummary {
	return {
		version: row.version,
		title: row.title,
		subtitle: row.subtitle,
		intro: row.intro,
		visibility: row.visibility,
		items: [...items].sort(byKindAndPosition).map((i) => ({
			kind: i.kind,
			title: i.title,
			body: i.body,
			fromText: i.fromText,
			toText: i.toText
		}))
	};
}

function asVision(row: VisionRow, items: ItemRow[]): Vision {
	return {
		id: row.id,
		countyCode: row.countyCode,
		version: row.version,
		title: row.title,
		subtitle: row.subtitle,
		intro: row.intro,
		source: row.source,
		publishedAt: row.publishedAt.toISOString(),
		visibility: row.visibility,
		items: [...items].sort(byKindAndPosition).map((i) => ({
			id: i.id,
			kind: i.kind,
			position: i.position,
			title: i.title,
			body: i.body,
			fromText: i.fromText,
			toText: i.toText,
			focusShiftKey: i.focusShiftKey,
			source: i.source
		}))
	};
}

async function latest(tx: Tx | Db, countyCode: string): Promise<VisionRow | undefined> {
	const [row] = await tx
		.select()
		.from(visions)
		.where(eq(visions.countyCode, countyCode))
		.orderBy(desc(visions.version))
		.limit(1);
	return row;
}

async function itemsOf(tx: Tx | Db, visionId: number): Promise<ItemRow[]> {
	return tx
		.select()
		.from(visionItems)
		.where(eq(visionItems.visionId, visionId))
		.orderBy(asc(visionItems.kind), asc(visionItems.position));
}

/**
 * The latest version of the county's vision, whatever its visibility, for
 * the publishing form; null when the county has none yet.
 */
export async function getVisionForEditing(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<EditableVision | null>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const row = await latest(db, countyCode);
	if (!row) return ok(null);
	const items = (await itemsOf(db, row.id)).sort(byKindAndPosition);
	return ok({
		id: row.id,
		version: row.version,
		title: row.title,
		subtitle: row.subtitle,
		intro: row.intro,
		visibility: row.visibility,
		source: row.source,
		publishedAt: row.publishedAt.toISOString(),
		items: items.map((i) => ({
			id: i.id,
			kind: i.kind,
			position: i.position,
			title: i.title,
			body: i.body,
			fromText: i.fromText,
			toText: i.toText,
			source: i.source
		}))
	});
}

const sameText = (a: string | null | undefined, b: string | null | undefined) =>
	(a ?? '') === (b ?? '');

/**
 * Publishes a new version: version = latest + 1, with the items as given.
 * An item that refers to an item of an earlier version (`id`) and is
 * unchanged keeps that item's source; a changed or new item is entered in
 * Nära (source null). The previous versions are kept.
 */
export async function publishVision(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<Vision>> {
	if (!canEditCountyContent(actor, countyCode)) return forbidden();
	const parsed = VisionVersionInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Målbilden kunde inte publiceras.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	return db.transaction(async (tx): Promise<Outcome<Vision>> => {
		// one publication at a time per county: the next version number is then certain
		const [county] = await tx
			.select({ code: counties.code })
			.from(counties)
			.where(eq(counties.code, countyCode))
			.for('no key update');
		if (!county) return notFound(`Länet ${countyCode} finns inte.`);

		const previous = await latest(tx, countyCode);
		const currentVersion = previous?.version ?? 0;
		if (input.basedOnVersion !== currentVersion) {
			if (!previous)
				return invalid('Målbilden kunde inte publiceras.', {
					basedOnVersion: ['Länet har ingen målbild att bygga på. Ladda om sidan.']
				});
			const conflict: VisionConflict = {
				current: { id: previous.id, ...summary(previous, await itemsOf(tx, previous.id)) },
				...(await lastChange(tx, ENTITY, previous.id))
			};
			return {
				kind: 'conflict',
				message: `Någon annan har publicerat version ${previous.version} av målbilden medan du redigerade. Ingenting har publicerats.`,
				current: conflict
			};
		}

		const rows = input.items
			.map((item, index) => ({ item, index }))
			.filter(({ item }) => item.title !== '');
		const ids = [...new Set(rows.flatMap(({ item }) => (item.id === undefined ? [] : [item.id])))];
		const earlier = new Map<number, ItemRow>();
		if (ids.length) {
			const found = await tx
				.select({ item: visionItems })
				.from(visionItems)
				.innerJoin(visions, eq(visions.id, visionItems.visionId))
				.where(and(inArray(visionItems.id, ids), eq(visions.countyCode, countyCode)));
			for (const { item } of found) earlier.set(item.id, item);
		}
		const unknown = rows.filter(({ item }) => item.id !== undefined && !earlier.has(item.id));
		if (unknown.length)
			return invalid(
				'Målbilden kunde inte publiceras.',
				Object.fromEntries(
					unknown.map(({ index }) => [
						`items.${index}.id`,
						['Raden hänvisar till en del av målbilden som inte finns.']
					])
				)
			);

		const headerUnchanged =
			previous !== undefined &&
			previous.title === input.title &&
			previous.subtitle === input.subtitle &&
			previous.intro === input.intro;
		const [created] = await tx
			.insert(visions)
			.values({
				countyCode,
				version: currentVersion + 1,
				title: input.title,
				subtitle: input.subtitle,
				intro: input.intro,
				visibility: input.visibility,
				source: headerUnchanged ? previous.source : null
			})
			.returning();
		const positions = new Map<Kind, number>();
		const values = rows.map(({ item }) => {
			const position = (positions.get(item.kind) ?? 0) + 1;
			positions.set(item.kind, position);
			const shift = item.kind === 'focus_shift';
			const from = item.id === undefined ? undefined : earlier.get(item.id);
			const sameKind = from !== undefined && from.kind === item.kind;
			const unchanged =
				sameKind &&
				from.title === item.title &&
				from.body === item.body &&
				sameText(from.fromText, shift ? item.fromText : null) &&
				sameText(from.toText, shift ? item.toText : null);
			return {
				visionId: created!.id,
				kind: item.kind,
				position,
				title: item.title,
				body: item.body,
				fromText: shift ? item.fromText : null,
				toText: shift ? item.toText : null,
				focusShiftKey: sameKind ? from.focusShiftKey : null,
				source: unchanged ? from.source : null
			};
		});
		const items = values.length ? await tx.insert(visionItems).values(values).returning() : [];
		await audit(tx, actor, {
			action: 'publish',
			entityType: ENTITY,
			entityId: created!.id,
			countyCode,
			before: previous ? summary(previous, await itemsOf(tx, previous.id)) : null,
			after: summary(created!, items)
		});
		return ok(asVision(created!, items));
	});
}
