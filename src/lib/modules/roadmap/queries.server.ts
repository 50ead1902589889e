import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import * as t from './tables.ts';
import type { Visible } from '../counties/index.server.ts';
import type { Roadmap } from './schema.ts';

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
