import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as content from '$lib/modules/counties/service.server.ts';
import { apiError } from '$lib/platform/api-error.ts';

export const GET: RequestHandler = async ({ locals }) => {
	try {
		await content.ping(locals.db);
		return json({ status: 'ok', database: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
	} catch {
		return apiError(503, 'unavailable', 'Databasen svarar inte.', {
			headers: { 'Cache-Control': 'no-store' }
		});
	}
};
