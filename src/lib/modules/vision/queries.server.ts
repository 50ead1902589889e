import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import * as platformTables from '../../platform/db/tables.ts';
import * as visionTables from './tables.ts';
import type { Visible } from '../counties/index.server.ts';
import type { Vision, VisionVersion } from './schema.ts';

const t = { ...visionTables, ...platformTables };

export async function currentVision(
	db: Db,
	countyCode: string,
	visible: Visible
): Promise<Vision | undefined> {
	const [vision] = await db
		.select()
		.from(t.visions)
		.where(and(eq(t.visions.countyCode, countyCode), inArray(t.visions.visibility, visible)))
		.orderBy(desc(t.visions.version))
		.limit(1);
	return vision ? withItems(db, vision) : undefined;
}
/** One version of the county's vision, if the reader may see it. */
export async function visionVersion(
	db: Db,
	countyCode: string,
	version: number,
	visible: Visible
): Promise<Vision | undefined> {
	const [vision] = await db
		.select()
		.from(t.visions)
		.where(
			and(
				eq(t.visions.countyCode, countyCode),
				eq(t.visions.version, version),
				inArray(t.visions.visibility, visible)
			)
		);
	return vision ? withItems(db, vision) : undefined;
}
async function withItems(db: Db, vision: typeof t.visions.$inferSelect): Promise<Vision> {
	const items = await db
		.select({
			id: t.visionItems.id,
			kind: t.visionItems.kind,
			position: t.visionItems.position,
			title: t.visionItems.title,
			body: t.visionItems.body,
			fromText: t.visionItems.fromText,
			toText: t.visionItems.toText,
			focusShiftKey: t.visionItems.focusShiftKey,
			source: t.visionItems.source
		})
		.from(t.visionItems)
		.where(eq(t.visionItems.visionId, vision.id))
		.orderBy(asc(t.visionItems.kind), asc(t.visionItems.position));
	return {
		id: vision.id,
		countyCode: vision.countyCode,
		version: vision.version,
		title: vision.title,
		subtitle: vision.subtitle,
		intro: vision.intro,
		source: vision.source,
		publishedAt: vision.publishedAt.toISOString(),
		visibility: vision.visibility,
		items
	};
}
/**
 * Every version of the county's vision the reader may see, newest first, with
 * who published it (the audit log's entry; the seeded first version has none).
 */
export async function visionVersions(
	db: Db,
	countyCode: string,
	visible: Visible
): Promise<VisionVersion[]> {
	const rows = await db
		.select({
			id: t.visions.id,
			version: t.visions.version,
			title: t.visions.title,
			publishedAt: t.visions.publishedAt,
			visibility: t.visions.visibility,
			source: t.visions.source
		})
		.from(t.visions)
		.where(and(eq(t.visions.countyCode, countyCode), inArray(t.visions.visibility, visible)))
		.orderBy(desc(t.visions.version));
	const entries = rows.length
		? await db
				.select({ entityId: t.auditLog.entityId, by: t.auditLog.actorLabel })
				.from(t.auditLog)
				.where(
					and(
						eq(t.auditLog.entityType, 'vision'),
						eq(t.auditLog.action, 'publish'),
						inArray(
							t.auditLog.entityId,
							rows.map((r) => String(r.id))
						)
					)
				)
				.orderBy(asc(t.auditLog.id))
		: [];
	const publishedBy = new Map<string, string>();
	// the name only: the list is public, the e-mail address in the audit log is not
	for (const e of entries)
		if (!publishedBy.has(e.entityId)) publishedBy.set(e.entityId, e.by.replace(/\s*<[^<>]*>$/, ''));
	return rows.map((r) => ({
		...r,
		publishedAt: r.publishedAt.toISOString(),
		publishedBy: publishedBy.get(String(r.id)) ?? null
	}));
}
