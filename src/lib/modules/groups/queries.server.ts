import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import * as t from './tables.ts';
import type { Visible } from '../counties/index.server.ts';
import type { Group } from './schema.ts';

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
