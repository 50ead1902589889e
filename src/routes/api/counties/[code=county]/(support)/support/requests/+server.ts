import type { RequestHandler } from './$types';
import { SupportRequest, SupportRequestList } from '#lib/modules/support/schema.ts';
import { listRequests, requestSupport } from '#lib/modules/support/service.server.ts';
import { apiCountyGet, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyGet(listRequests, SupportRequestList);
export const POST: RequestHandler = apiCountyWrite(requestSupport, SupportRequest, {
	created: true
});
