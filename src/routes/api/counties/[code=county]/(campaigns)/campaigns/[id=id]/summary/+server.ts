import type { RequestHandler } from './$types';
import { campaignSummary } from '#lib/modules/campaigns/read.server.ts';
import { CampaignSummary } from '#lib/modules/campaigns/schema.ts';
import { apiItemGet } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(
	(db, _actor, countyCode, id) => campaignSummary(db, countyCode, id),
	CampaignSummary
);
