import type { RequestHandler } from './$types';
import { createOffer } from '#lib/modules/support/offers.server.ts';
import { supportCatalogue } from '#lib/modules/support/read.server.ts';
import { SupportCatalogue, SupportOffer } from '#lib/modules/support/schema.ts';
import { apiCountyGet, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyGet(supportCatalogue, SupportCatalogue);
export const POST: RequestHandler = apiCountyWrite(createOffer, SupportOffer, { created: true });
