import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as content from '$lib/modules/counties/service.server.ts';

export const GET: RequestHandler = async ({ locals }) => {
	try {
		await content.ping(locals.db);
		return json({ status: 'ok', database: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
	} catch {
		return json(
			{ error: { code: 'internal', message: 'Databasen svarar inte.' } },
			{ status: 503, headers: { 'Cache-Control': 'no-store' } }
		);
	}
};
