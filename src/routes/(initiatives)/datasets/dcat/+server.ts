import type { RequestHandler } from './$types';
import { cachedFile } from '#lib/platform/api/cached-file.ts';
import { config } from '#lib/platform/config.ts';
import { dcatCatalogue } from '#lib/modules/initiatives/dcat.server.ts';
import { catalogueCounties, publisherName } from '#lib/modules/initiatives/open-data.server.ts';

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
