import type { RequestHandler } from './$types';
import { accountData } from '#lib/modules/privacy/account-data.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { requireUser } from '#lib/platform/request.ts';

/** The account holder's own data as a JSON file to keep (GDPR article 15 and 20). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireUser(locals, url);
	const data = unwrap(await accountData(locals.db, actor));
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': 'attachment; filename="mina-uppgifter-nara.json"',
			'cache-control': 'no-store'
		}
	});
};
