import type { RequestHandler } from './$types';
import { ActionBoard, SavedAction } from '#lib/modules/actions/schema.ts';
import { createAction } from '#lib/modules/actions/service.server.ts';
import { board } from '#lib/modules/actions/read.server.ts';
import { apiCountyRead, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(
	(db, actor, code, query) => board(db, actor, code, query),
	ActionBoard
);
export const POST: RequestHandler = apiCountyWrite(createAction, SavedAction, { created: true });
