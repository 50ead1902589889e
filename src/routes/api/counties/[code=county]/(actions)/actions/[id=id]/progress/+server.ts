import type { RequestHandler } from './$types';
import { SavedAction } from '#lib/modules/actions/schema.ts';
import { reportAction } from '#lib/modules/actions/service.server.ts';
import { apiItemWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiItemWrite(reportAction, SavedAction);
