import * as content from '../../counties/index.server.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound, ok } from '../../../core/outcome.ts';
import * as q from './queries.ts';

/** The county and its areas (its region and municipalities in Kolada), or not found. */
export async function countyWithAreas(db: Db, countyRef: string) {
	const county = await content.county(db, countyRef);
	if (county.kind !== 'ok') return county;
	const areas = await q.countyAreas(db, county.value.code);
	if (!areas) return notFound<never>(`Länet ${countyRef} finns inte.`);
	return ok({ county: county.value, areas });
}
