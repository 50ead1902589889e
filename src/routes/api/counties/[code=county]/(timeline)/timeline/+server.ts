import type { RequestHandler } from './$types';
import { EditableTimelineEvent, Timeline } from '#lib/modules/timeline/schema.ts';
import { createTimelineEvent } from '#lib/modules/timeline/service.server.ts';
import * as timelineReads from '#lib/modules/timeline/read.server.ts';
import { apiCountyRead, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(timelineReads.timeline, Timeline);
export const POST: RequestHandler = apiCountyWrite(createTimelineEvent, EditableTimelineEvent, {
	created: true
});
