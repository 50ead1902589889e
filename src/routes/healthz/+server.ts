import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as content from '#lib/modules/counties/service.server.ts';
import { apiError } from '#lib/platform/api-error.ts';
import { noteFault } from '#lib/platform/unavailable.ts';

/** How long the database may take to answer before /healthz reports it down. */
const PING_TIMEOUT_MS = 2_000;

export const GET: RequestHandler = async (event) => {
	let timer: NodeJS.Timeout | undefined;
	try {
		await Promise.race([
			content.ping(event.locals.db),
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS);
			})
		]);
		return json({ status: 'ok', database: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
	} catch (e) {
		noteFault(e, event.url.pathname); // renews a broken pool
		return apiError(503, 'unavailable', 'Databasen svarar inte.', {
			headers: { 'Cache-Control': 'no-store' }
		});
	} finally {
		clearTimeout(timer);
	}
};
