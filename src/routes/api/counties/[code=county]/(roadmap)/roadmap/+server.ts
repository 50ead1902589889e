import type { RequestHandler } from './$types';
import { EditableRoadmap, Roadmap } from '#lib/modules/roadmap/schema.ts';
import { updateRoadmap } from '#lib/modules/roadmap/service.server.ts';
import * as roadmapReads from '#lib/modules/roadmap/read.server.ts';
import { apiCountyRead, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyRead(roadmapReads.roadmap, Roadmap);
export const PUT: RequestHandler = apiCountyWrite(updateRoadmap, EditableRoadmap);
