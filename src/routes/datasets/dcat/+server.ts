import type { RequestHandler } from './$types';
import { cachedFile } from '$lib/server/api/cached-file.ts';
import { config } from '$lib/server/config.ts';
import { dcatCatalogue } from '$lib/server/initiatives/dcat.ts';
import { catalogueCounties, publisherName } from '$lib/server/initiatives/export.ts';

/** The DCAT-AP-SE catalogue of Nära's open data (RDF/XML), for dataportal.se to harvest. */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const cfg = config();
	const body = dcatCatalogue({
		origin: url.origin,
		publisher: publisherName(cfg.operatorName),
		contactEmail: cfg.contactEmail,
		counties: await catalogueCounties(locals.db)
	});
	return cachedFile(request, body, {
		'content-type': 'application/rdf+xml; charset=utf-8',
		'access-control-allow-origin': '*'
	});
};
