import type { RequestHandler } from './$types';
import { cachedFile } from '#lib/platform/api/cached-file.ts';
import { config } from '#lib/platform/config.ts';
import { dcatCatalogue } from '#lib/modules/initiatives/dcat.server.ts';
import { catalogueCounties, publisherName } from '#lib/modules/initiatives/open-data.server.ts';
import { swedishDate } from '#lib/modules/self-assessment/domain/round.ts';
import {
	aggregateCatalogue,
	aggregateDatasets
} from '#lib/modules/self-assessment/index.server.ts';

/**
 * The DCAT-AP-SE catalogue of Nära's open data (RDF/XML), for dataportal.se
 * to harvest: the inventory, and the Dialogguide's county aggregates.
 */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const cfg = config();
	const body = dcatCatalogue({
		origin: url.origin,
		publisher: publisherName(cfg.operatorName),
		contactEmail: cfg.contactEmail,
		counties: await catalogueCounties(locals.db),
		more: aggregateCatalogue(
			url.origin,
			await aggregateDatasets(locals.db, swedishDate(new Date()), cfg.minAnswers)
		)
	});
	return cachedFile(request, body, {
		'content-type': 'application/rdf+xml; charset=utf-8',
		'access-control-allow-origin': '*'
	});
};
