import type { RequestHandler } from './$types';
import { EditableTimelineEvent } from '#lib/modules/timeline/schema.ts';
import { getTimelineEvent, updateTimelineEvent } from '#lib/modules/timeline/service.server.ts';
import { apiItemGet, apiItemWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(getTimelineEvent, EditableTimelineEvent);
export const PUT: RequestHandler = apiItemWrite(updateTimelineEvent, EditableTimelineEvent);
