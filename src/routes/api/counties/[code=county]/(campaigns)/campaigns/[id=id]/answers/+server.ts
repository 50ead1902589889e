import type { RequestHandler } from './$types';
import { campaignAnswers } from '#lib/modules/campaigns/read.server.ts';
import { CampaignAnswers } from '#lib/modules/campaigns/schema.ts';
import { apiItemGet } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(
	(db, actor, countyCode, id) => campaignAnswers(db, actor, countyCode, id),
	CampaignAnswers
);
