import type { RequestHandler } from './$types';
import { EditableRoadmapItem } from '#lib/modules/roadmap/schema.ts';
import { createRoadmapItem } from '#lib/modules/roadmap/service.server.ts';
import { apiCountyWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiCountyWrite(createRoadmapItem, EditableRoadmapItem, {
	created: true
});
