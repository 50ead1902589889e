import type { RequestHandler } from './$types';
import { Archived } from '#lib/core/api-schema.ts';
import { archiveRoadmapItem } from '#lib/modules/roadmap/service.server.ts';
import { apiItemWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiItemWrite(archiveRoadmapItem, Archived);
