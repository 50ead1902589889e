import type { RequestHandler } from './$types';
import { supportCatalogue } from '#lib/modules/support/read.server.ts';
import { SupportCatalogue } from '#lib/modules/support/schema.ts';
import { apiCountyGet } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyGet(supportCatalogue, SupportCatalogue);
