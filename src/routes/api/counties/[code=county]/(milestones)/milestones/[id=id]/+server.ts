import type { RequestHandler } from './$types';
import { milestone } from '#lib/modules/milestones/read.server.ts';
import { Milestone } from '#lib/modules/milestones/schema.ts';
import { updateMilestone } from '#lib/modules/milestones/service.server.ts';
import { apiItemGet, apiItemWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(milestone, Milestone);
export const PUT: RequestHandler = apiItemWrite(updateMilestone, Milestone);
