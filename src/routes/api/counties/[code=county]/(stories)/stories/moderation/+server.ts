import type { RequestHandler } from './$types';
import { ModerationQueue } from '#lib/modules/stories/schema.ts';
import { moderationQueue } from '#lib/modules/stories/read.server.ts';
import { apiCountyGet } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyGet(moderationQueue, ModerationQueue);
