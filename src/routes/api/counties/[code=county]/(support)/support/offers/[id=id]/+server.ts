import type { RequestHandler } from './$types';
import { supportOffer } from '#lib/modules/support/read.server.ts';
import { SupportOffer } from '#lib/modules/support/schema.ts';
import { apiItemGet } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(supportOffer, SupportOffer);
