import type { RequestHandler } from './$types';
import { campaignList } from '#lib/modules/campaigns/read.server.ts';
import { openCampaign } from '#lib/modules/campaigns/service.server.ts';
import { CampaignList, CampaignRef } from '#lib/modules/campaigns/schema.ts';
import { apiCountyGet, apiCountyWrite } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiCountyGet(
	(db, _actor, countyCode) => campaignList(db, countyCode),
	CampaignList
);

export const POST: RequestHandler = apiCountyWrite(openCampaign, CampaignRef, { created: true });
