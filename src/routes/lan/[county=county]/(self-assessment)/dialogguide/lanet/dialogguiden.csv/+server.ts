import type { RequestHandler } from './$types';
import { swedishDate } from '$lib/modules/self-assessment/domain/round.ts';
import { aggregateCsv } from '$lib/modules/self-assessment/exports.server.ts';
import { countyOverview } from '$lib/modules/self-assessment/read.server.ts';
import { config } from '$lib/platform/config.ts';
import { csvResponse } from '$lib/platform/csv.ts';
import { unwrap } from '$lib/platform/http.ts';
import { pageCounty } from '$lib/platform/request.ts';

export const GET: RequestHandler = async ({ locals }) => {
	const county = await pageCounty(locals);
	const o = unwrap(
		await countyOverview(locals.db, county.code, swedishDate(new Date()), config().minAnswers)
	);
	return csvResponse(aggregateCsv(o), `dialogguiden-${county.slug}.csv`);
};
