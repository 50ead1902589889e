import type { RequestHandler } from './$types';
import { Archived } from '#lib/core/api-schema.ts';
import { archiveDecision } from '#lib/modules/decisions/service.server.ts';
import { apiItemWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiItemWrite(archiveDecision, Archived);
