import type { RequestHandler } from './$types';
import { aggregateCsv } from '#lib/modules/self-assessment/exports.server.ts';
import { countyToday } from '#lib/modules/self-assessment/pages.server.ts';
import { csvResponse } from '#lib/platform/csv.ts';

export const GET: RequestHandler = async ({ locals }) => {
	const { county, overview } = await countyToday(locals);
	return csvResponse(aggregateCsv(overview), `dialogguiden-${county.slug}.csv`);
};
