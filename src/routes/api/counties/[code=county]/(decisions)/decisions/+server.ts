import type { RequestHandler } from './$types';
import { Decisions, EditableDecision } from '#lib/modules/decisions/schema.ts';
import { createDecision } from '#lib/modules/decisions/service.server.ts';
import * as decisionsReads from '#lib/modules/decisions/read.server.ts';
import { apiCountyRead, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(decisionsReads.decisions, Decisions);
export const POST: RequestHandler = apiCountyWrite(createDecision, EditableDecision, {
	created: true
});
