import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import type {
	County,
	Decision,
	Group,
	Organisation,
	Roadmap,
	TimelineEvent,
	TimelineQuery,
	Vision,
	VisionVersion
} from '../../schemas/content.ts';

/**
 * Reads of the county content. SQL for these lives here and nowhere else.
 * `visible` is what the reader may see (public only, or public and internal);
 * archived items are never listed.
 */
export type Visible = ('public' | 'internal')[];

const countyColumns = {
	code: t.counties.code,
	name: t.counties.name,
	shortName: t.counties.shortName,
	slug: t.counties.slug,
	regionName: t.counties.regionName,
	koladaId: t.counties.koladaId,
	hasVision: sql<boolean>`exists (select 1 from ${t.visions} where ${t.visions.countyCode} = ${t.counties.code})`
};

export async function listCounties(db: Db): Promise<County[]> {
	return db.select(countyColumns).from(t.counties).orderBy(asc(t.counties.code));
}

export async function findCounty(
	db: Db,
	by: { code?: string; slug?: string }
): Promise<County | undefined> {
	const where = by.code ? eq(t.counties.code, by.code) : eq(t.counties.slug, by.slug ?? '');
	const [row] = await db.select(countyColumns).from(t.counties).where(where);
	return row;
}

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

export async function roadmap(
	db: Db,
	countyCode: string,
	visible: Visible
): Promise<Roadmap | undefined> {
	const [r] = await db.select().from(t.roadmaps).where(eq(t.roadmaps.countyCode, countyCode));
	if (!r) return undefined;
	const items = await db
		.select({
			id: t.roadmapItems.id,
			kind: t.roadmapItems.kind,
			key: t.roadmapItems.key,
			position: t.roadmapItems.position,
			title: t.roadmapItems.title,
			body: t.roadmapItems.body,
			source: t.roadmapItems.source,
			visibility: t.roadmapItems.visibility,
			revision: t.roadmapItems.revision
		})
		.from(t.roadmapItems)
		.where(
			and(
				eq(t.roadmapItems.roadmapId, r.id),
				inArray(t.roadmapItems.visibility, visible),
				isNull(t.roadmapItems.archivedAt)
			)
		)
		.orderBy(asc(t.roadmapItems.position));
	return {
		id: r.id,
		countyCode: r.countyCode,
		title: r.title,
		intro: r.intro,
		source: r.source,
		revision: r.revision,
		items
	};
}

const swedishOrder = sql`${t.organisations.name} collate "sv-x-icu"`;

export async function organisations(db: Db, countyCode: string): Promise<Organisation[]> {
	return db
		.select({
			id: t.organisations.id,
			kind: t.organisations.kind,
			name: t.organisations.name,
			shortName: t.organisations.shortName,
			scbCode: t.organisations.scbCode,
			koladaId: t.organisations.koladaId
		})
		.from(t.organisations)
		.where(eq(t.organisations.countyCode, countyCode))
		.orderBy(asc(t.organisations.kind), swedishOrder);
}

export async function groups(db: Db, countyCode: string, visible: Visible): Promise<Group[]> {
	return db
		.select({
			id: t.groups.id,
			name: t.groups.name,
			level: t.groups.level,
			composition: t.groups.composition,
			mandate: t.groups.mandate,
			source: t.groups.source,
			visibility: t.groups.visibility
		})
		.from(t.groups)
		.where(
			and(
				eq(t.groups.countyCode, countyCode),
				inArray(t.groups.visibility, visible),
				isNull(t.groups.archivedAt)
			)
		)
		.orderBy(asc(t.groups.position));
}

export async function decisions(db: Db, countyCode: string, visible: Visible): Promise<Decision[]> {
	const rows = await db
		.select({
			id: t.decisions.id,
			organisationId: t.organisations.id,
			organisationKind: t.organisations.kind,
			organisationName: t.organisations.name,
			organisationScbCode: t.organisations.scbCode,
			groupId: t.groups.id,
			groupName: t.groups.name,
			subject: t.decisions.subject,
			title: t.decisions.title,
			decidedOn: t.decisions.decidedOn,
			datePrecision: t.decisions.datePrecision,
			description: t.decisions.description,
			source: t.decisions.source,
			visibility: t.decisions.visibility
		})
		.from(t.decisions)
		.innerJoin(t.organisations, eq(t.organisations.id, t.decisions.organisationId))
		.leftJoin(t.groups, eq(t.groups.id, t.decisions.groupId))
		.where(
			and(
				eq(t.decisions.countyCode, countyCode),
				inArray(t.decisions.visibility, visible),
				isNull(t.decisions.archivedAt)
			)
		)
		.orderBy(asc(t.decisions.decidedOn), swedishOrder);
	return rows.map((r) => ({
		id: r.id,
		organisation: {
			id: r.organisationId,
			kind: r.organisationKind,
			name: r.organisationName,
			scbCode: r.organisationScbCode
		},
		group: r.groupId !== null && r.groupName !== null ? { id: r.groupId, name: r.groupName } : null,
		subject: r.subject,
		title: r.title,
		decidedOn: r.decidedOn,
		datePrecision: r.datePrecision,
		description: r.description,
		source: r.source,
		visibility: r.visibility
	}));
}

/** National events and the county's own, filtered; plus every year that has events. */
export async function timeline(
	db: Db,
	countyCode: string,
	filter: TimelineQuery,
	visible: Visible
): Promise<{ events: TimelineEvent[]; years: number[] }> {
	const scope = and(
		or(isNull(t.timelineEvents.countyCode), eq(t.timelineEvents.countyCode, countyCode)),
		inArray(t.timelineEvents.visibility, visible),
		isNull(t.timelineEvents.archivedAt)
	);
	const conditions = [scope];
	if (filter.level) conditions.push(eq(t.timelineEvents.level, filter.level));
	if (filter.year !== undefined) {
		conditions.push(eq(t.timelineEvents.year, filter.year), eq(t.timelineEvents.yearStated, true));
	}
	const events = await db
		.select({
			id: t.timelineEvents.id,
			level: t.timelineEvents.level,
			countyCode: t.timelineEvents.countyCode,
			year: t.timelineEvents.year,
			yearStated: t.timelineEvents.yearStated,
			month: t.timelineEvents.month,
			day: t.timelineEvents.day,
			periodLabel: t.timelineEvents.periodLabel,
			title: t.timelineEvents.title,
			body: t.timelineEvents.body,
			source: t.timelineEvents.source,
			visibility: t.timelineEvents.visibility,
			revision: t.timelineEvents.revision
		})
		.from(t.timelineEvents)
		.where(and(...conditions))
		.orderBy(
			asc(t.timelineEvents.year),
			desc(t.timelineEvents.yearStated),
			sql`${t.timelineEvents.month} asc nulls first`,
			sql`${t.timelineEvents.day} asc nulls first`,
			asc(t.timelineEvents.level),
			asc(t.timelineEvents.position)
		);
	const years = await db
		.selectDistinct({ year: t.timelineEvents.year })
		.from(t.timelineEvents)
		.where(and(scope, eq(t.timelineEvents.yearStated, true)))
		.orderBy(asc(t.timelineEvents.year));
	return { events, years: years.map((y) => y.year) };
}

export interface BoundaryFeature {
	areaCode: string;
	name: string;
	geometry: unknown;
}

export async function municipalityBoundaries(
	db: Db,
	countyCode: string
): Promise<BoundaryFeature[]> {
	return db
		.select({
			areaCode: t.boundaries.areaCode,
			name: t.boundaries.name,
			geometry: t.boundaries.geometry
		})
		.from(t.boundaries)
		.where(and(eq(t.boundaries.countyCode, countyCode), eq(t.boundaries.kind, 'municipality')))
		.orderBy(asc(t.boundaries.areaCode));
}

export async function sourceDocuments(db: Db) {
	return db.select().from(t.sourceDocuments).orderBy(asc(t.sourceDocuments.fileName));
}

export async function ping(db: Db): Promise<void> {
	await db.execute(sql`select 1`);
}
