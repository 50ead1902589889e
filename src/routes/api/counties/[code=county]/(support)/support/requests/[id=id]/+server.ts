import type { RequestHandler } from './$types';
import { SupportRequest } from '#lib/modules/support/schema.ts';
import { getRequest, handleRequest } from '#lib/modules/support/service.server.ts';
import { apiItemGet, apiItemWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(getRequest, SupportRequest);
export const PUT: RequestHandler = apiItemWrite(handleRequest, SupportRequest);
