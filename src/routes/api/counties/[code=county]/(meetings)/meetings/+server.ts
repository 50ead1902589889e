import type { RequestHandler } from './$types';
import { Meetings, SavedMeeting } from '#lib/modules/meetings/schema.ts';
import { createMeeting } from '#lib/modules/meetings/service.server.ts';
import { meetingList } from '#lib/modules/meetings/read.server.ts';
import { apiCountyRead, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(meetingList, Meetings);
export const POST: RequestHandler = apiCountyWrite(createMeeting, SavedMeeting, { created: true });
