import type { RequestHandler } from './$types';
import { EditableDecision } from '#lib/modules/decisions/schema.ts';
import { getDecision, updateDecision } from '#lib/modules/decisions/service.server.ts';
import { apiItemGet, apiItemWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(getDecision, EditableDecision);
export const PUT: RequestHandler = apiItemWrite(updateDecision, EditableDecision);
