import type { RequestHandler } from './$types';
import { cachedFile } from '#lib/platform/api/cached-file.ts';
import { config } from '#lib/platform/config.ts';
import { safeFileName, toCsv } from '#lib/platform/csv.ts';
import { OpenDataInitiatives } from '#lib/modules/initiatives/io-schema.ts';
import { apiResponse } from '#lib/platform/http.ts';
import { OPEN_DATA_COLUMNS } from '#lib/modules/initiatives/domain/open-data-columns.ts';
import { openData, publisherName } from '#lib/modules/initiatives/open-data.server.ts';

/** Open data: the same as insatser.json as CSV (UTF-8 with BOM, semicolons, | in lists), with ETag. */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const lan = url.searchParams.get('lan') || null;
	const outcome = await openData(locals.db, url.origin, lan, publisherName(config().operatorName));
	if (outcome.kind !== 'ok') return apiResponse(outcome, OpenDataInitiatives);
	const name = outcome.value.county_code
		? `insatser-${outcome.value.county_code}.csv`
		: 'insatser.csv';
	return cachedFile(request, toCsv(OPEN_DATA_COLUMNS, outcome.value.items), {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `inline; filename="${safeFileName(name)}"`,
		'access-control-allow-origin': '*'
	});
};
