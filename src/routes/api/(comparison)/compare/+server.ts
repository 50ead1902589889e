import type { RequestHandler } from './$types';
import { compareCounties } from '#lib/modules/comparison/read.server.ts';
import { CountyComparison } from '#lib/modules/comparison/schema.ts';
import { apiResponse } from '#lib/platform/http.ts';

export const GET: RequestHandler = async ({ locals, url }) =>
	apiResponse(
		await compareCounties(locals.db, locals.actor, {
			lan: url.searchParams.getAll('lan'),
			indikator: url.searchParams.getAll('indikator')
		}),
		CountyComparison
	);
