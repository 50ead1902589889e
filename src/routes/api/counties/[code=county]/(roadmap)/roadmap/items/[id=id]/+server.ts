import type { RequestHandler } from './$types';
import { EditableRoadmapItem } from '#lib/modules/roadmap/schema.ts';
import { getRoadmapItem, updateRoadmapItem } from '#lib/modules/roadmap/service.server.ts';
import { apiItemGet, apiItemWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(getRoadmapItem, EditableRoadmapItem);
export const PUT: RequestHandler = apiItemWrite(updateRoadmapItem, EditableRoadmapItem);
