import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { Me } from '#lib/modules/accounts/account-schema.ts';
import { account } from '#lib/modules/accounts/server/account.ts';
import { apiResponse } from '#lib/platform/http.ts';

export const GET: RequestHandler = async ({ locals }) => {
	if (locals.actor.kind !== 'user') {
		return json(
			{
				error: {
					code: 'unauthorized',
					message:
						'Logga in, eller skicka en personlig API-nyckel i rubriken Authorization: Bearer <nyckel>.'
				}
			},
			{ status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }
		);
	}
	return apiResponse(await account(locals.db, locals.actor), Me, { 'Cache-Control': 'no-store' });
};
