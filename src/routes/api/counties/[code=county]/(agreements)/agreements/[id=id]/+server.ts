import type { RequestHandler } from './$types';
import { Agreement } from '#lib/modules/agreements/schema.ts';
import { getAgreement, updateAgreement } from '#lib/modules/agreements/service.server.ts';
import { apiItemGet, apiItemWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(getAgreement, Agreement);
export const PUT: RequestHandler = apiItemWrite(updateAgreement, Agreement);
