import type { RequestHandler } from './$types';
import { listMilestones } from '#lib/modules/milestones/read.server.ts';
import { Milestone, MilestoneList } from '#lib/modules/milestones/schema.ts';
import { createMilestone } from '#lib/modules/milestones/service.server.ts';
import { apiCountyGet, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyGet(listMilestones, MilestoneList);
export const POST: RequestHandler = apiCountyWrite(createMilestone, Milestone, { created: true });
