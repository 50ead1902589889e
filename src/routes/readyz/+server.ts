import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as content from '#lib/modules/counties/service.server.ts';
import { apiError } from '#lib/platform/api-error.ts';
import { migrationsApplied } from '#lib/platform/db/client.ts';
import { noteFault } from '#lib/platform/unavailable.ts';

/** How long the database may take to answer before /readyz reports it down. */
const PING_TIMEOUT_MS = 2_000;

const noStore = { 'Cache-Control': 'no-store' };

/**
 * Readiness, for a load balancer: the database answers in time and has this
 * version's structure (every migration applied). 503 in the API's error shape
 * otherwise, so traffic goes to another instance.
 */
export const GET: RequestHandler = async (event) => {
	let timer: NodeJS.Timeout | undefined;
	let migrated: boolean;
	try {
		migrated = await Promise.race([
			content.ping(event.locals.db).then(() => migrationsApplied(event.locals.db)),
			new Promise<never>((_, reject) => {
				timer = setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS);
			})
		]);
	} catch (e) {
		noteFault(e, event.url.pathname); // renews a broken pool
		return apiError(503, 'unavailable', 'Databasen svarar inte.', { headers: noStore });
	} finally {
		clearTimeout(timer);
	}
	if (!migrated)
		return apiError(
			503,
			'unavailable',
			'Databasen har inte den här versionens struktur ännu: kör nara migrate eller starta en instans som migrerar.',
			{ headers: noStore }
		);
	return json({ status: 'ok', database: 'ok', migrations: 'ok' }, { headers: noStore });
};
