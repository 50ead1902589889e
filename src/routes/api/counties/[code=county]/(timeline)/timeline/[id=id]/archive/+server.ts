import type { RequestHandler } from './$types';
import { Archived } from '#lib/core/api-schema.ts';
import { archiveTimelineEvent } from '#lib/modules/timeline/service.server.ts';
import { apiItemWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiItemWrite(archiveTimelineEvent, Archived);
