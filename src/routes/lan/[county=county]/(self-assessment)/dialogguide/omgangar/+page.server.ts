import type { PageServerLoad } from './$types';
import { swedishDate } from '#lib/modules/self-assessment/domain/round.ts';
import { listRounds } from '#lib/modules/self-assessment/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	return {
		rounds: unwrap(await listRounds(locals.db, locals.actor, county.code, swedishDate(new Date())))
	};
};
