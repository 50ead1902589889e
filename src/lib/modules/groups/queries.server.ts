import { asc } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import * as t from './tables.ts';
import { shownInCounty, type Visible } from '../counties/index.server.ts';
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
		.where(shownInCounty(t.groups, countyCode, visible))
		.orderBy(asc(t.groups.position));
}
