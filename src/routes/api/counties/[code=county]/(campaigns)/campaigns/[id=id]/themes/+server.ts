import type { RequestHandler } from './$types';
import { addThemes } from '#lib/modules/campaigns/service.server.ts';
import { CampaignRef } from '#lib/modules/campaigns/schema.ts';
import { apiItemWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiItemWrite(addThemes, CampaignRef);
