import type { RequestHandler } from './$types';
import { updateOffer } from '#lib/modules/support/offers.server.ts';
import { supportOffer } from '#lib/modules/support/read.server.ts';
import { SupportOffer } from '#lib/modules/support/schema.ts';
import { apiItemGet, apiItemWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(supportOffer, SupportOffer);
export const PUT: RequestHandler = apiItemWrite(updateOffer, SupportOffer);
