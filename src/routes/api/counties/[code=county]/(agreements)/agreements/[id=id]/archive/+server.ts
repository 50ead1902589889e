import type { RequestHandler } from './$types';
import { Archived } from '#lib/core/api-schema.ts';
import { archiveAgreement } from '#lib/modules/agreements/service.server.ts';
import { apiItemWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiItemWrite(archiveAgreement, Archived);
