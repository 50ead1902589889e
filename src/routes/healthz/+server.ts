import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/api-error.ts';
import * as content from '$lib/server/content/service.ts';

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
