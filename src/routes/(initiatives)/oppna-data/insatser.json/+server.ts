import type { RequestHandler } from './$types';
import { cachedFile } from '#lib/platform/api/cached-file.ts';
import { config } from '#lib/platform/config.ts';
import { apiResponse } from '#lib/platform/http.ts';
import { openData, publisherName } from '#lib/modules/initiatives/open-data.server.ts';
import { OpenDataInitiatives } from '#lib/modules/initiatives/io-schema.ts';

/** Open data: every county's public initiatives (or one county's with ?lan=17) as JSON, with ETag. */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const outcome = await openData(
		locals.db,
		url.origin,
		url.searchParams.get('lan') || null,
		publisherName(config().operatorName)
	);
	if (outcome.kind !== 'ok') return apiResponse(outcome, OpenDataInitiatives);
	return cachedFile(request, JSON.stringify(OpenDataInitiatives.parse(outcome.value)), {
		'content-type': 'application/json; charset=utf-8',
		'access-control-allow-origin': '*'
	});
};
