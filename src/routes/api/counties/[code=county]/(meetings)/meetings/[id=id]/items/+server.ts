import type { RequestHandler } from './$types';
import { SavedMeeting } from '#lib/modules/meetings/schema.ts';
import { addAgendaItem } from '#lib/modules/meetings/service.server.ts';
import { apiItemWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiItemWrite(addAgendaItem, SavedMeeting);
