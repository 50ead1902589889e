import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/**
 * Liveness: the process answers. It does not ask the database, so a database
 * outage does not make an orchestrator restart every instance (/readyz does).
 */
export const GET: RequestHandler = () =>
	json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
