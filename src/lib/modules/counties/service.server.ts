import { type County } from './schema.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound, ok, type Outcome } from '../../core/outcome.ts';
import * as q from './queries.server.ts';

/**
 * Use cases for a county's shared content: vision, roadmap, organisations and
 * bodies, decisions and timeline. Pages, the API and the CLI call these.
 * All of it is public content; accounts and roles come with editing.
 */

const noCounty = (code: string) => notFound<never>(`Länet ${code} finns inte.`);
export async function listCounties(db: Db): Promise<County[]> {
	return q.listCounties(db);
}
/** A county by its 2-digit code or its slug ("17" or "varmland"). */
export async function county(db: Db, codeOrSlug: string): Promise<Outcome<County>> {
	const found = /^\d{2}$/.test(codeOrSlug)
		? await q.findCounty(db, { code: codeOrSlug })
		: await q.findCounty(db, { slug: codeOrSlug });
	return found ? ok(found) : noCounty(codeOrSlug);
}
export async function withCounty<T>(
	db: Db,
	codeOrSlug: string,
	read: (c: County) => Promise<Outcome<T>>
): Promise<Outcome<T>> {
	const c = await county(db, codeOrSlug);
	return c.kind === 'ok' ? read(c.value) : c;
}
export function sourceDocuments(db: Db) {
	return q.sourceDocuments(db);
}
export function ping(db: Db) {
	return q.ping(db);
}
