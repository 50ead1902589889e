import type { PageServerLoad } from './$types';
import { canOpenCampaigns, canThemeAnswers } from '#lib/modules/campaigns/index.ts';
import { campaignList } from '#lib/modules/campaigns/read.server.ts';
import { unwrap } from '#lib/platform/http.ts';
import { pageCounty } from '#lib/platform/request.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const county = await pageCounty(locals);
	return {
		...unwrap(await campaignList(locals.db, county.code)),
		canOpen: canOpenCampaigns(locals.actor, county.code),
		canTheme: canThemeAnswers(locals.actor, county.code)
	};
};
